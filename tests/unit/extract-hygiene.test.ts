import { describe, expect, it } from 'vitest';
import { extract, normalise } from '../../src/extract/index.js';
import { article, extractTest } from './extract-fixture.js';

describe('extract: input hygiene', () => {
  it('returns an empty extraction for empty or missing text', () => {
    for (const text of ['', '   ', '\n\n']) {
      expect(article(text)).toMatchObject({ articleId: 't', companies: [], products: [], relations: [] });
    }
    expect(extractTest({ id: 'x', text: undefined as unknown as string }).companies).toEqual([]);
  });

  it('normalises HTML entities, curly quotes and odd spaces', () => {
    expect(normalise('Contoso&rsquo;s &ldquo;Falcon&rdquo; &amp; more&nbsp;&#8212; &#x2019;')).toBe('Contoso\'s "Falcon" & more — \'');
    expect(normalise('“Acme’s”\u00a0deal\u200b')).toBe('"Acme\'s" deal');
    const x = article('Fabrikam buys chips from Contoso&#8217;s plant.');
    expect(x.text).toBe("Fabrikam buys chips from Contoso's plant.");
    expect(x.relations.some((r) => r.type === 'SUPPLIES' && r.source === 'Contoso')).toBe(true);
  });

  it('offsets point into the normalised text', () => {
    const x = article('Shares of Contoso rose. Contoso&rsquo;s rival Fabrikam fell.');
    for (const c of x.companies) for (const m of c.mentions) expect(x.text.slice(m.start, m.end)).toBe(m.text);
    for (const r of x.relations) expect(x.text.slice(r.start, r.end)).toBe(r.sentence);
  });

  it('never throws on binary, non-English or hostile text', () => {
    const inputs = [
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
      '台積電は新しい工場を建設する。Контосо поставляет чипы. شركة كونتوسو',
      '\u0000\u0001\uFFFD\uD800 broken surrogate',
      '((((((((((((((((((((' + 'A, '.repeat(5000),
      'Contoso '.repeat(20000),
    ];
    for (const text of inputs) expect(() => extract({ id: 'bin', text })).not.toThrow();
  });

  it('handles a 10 MB article in bounded time', () => {
    const para = 'Fabrikam buys its engine controllers from Contoso, while Globex competes with Litware in cloud storage. ';
    const text = para.repeat(Math.ceil(10_000_000 / para.length));
    const t0 = performance.now();
    const x = extractTest({ id: 'big', text });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(x.text.length).toBeGreaterThanOrEqual(10_000_000);
    expect(x.companies.length).toBeGreaterThan(0);
  }, 30_000);

  it('handles one 1 MB "sentence" without punctuation', () => {
    const t0 = performance.now();
    extractTest({ id: 'run-on', text: 'Contoso and Fabrikam and '.repeat(40_000) });
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 20_000);
});
