// A small word tokenizer with offsets. "Meta's" → "Meta", "'s"; "AT&T" and
// "SK-II" and "A/S" stay whole; "U.S." keeps its dots. Names in the gazetteer go through
// the same function, so trie keys and text tokens agree.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /'s\b|\b\p{Lu}\/\p{Lu}\b|[\p{L}\p{N}]+(?:(?:[.&-]|\+|'(?=\p{Lu}))[\p{L}\p{N}]+)*\+*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    // "U.S." ends with a period that belongs to the word; "Corp." too, but a bare "." stays punctuation.
    if (text[m.index + t.length] === '.' && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t)) {
      t += '.';
      TOKEN.lastIndex++;
    }
    // "Contoso-made", "Ohio-based": the name and the participle are separate words.
    const compound = t.includes('-') && /^(.+?)-(based|made|built|backed|owned|led|designed|powered|supplied|branded|funded|listed|controlled|affiliated|run|operated|developed|produced)$/.exec(t);
    if (compound) {
      const at = offset + m.index;
      const a = compound[1].length;
      out.push({ text: compound[1], start: at, end: at + a }, { text: '-', start: at + a, end: at + a + 1 }, { text: compound[2], start: at + a + 1, end: at + t.length });
      continue;
    }
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length });
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) && /\p{L}/u.test(w);
export const isWord = (w: string): boolean => /^[\p{L}\p{N}]/u.test(w);
/** The key a name is looked up by: case folded, dots dropped ("Inc." = "Inc", "U.S." = "US"). */
export const keyOf = (w: string): string => (!w.includes('.') || /^[A-Z]{1,6}\.[A-Z]{1,2}$/.test(w) ? w.toLowerCase() : w.toLowerCase().replace(/\./g, ''));
