import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml, readInputs, readJson, readJsonl, readText, type ReadItem } from '../../src/ingest/readers/index.js';

// Readers as tables: input → the articles or errors they yield.

const collect = async (items: AsyncIterable<ReadItem> | Iterable<ReadItem>) => {
  const out: unknown[] = [];
  for await (const i of items) out.push('reason' in i ? { error: i.message } : { ...i });
  return out;
};
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
async function* bytes(...chunks: Array<string | number[]>): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : Uint8Array.from(c);
}

describe('readJsonl', () => {
  const cases: Array<[string, Array<string | number[]>, unknown[]]> = [
    ['one article a line, blank lines skipped',
      ['{"id":"a","text":"T1"}\n\n{"id":"b","text":"T2","publishedAt":"2025-03-01"}\n'],
      [{ id: 'a', text: 'T1', title: null, url: null, source: null, publishedAt: null, origin: 'f.jsonl:1' },
        { id: 'b', text: 'T2', title: null, url: null, source: null, publishedAt: '2025-03-01', origin: 'f.jsonl:3' }]],
    ['a line split across chunks, no final newline', ['{"id":"a",', '"text":"T"}'],
      [{ id: 'a', text: 'T', title: null, url: null, source: null, publishedAt: null, origin: 'f.jsonl:1' }]],
    ['no id: the URL', ['{"url":"https://x.test/1","text":"T"}\n'],
      [{ id: 'https://x.test/1', text: 'T', title: null, url: 'https://x.test/1', source: null, publishedAt: null, origin: 'f.jsonl:1' }]],
    ['malformed JSON', ['{"id":\n{"id":"ok","text":"T"}\n'],
      [{ error: expect.stringMatching(/^f\.jsonl:1: malformed JSON/) }, expect.objectContaining({ id: 'ok' })]],
    ['missing text', ['{"id":"a"}\n'], [{ error: 'f.jsonl:1: missing "text"' }]],
    ['empty text', ['{"id":"a","text":"  "}\n'], [{ error: 'f.jsonl:1: "text" is empty' }]],
    ['not an object', ['[1,2]\n'], [{ error: 'f.jsonl:1: expected an article object {"id", "text", ...}, got an array' }]],
    ['bad date', ['{"id":"a","text":"T","publishedAt":"last week"}\n'], [{ error: expect.stringMatching(/^f\.jsonl:1: "publishedAt" is not a date/) }]],
    ['invalid UTF-8 on one line only', [[0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a], '{"id":"ok","text":"T"}\n'],
      [{ error: 'f.jsonl:1: invalid UTF-8 (at byte 2); save the file as UTF-8' }, expect.objectContaining({ id: 'ok' })]],
    ['a NUL byte', [[0x7b, 0x00, 0x7d, 0x0a]], [{ error: 'f.jsonl:1: binary content (NUL byte at offset 1), not a text file' }]],
    ['empty file', [], [{ error: 'f.jsonl: empty file: no articles' }]],
    ['only blank lines', ['\n  \n\r\n\n'], [{ error: 'f.jsonl: empty file: no articles' }]],
    ['a null line', ['null\n'], [{ error: 'f.jsonl:1: expected an article object {"id", "text", ...}, got null' }]],
    ['UTF-16LE with a byte order mark, split inside a character',
      [[...utf16le('\uFEFF{"id":"a","text":"Café"}\n{"id":"b",')], [...utf16le('"text":"T"}\n')]],
      [expect.objectContaining({ id: 'a', text: 'Café' }), expect.objectContaining({ id: 'b', origin: 'f.jsonl:2' })]],
  ];
  it.each(cases)('%s', async (_name, chunks, expected) => {
    expect(await collect(readJsonl(bytes(...chunks), 'f.jsonl'))).toEqual(expected);
  });

  it('refuses a line over the 10 MB limit and goes on with the next', async () => {
    const big = `{"id":"big","text":"${'x'.repeat(11 * 1024 * 1024)}"}\n`;
    expect(await collect(readJsonl(bytes(big.slice(0, 6e6), big.slice(6e6), '{"id":"ok","text":"T"}\n'), 'f.jsonl'))).toEqual([
      { error: 'f.jsonl:1: line of 11.0 MB is over the 10.0 MB limit for one article' },
      expect.objectContaining({ id: 'ok', origin: 'f.jsonl:2' }),
    ]);
  });
});

describe('readJson', () => {
  const cases: Array<[string, string, unknown[]]> = [
    ['one article', '{"id":"a","text":"T","title":" Hi "}', [expect.objectContaining({ id: 'a', title: 'Hi', origin: 'a.json' })]],
    ['an array, each element checked', '[{"id":"a","text":"T"},{"id":"b"}]',
      [expect.objectContaining({ id: 'a', origin: 'a.json[0]' }), { error: 'a.json[1]: missing "text"' }]],
    ['numeric id', '{"id":7,"text":"T"}', [expect.objectContaining({ id: '7' })]],
    ['empty array', '[]', [{ error: 'a.json: empty array: no articles' }]],
    ['malformed', '{"id":', [{ error: expect.stringMatching(/^a\.json: malformed JSON/) }]],
    ['blank', '  \n', [{ error: 'a.json: empty file: no articles' }]],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(await collect(readJson(text, 'a.json'))).toEqual(expected);
  });
});

