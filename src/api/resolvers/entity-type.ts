import type { EntityView } from '../../graph/read/views.js';

/** Entity is a Company or a Product; rows say which in `kind`. */
export const Entity = {
  __resolveType: (e: EntityView) => (e.kind === 'PRODUCT' ? 'Product' : 'Company'),
};
