export { extract, createExtractor } from './extract.js';
export { buildGazetteer, type CompanyEntry, type ProductEntry, type Gazetteer } from './gazetteer.js';
export { parseCompanies, parseProducts } from './gazetteer-files.js';
export { GazetteerFileError, readUserCompanies, userGazetteer } from './user-gazetteer.js';
export { normalise } from './normalise.js';
export type * from './types.js';
export { EXTRACTOR_VERSION } from './types.js';
