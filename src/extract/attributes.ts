// Deal attributes stated next to a relation: "$21 billion" → 21e9 USD,
// "€1.5bn" → 1.5e9 EUR, "300 billion yen" → 3e11 JPY; "through December 2032" → "2032-12".
// compromise's .money() stops at "$21" of "$21 billion", so numbers are read here.

const SYMBOLS: Record<string, string> = { $: 'USD', us$: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY', jpy: 'JPY', 'c$': 'CAD', 'a$': 'AUD', 'hk$': 'HKD', '₩': 'KRW', '₹': 'INR', rmb: 'CNY', cny: 'CNY' };
const WORDS: Record<string, string> = { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', won: 'KRW', rupees: 'INR', francs: 'CHF', 'swiss francs': 'CHF' };
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, t: 1e12 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONEY_PREFIX = /(US\$|HK\$|C\$|A\$|\$|€|£|¥|₩|₹|\b(?:USD|EUR|GBP|JPY|CNY|RMB)\s?)(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mln|bln|bn|mn|tn|[kmbt])\b)?/gi;
const MONEY_SUFFIX = /\b(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|mn)?\s+(dollars|euros|pounds|yen|yuan|renminbi|won|rupees|swiss francs|francs)\b/gi;

export interface Money {
  amount: number;
  currency: string;
  index: number;
}

export function findMoney(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(MONEY_PREFIX)) {
    const n = parseFloat(m[2].replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    out.push({ amount: n * (m[3] ? SCALE[m[3].toLowerCase()] : 1), currency: SYMBOLS[m[1].trim().toLowerCase()] ?? 'USD', index: m.index ?? 0 });
  }
  for (const m of text.matchAll(MONEY_SUFFIX)) {
    const n = parseFloat(m[1].replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    out.push({ amount: n * (m[2] ? SCALE[m[2].toLowerCase()] : 1), currency: WORDS[m[3].toLowerCase()] ?? 'USD', index: m.index ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

const UNTIL = /\b(?:through|until|till|thru|runs? to|running to|expir\w* in|ending in|ends? in|ends? on|to the end of|through the end of|by the end of)\s+(?:the end of\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:(\d{1,2}),?\s+)?)?((?:19|20)\d\d)\b/i;

export function findUntil(text: string): string | null {
  const m = UNTIL.exec(text);
  if (!m) return null;
  if (!m[1]) return m[3];
  const month = String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0');
  return m[2] ? `${m[3]}-${month}-${m[2].padStart(2, '0')}` : `${m[3]}-${month}`;
}

/** The largest amount in the sentence is the deal's value ("$21 billion", not "$5 per share"). */
export function dealAttributes(sentence: string): { amount?: number; currency?: string; until?: string } {
  const money = findMoney(sentence);
  const until = findUntil(sentence);
  const best = money.sort((a, b) => b.amount - a.amount)[0];
  return { ...(best ? { amount: best.amount, currency: best.currency } : {}), ...(until ? { until } : {}) };
}
