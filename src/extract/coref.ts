// Simple coreference: "the company", "the chipmaker", "the social media giant",
// and "it"/"its" become mentions of the company they refer to, when that is plain:
// the subject (first company) earlier in the same sentence, else of the previous sentence.
import { COMPANY_NOUNS } from './data/descriptors.js';
import type { RawMention, SentenceInfo } from './mention.js';

const nouns = [...COMPANY_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-\s]/g, '[-\\s]'));
// "the company", "the AI infrastructure specialist", "the Cupertino-based company" (not "the client roster")
const DEFINITE = new RegExp(`\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,3}?(?:${nouns.join('|')})\\b(?!\\s+(?:of|that|which|who|list|roster|base|portfolio)\\b)`, 'g');
const PRONOUN = /\b(?:[Ii]ts?)\b/g;
const TWO = /\b[Tt]he two (?:companies|firms|groups|rivals|giants|businesses|carmakers|automakers|chipmakers|makers|sides|retailers|airlines|banks)\b/;

function lastCompanies(mentions: RawMention[], n: number): string[] {
  const out: string[] = [];
  for (let k = mentions.length - 1; k >= 0 && out.length < n; k--) {
    const e = mentions[k].entity;
    if (e && mentions[k].kind === 'company' && !out.includes(e)) out.push(e);
  }
  return out.reverse();
}
const IMPLICIT_OWNER = /^(?:(?:However|But|Meanwhile|Still|Yet|And|Now),?\s+)?(?:[A-Za-z-]+\s+(?:and\s+[a-z-]+\s+)?){0,2}?(?:[Rr]ivals|[Cc]ompetitors|[Cc]lients|[Cc]ustomers|[Ss]uppliers|(?:[Cc]lient|[Cc]ustomer) (?:list|roster|base))\b/;

// "Contoso unit Fabrikam", "Contoso's chip arm Fabrikam": the unit named second is what the sentence is about.
const UNIT_OF = /^(?:'s)?\s+(?:[\w-]+\s+)?(?:unit|subsidiary|arm|division|affiliate)\s+$/;

/** The unit when `m` is its parent named just before it, else `m`. */
function headOf(s: SentenceInfo, m: RawMention | undefined): RawMention | undefined {
  const next = m && s.mentions.find((x) => x.start >= m.end && x.entity && x.kind !== 'product');
  return next && UNIT_OF.test(s.text.slice(m!.end - s.start, next.start - s.start)) ? next : m;
}

function subjectBefore(s: SentenceInfo, pos: number, ignore: Set<string>): string | undefined {
  const first = s.mentions.find((m) => m.entity && !ignore.has(m.entity) && (m.kind === 'company' || m.kind === 'candidate') && m.start < pos);
  const head = headOf(s, first);
  return (head && head.start < pos ? head : first)?.entity;
}

const COPULA = /\b(?:is|was|are|were|be|been|being|became|becomes|become|becoming|remains|remained|remain)\s+$/i;

const PREPOSITIONS = new Set(['of', 'with', 'from', 'to', 'for', 'by', 'than', 'like', 'as', 'at', 'on', 'in', 'about', 'against', 'over', 'unlike', 'including', 'between', 'among', 'and', 'or']);

/** The previous sentence's subject: its first company not governed by a preposition ("Unlike X, Acme..." → Acme). */
function subjectOf(s: SentenceInfo | undefined, ignore: Set<string>): string | undefined {
  if (!s) return undefined;
  const m = s.mentions.find((x) => x.entity && !ignore.has(x.entity) && x.kind !== 'product' && !PREPOSITIONS.has(s.keys[x.tokStart - 1] ?? ''));
  return m && m.tokStart <= 20 ? headOf(s, m)?.entity : undefined;
}

/**
 * `ignore`: companies never referred back to (news agencies cited as sources).
 * `onlyLinks`: a second pass once unknown names have provisional keys: only "the company"/"it" are linked,
 * so "Quillberry makes jams. The company's clients include Contoso." reads Quillberry's clients.
 */
export function resolveCoreference(sentences: SentenceInfo[], ignore: Set<string> = new Set(), onlyLinks = false): void {
  const counts = (m: RawMention): boolean => !!m.entity && !ignore.has(m.entity);
  sentences.forEach((s, i) => {
    const found: RawMention[] = [];
    const taken = (a: number, b: number): boolean => s.mentions.some((m) => m.start < b && a < m.end) || found.some((m) => m.start < b && a < m.end);
    const link = (re: RegExp, pronoun: boolean): void => {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end)) continue;
        // "Acme became the largest airline": a predicate describes its subject, it does not refer back.
        if (!pronoun && COPULA.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "made Acme the sole supplier to …", "Acme, the chipmaker": a description right after a name is of that name.
        if (!pronoun && s.mentions.some((x) => x.entity && x.end <= start && /^,?\s*$/.test(s.text.slice(x.end - s.start, m!.index)))) continue;
        const entity = subjectBefore(s, start, ignore) ?? (pronoun && s.mentions.some((x) => counts(x) && x.start < start) ? undefined : subjectOf(sentences[i - 1], ignore));
        if (!entity) continue;
        const tokStart = s.tokens.findIndex((t) => t.start >= start);
        const tokEnd = s.tokens.findIndex((t) => t.start >= end);
        found.push({ kind: 'coref', start, end, tokStart, tokEnd: tokEnd < 0 ? s.tokens.length : tokEnd, sentence: i, text: m[0], evidence: ['coref'], entity, possessive: m[0].toLowerCase() === 'its' || s.text.slice(end - s.start, end - s.start + 2) === "'s" });
      }
    };
    // "Rivals Contoso and Fabrikam gained share." / "Past clients include Contoso.": whose rivals or clients
    // is the previous sentence's subject; an empty mention at the start stands for it.
    const implicit = onlyLinks ? null : IMPLICIT_OWNER.exec(s.text);
    const owner = implicit && !s.mentions.some((x) => counts(x) && x.start < s.start + implicit[0].length) ? subjectOf(sentences[i - 1], ignore) : undefined;
    if (owner) found.push({ kind: 'coref', start: s.start, end: s.start, tokStart: 0, tokEnd: 0, sentence: i, text: '', evidence: ['implicit-owner'], entity: owner });
    // "the two companies" are the last two companies named.
    const two = onlyLinks ? null : TWO.exec(s.text);
    const recent = two ? lastCompanies([...(sentences[i - 1]?.mentions ?? []), ...s.mentions.filter((x) => x.start < s.start + (two.index ?? 0))].filter(counts), 2) : [];
    if (two && recent.length === 2) {
      const start = s.start + (two.index ?? 0);
      found.push({ kind: 'coref', start, end: start + two[0].length, tokStart: 0, tokEnd: 0, sentence: i, text: two[0], evidence: ['the-two'], entity: recent[0], group: recent });
    }
    link(DEFINITE, false);
    link(PRONOUN, true);
    if (found.length) s.mentions = [...s.mentions, ...found].sort((a, b) => a.start - b.start);
  });
}