describe('readText', () => {
  const cases: Array<[string, string, unknown[]]> = [
    ['first line is the title', '\nAcme buys Globex\n\nAcme agreed to buy Globex.\n',
      [expect.objectContaining({ title: 'Acme buys Globex', text: 'Acme agreed to buy Globex.', id: expect.stringMatching(/^sha256:/) })]],
    ['markdown heading', '# Acme news\nBody.', [expect.objectContaining({ title: 'Acme news', text: 'Body.' })]],
    ['a title alone is also the text', 'Only a headline', [expect.objectContaining({ title: 'Only a headline', text: 'Only a headline' })]],
    ['blank', ' \n\n', [{ error: 'a.txt: empty file: no text' }]],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(await collect(readText(text, 'a.txt'))).toEqual(expected);
  });

  it('gives the same text the same id, so re-reading a file is idempotent', async () => {
    const [a] = await collect(readText('T\nbody', 'x.txt'));
    const [b] = await collect(readText('T\nbody', 'y.txt'));
    expect((a as { id: string }).id).toBe((b as { id: string }).id);
  });
});

describe('readHtml', () => {
  const page = `<!doctype html><html><head><title>Boeing buys engines</title>
    <meta property="og:site_name" content="Air Wire"><link rel="canonical" href="https://air.test/1">
    <meta property="article:published_time" content="2025-04-01T10:00:00Z">
    <style>p { color: red }</style><script>var secret = "drop me";</script></head>
    <body><nav>Home | Markets</nav><header>Air Wire</header>
    <article><h1>Boeing buys engines</h1><p>Boeing buys engines from GE Aerospace &amp; Safran.</p><p>Deliveries start in May.</p></article>
    <aside>Related: nothing</aside><footer>© Air Wire</footer></body></html>`;
  it('keeps the article text and metadata, drops scripts, styles and page furniture', async () => {
    const [a] = (await collect(readHtml(page, 'p.html'))) as Array<Record<string, unknown>>;
    expect(a).toMatchObject({ title: 'Boeing buys engines', url: 'https://air.test/1', source: 'Air Wire', publishedAt: '2025-04-01T10:00:00Z' });
    expect(a!.text).toBe('Boeing buys engines from GE Aerospace & Safran.\nDeliveries start in May.');
  });
  it('refuses a page without text', async () => {
    expect(await collect(readHtml('<html><body><script>x()</script></body></html>', 'e.html'))).toEqual([{ error: 'e.html: no text in the HTML body' }]);
  });
});

describe('readInputs', () => {
  it('reads stdin as JSONL, JSON, HTML or text by its first character', async () => {
    const read = async (input: string) => collect(readInputs(['-'], { stdin: bytes(input) }));
    expect(await read('\n{"id":"a","text":"T"}\n{"id":"b","text":"U"}\n')).toEqual([
      expect.objectContaining({ id: 'a', origin: 'stdin:2' }),
      expect.objectContaining({ id: 'b', origin: 'stdin:3' }),
    ]);
    expect(await read('[{"id":"a","text":"T"}]')).toEqual([expect.objectContaining({ id: 'a', origin: 'stdin[0]' })]);
    expect(await read('<html><body><p>Acme supplies Globex.</p></body></html>')).toEqual([expect.objectContaining({ text: 'Acme supplies Globex.' })]);
    expect(await read('Headline\nBody text.')).toEqual([expect.objectContaining({ title: 'Headline', text: 'Body text.' })]);
    expect(await read('  \n')).toEqual([{ error: 'stdin: empty input' }]);
  });

  it('decodes UTF-16 files with a byte order mark and follows symlinked files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-readers-'));
    try {
      writeFileSync(join(dir, 'a-le.txt'), utf16le('\uFEFFNotepad title\r\nAcme supplies Globex.'));
      const be = utf16le('\uFEFF{"id":"be","text":"Big end."}');
      writeFileSync(join(dir, 'b-be.json'), be.swap16());
      writeFileSync(join(dir, 'target.md'), '# Linked\nLinked body.');
      mkdirSync(join(dir, 'in'));
      symlinkSync(join(dir, 'target.md'), join(dir, 'in', 'link.md'));
      expect(await collect(readInputs([join(dir, 'a-le.txt'), join(dir, 'b-be.json'), join(dir, 'in')]))).toEqual([
        expect.objectContaining({ title: 'Notepad title', text: 'Acme supplies Globex.' }),
        expect.objectContaining({ id: 'be', text: 'Big end.' }),
        expect.objectContaining({ title: 'Linked', origin: join(dir, 'in', 'link.md') }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads folders recursively in name order, skipping other files, and names what it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-readers-'));
    try {
      mkdirSync(join(dir, 'b-sub'));
      writeFileSync(join(dir, 'a.txt'), 'A title\nA body.');
      writeFileSync(join(dir, 'b-sub', 'c.md'), '# C title\nC body.');
      writeFileSync(join(dir, 'notes.csv'), 'x,y');
      writeFileSync(join(dir, '.hidden.txt'), 'skip me');
      const out = await collect(readInputs([dir, join(dir, 'notes.csv'), join(dir, 'missing.json')]));
      expect(out).toEqual([
        expect.objectContaining({ title: 'A title', origin: join(dir, 'a.txt') }),
        expect.objectContaining({ title: 'C title', origin: join(dir, 'b-sub', 'c.md') }),
        { error: `${join(dir, 'notes.csv')}: unsupported file type ".csv" (expected .jsonl, .ndjson, .json, .txt, .md, .markdown, .html, .htm)` },
        { error: `${join(dir, 'missing.json')}: no such file or folder` },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
