// Input hygiene: one canonical text that every offset refers to.
// "Meta&rsquo;s &ldquo;Llama&rdquo;" → "Meta's \"Llama\"". Linear, never throws.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'",
  rdquo: '"', ldquo: '"', sbquo: "'", bdquo: '"', mdash: '—', ndash: '–', hellip: '...',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', eacute: 'é',
  egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', aacute: 'á', oacute: 'ó',
  iacute: 'í', uacute: 'ú', ntilde: 'ñ', middot: '·', bull: '•', laquo: '"', raquo: '"', shy: '',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
}

export function normalise(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  return (
    raw
      // Twice, for double-escaped feeds: "&amp;rsquo;".
      .replace(/&(#x?[0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});/g, decodeEntity)
      .replace(/&(#x?[0-9a-fA-F]{1,7}|[a-zA-Z]{2,8});/g, decodeEntity)
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/\r\n?/g, '\n')
      // Control characters (binary input) become spaces so offsets stay meaningful.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ')
  );
}
