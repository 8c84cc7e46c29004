// The contract between extraction and everything downstream (ingest, eval, CLI).
// Offsets are UTF-16 character offsets into `Extraction.text`, the normalised article text.

export interface Article {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  /** ISO date or date-time, as given by the publisher. */
  publishedAt?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** The surface form as written, e.g. "Meta's" is recorded as "Meta". */
  text: string;
}

export interface ExtractedCompany {
  /** The name as the article writes it (its longest form, e.g. "Meta Platforms"). */
  name: string;
  /** Other surface forms the article uses ("Meta", "TSMC"), plus the gazetteer name and tickers when
   * known, so that ingest can find the company again across articles. */
  aliases: string[];
  mentions: Mention[];
  confidence: number;
}

export interface ExtractedProduct {
  name: string;
  aliases: string[];
  /** `name` of the maker, when the text or the gazetteer makes it plain. */
  owner: string | null;
  mentions: Mention[];
  confidence: number;
}

/** Every relationship type newsgraph knows; the one list the graph, API and exports allow. */
export const relationTypes = ['SUPPLIES', 'COMPETES_WITH', 'OFFERS'] as const;
export type RelationType = (typeof relationTypes)[number];

/** How a claim says a relation stands when the article was published; absent means it holds. */
export const relationStatuses = ['ending', 'ended'] as const;
export type RelationStatus = (typeof relationStatuses)[number];

export interface ExtractedRelation extends Span {
  type: RelationType;
  /** SUPPLIES: supplier; COMPETES_WITH: either side; OFFERS: the company. An entity's `name`. */
  source: string;
  /** SUPPLIES: customer; OFFERS: the product. An entity's `name`. */
  target: string;
  /** The sentence the claim was read from; start/end locate it in the text. */
  sentence: string;
  confidence: number;
  /** Id of the rule that produced the claim, e.g. "supplies.buys-from", or "model" when no rule fired
   * and the fitted relation model alone decided. */
  rule: string;
  /** The features that weighed most for this claim, strongest first, e.g. ["between:supplies", "rule:supplies.supplies-to"]. */
  features?: string[];
  /** Stated as denied, hypothetical or tentative ("does not", "could", "in talks"); kept with a low
   * confidence and never stored. */
  hedged?: boolean;
  /** Absent: the relation holds at publication. `ending`: it still holds but its end is announced
   * ("will end its contract in January"); `ended`: it is over at publication ("no longer", "dropped",
   * "replaced Y with Z", "lost the account"). A switch "from Y to Z" gives Y ended and Z current. */
  status?: RelationStatus;
  amount?: number | null;
  currency?: string | null;
  /** ISO date (YYYY-MM or YYYY-MM-DD) the deal runs until, or the stated end of an `ending` relation. */
  until?: string | null;
}

/** Changes whenever extraction output may change (rules, gazetteer, model): articles read by an older
 * version are re-read on the next ingest and by `newsgraph reextract`. */
export const EXTRACTOR_VERSION = '2.6.0';

export interface Extraction {
  articleId: string;
  /** The normalised text all offsets refer to. */
  text: string;
  companies: ExtractedCompany[];
  products: ExtractedProduct[];
  relations: ExtractedRelation[];
}
