// compromise's English lexicon, read-only: is this word an ordinary word?
// ("target" is a verb, "next" an adjective; "apple" and "meta" are not in it.)
import nlp from 'compromise';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/** compromise's tag for a word or phrase ("" when it has none): "Organization", "MaleName", "Country". */
export const lexiconTag = (key: string): string => String(lexicon[key] ?? '');

export const isCommonWord = (key: string): boolean => {
  const tag = lexicon[key];
  return tag !== undefined && !String(tag).includes('Organization');
};

/** A word that starts sentences in its ordinary sense: a verb, adjective, number or function word ("Target", "Next", "Three"). */
export const isFunctionOrVerb = (key: string): boolean => {
  const tag = lexicon[key];
  return tag !== undefined && /Infinitive|Verb|Adjective|Adverb|Preposition|Conjunction|Determiner|Pronoun|Value|Cardinal|Modal|Copula|QuestionWord|Negative/.test(String(tag));
};

/** "was", "supplies", "has": a word that can follow a subject. */
export const isVerbLike = (key: string): boolean => /Verb|Copula|Modal|Auxiliary|PastTense|PresentTense|Infinitive/.test(String(lexicon[key] ?? '')) || /(?:ed|es)$/.test(key);

/** "Mark", "Priya": a first name in compromise's lexicon. */
export const isFirstName = (key: string): boolean => /FirstName|MaleName|FemaleName/.test(String(lexicon[key] ?? ''));

/** "Korea", "Georgia", "Asia", "Tokyo": a country, region, place or city in compromise's lexicon. */
export const isPlaceName = (key: string): boolean => /Country|Region|Place|City/.test(String(lexicon[key] ?? ''));

const PLACE_LAST = new Set(['us', 'u.s', 'uk', 'u.k', 'eu', 'uae', 'britain', 'america', 'kong', 'arabia', 'zealand', 'africa']);
const PLACE_FIRST = new Set(['south', 'north', 'east', 'west', 'new', 'hong', 'saudi', 'united', 'great']);

/** "China", "South Korea", "U.S.", "Hong Kong": a country, region or city named in one or two words. */
export function isPlacePhrase(words: string[]): boolean {
  const keys = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const last = keys[keys.length - 1] ?? '';
  if (!PLACE_LAST.has(last) && !isPlaceName(last)) return false;
  return keys.slice(0, -1).every((k) => PLACE_FIRST.has(k) || isPlaceName(k));
}
