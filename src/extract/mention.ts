// What every stage passes along: one span of text that names something.
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

export type MentionKind = 'company' | 'product' | 'candidate' | 'coref';

export interface RawMention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Token range inside the sentence, end exclusive. */
  tokStart: number;
  tokEnd: number;
  sentence: number;
  text: string;
  /** Gazetteer index for company/product hits. */
  index?: number;
  /** Why a candidate looks like a company ("suffix", "introducer", "said"...); empty when nothing says so. */
  evidence: string[];
  /** Entity key, filled in when companies are resolved. */
  entity?: string;
  /** "the two companies": a mention that stands for several companies at once. */
  group?: string[];
  possessive?: boolean;
}

export interface SentenceInfo extends Sentence {
  tokens: Token[];
  keys: string[];
  mentions: RawMention[];
}
