import { createHash } from 'node:crypto';

// Near-duplicate text: a syndicated copy of a story carries the same words with a changed headline, a byline or
// a boilerplate line added. SimHash (Charikar) over word 4-shingles gives each text a 64-bit fingerprint whose
// Hamming distance to another's tracks how much of the text they share. A short story with a byline and a
// partner's footer added lands about 6 bits away; two unrelated texts about 32 (±4) bits apart.
// For lookup the fingerprint is cut into 8 bands of 8 bits: two fingerprints within 7 bits of each other agree
// exactly on at least one band (pigeonhole), so the store is asked only for articles sharing a band.

const SHINGLE = 4;
export const BANDS = 8;
/** At most this many differing bits counts as the same story. */
export const NEAR = 7;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 16 hex digits. Texts shorter than one shingle hash their words as they are. */
export function simhash(text: string): string {
  const w = words(text);
  const shingles = w.length < SHINGLE ? [w.join(' ')] : w.slice(0, w.length - SHINGLE + 1).map((_, i) => w.slice(i, i + SHINGLE).join(' '));
  const counts = new Array<number>(64).fill(0);
  for (const s of new Set(shingles)) {
    const h = createHash('sha256').update(s).digest().readBigUInt64BE(0);
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (h >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let out = 0n;
  for (let bit = 0; bit < 64; bit++) if (counts[bit]! > 0) out |= 1n << BigInt(bit);
  return out.toString(16).padStart(16, '0');
}

/** "0:ab", "1:…": band number and its 2 hex digits. */
export function bands(hash: string): string[] {
  return Array.from({ length: BANDS }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
}

export function hamming(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  for (; x; x &= x - 1n) n++;
  return n;
}
