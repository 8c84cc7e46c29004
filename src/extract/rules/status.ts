// How a claim says its relation stands when the article was written: it holds, it is ending (the end
// is announced: "will end its contract in January"), it has ended ("no longer buys from", "dropped",
// "lost the account"), or it is not stated at all (denied, hypothetical or tentative: hedged).
// A switch names both sides: in "Contoso replaced Fabrikam with Northwind" Fabrikam's supply ended
// and Northwind's holds. Words are matched on the lower-case tokens of the sentence template.
import type { TemplateToken } from '../features.js';
import type { RelationStatus, RelationType } from '../types.js';

export type Reading = RelationStatus | 'hedged' | undefined;

// "Contoso could one day rival Acme", "Acme is in talks to buy from Contoso". "may" is the month
// after a preposition or before a day.
const TENTATIVE = /\b(?:could|might|would consider|one day|hypothetical\w*|potential(?:ly)?|possibl[ey]|samples?|sampling|trials?|talks?|consider\w*|negotiat\w+|explor\w+|weigh\w*|mull\w*|rumou?r\w*|denied|denies|deny|if|whether|unless|speculat\w+)\b|(?<!\b(?:in|since|until|by|of|last|next|early|late|mid|from|to) )\bmay\b(?! \d)/;
// "Acme does not buy from Contoso", "Acme never competed with Contoso"
const NEGATED = /\b(?:not|n't|never|neither|nor)\b|\w+n't\b/;
// "will end", "is ending", "plans to drop", "will not renew", "the deal expires"
const ENDING = new RegExp(
  [
    String.raw`\b(?:will|shall|to|set to|plans? to|planning to|going to)\s+(?:\w+ly\s+)?(?:end|stop|drop|terminate|phase out|wind down|leave|exit|replace|switch|cut ties|sever|part ways|not renew|not continue|not extend|no longer)\b`,
    String.raw`\b(?:is|are)\s+(?:\w+ly\s+)?(?:ending|stopping|dropping|terminating|phasing out|winding down|leaving|exiting|replacing|switching|severing)\b`,
    String.raw`\b(?:won't|wont)\s+(?:renew|continue|extend)\b`,
    String.raw`\b(?:expires?|expiring|runs out|winds down|ends in|ends on|end in)\b`,
  ].join('|'),
);
// "no longer", "stopped buying", "dropped", "lost the account", "its former supplier"
const ENDED =
  /^(?:no longer|stopped|stops|ceased|ended|terminated|cancell?ed|scrapped|dropped|ditched|replaced|switched|swapped|lost|losing|former|used to|phased out|pulled out|abandoned|halted|suspended|exited|cut ties|severed|parted ways|walked away|discontinued)$/;
// Verbs of a switch: in their sentence, "from X" is the side that ended and "to/with/for X" the new one.
const SWITCH = /\b(?:switch\w*|swap\w*|mov(?:e|es|ed|ing)|shift\w*|migrat\w+|defect\w*|replac\w+|lost|losing|in favou?r of)\b/;
const OLD_MARK = new Set(['from']);
const COMPANY = new Set(['ENT', 'UNK']);
const NEW_MARK = new Set(['with', 'to', 'for', 'by', 'of']);

const join = (tokens: readonly TemplateToken[]): string => tokens.map((t) => t.text).join(' ');

// Between rivals, losing or replacing is the rivalry itself: "lost market share to", "replaced X as the leader".
const RIVALRY = /^(?:lost|losing|replaced)$/;

/** Whether ENDED matches a word, or two words, from token `from` on, before token `to`. */
function endedCue(tokens: readonly TemplateToken[], from: number, to: number, type: RelationType): boolean {
  for (let i = from; i < to; i++) {
    if (type === 'COMPETES_WITH' && RIVALRY.test(tokens[i].text)) continue;
    if (ENDED.test(tokens[i].text) || (i + 1 < to && ENDED.test(`${tokens[i].text} ${tokens[i + 1].text}`))) return true;
  }
  return false;
}

/**
 * The reading of a pair of companies: `first` and `second` are the token indexes of their mentions
 * (the same for two members of one list). Cues count from three words before the first mention to
 * the second, but not across another company: in "Acme stopped buying from Contoso and now buys from
 * Globex" the end speaks of Contoso alone. Rivalries are not read as ending: an end cue there is a hedge.
 */
export function readStatus(tokens: readonly TemplateToken[], first: number, second: number, type: RelationType): Reading {
  if (first < 0 || second < 0) return undefined;
  let start = Math.max(0, first - 3);
  const pair = new Set([tokens[first].slot, tokens[second].slot]);
  for (let i = start; i < second; i++) if (COMPANY.has(tokens[i].text) && !pair.has(tokens[i].slot)) start = i + 1;
  const words = join(tokens.slice(start, second + 1));
  const ending = ENDING.test(words);
  const ended = !ending && endedCue(tokens, start, second, type);
  // A rumour or a denial anywhere before the pair makes a stated end tentative too.
  const before = ending || ended ? join(tokens.slice(0, second + 1)) : words;
  if (TENTATIVE.test(before) || (!ending && NEGATED.test(words))) return 'hedged';
  if (type === 'COMPETES_WITH') return ending || ended ? 'hedged' : undefined;
  if (SWITCH.test(join(tokens))) {
    const mark = tokens[second - 1]?.text ?? '';
    if (OLD_MARK.has(mark)) return 'ended';
    if (NEW_MARK.has(mark)) return undefined;
  }
  return ending ? 'ending' : ended ? 'ended' : undefined;
}

/** A sentence about the deal itself announces its end: "The agreement expires in 2027." */
export const announcesEnd = (sentence: string): boolean => ENDING.test(sentence.toLowerCase());
