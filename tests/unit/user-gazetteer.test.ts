import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extract, GazetteerFileError, readUserCompanies, userGazetteer } from '../../src/extract/index.js';

// NEWSGRAPH_GAZETTEER: companies a user tracks, in the TSV format of src/extract/data/companies.tsv, merged
// with the bundled gazetteer. Every mistake names the file, the line and the reason.

const HEADER = 'name\taliases\ttickers\tcountry\tindustry';
let dir: string;
const file = async (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-gazetteer-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// An invented company in an invented article: nothing in the sentence tells that "Vantrel" is a company.
const article = { id: 'g1', text: 'Vantrel opened a plant in Ohio. Toyota visited Vantrel in May.' };
const names = (x: ReturnType<typeof extract>) => x.companies.flatMap((c) => [c.name, ...c.aliases]);

describe('readUserCompanies', () => {
  it('reads companies with aliases, tickers, country and industry; skips the header, comments and blank lines', async () => {
    const path = await file('good.tsv', `${HEADER}\r\n# sensors we follow\r\n\r\nVantrel Systems\tVantrel|Vantrel Lidar\tVTRL\tus\tSensors\r\nHalden Brook\r\n`);
    expect(readUserCompanies([path])).toEqual([
      { name: 'Vantrel Systems', aliases: ['Vantrel', 'Vantrel Lidar'], tickers: ['VTRL'], country: 'US', industry: 'sensors' },
      { name: 'Halden Brook', aliases: [], tickers: [], country: '', industry: '' },
    ]);
  });

  it('lets a line named like a bundled company add aliases to it', async () => {
    const path = await file('extend.tsv', 'Nvidia\tGreen Team\t\t\t\n');
    expect(readUserCompanies([path])).toEqual([{ name: 'Nvidia', aliases: ['Green Team'], tickers: [], country: '', industry: '' }]);
    const x = createExtractor(userGazetteer(readUserCompanies([path])))({ id: 'g2', text: 'Green Team shares rose on Monday.' });
    expect(x.companies.find((c) => c.aliases.includes('Nvidia') || c.name === 'Nvidia')).toBeDefined();
  });

  it.each([
    ['more than five cells', 'Vantrel Systems\tVantrel\tVTRL\tUS\tsensors\textra', 2, '6 tab-separated cells, expected at most 5 (name, aliases, tickers, country, industry)'],
    ['an empty name', '\tVantrel\t\t\t', 2, 'the name (first cell) is empty'],
    ['spaces instead of tabs', 'Vantrel Systems    Vantrel    VTRL', 2, '"Vantrel Systems    Vantrel    VTRL" holds a run of spaces: cells are separated by one tab each'],
    ['a one-letter alias', 'Vantrel Systems\tV', 2, '"V" is too short to be a name'],
    ['a ticker with a space', 'Vantrel Systems\t\tVT RL', 2, 'ticker "VT RL" contains a space'],
    ['a country that is not a code', 'Vantrel Systems\t\t\tUSA\tsensors', 2, 'country "USA" is not a two-letter ISO code'],
    ['a company listed twice', 'Vantrel Systems\nVantrel systems', 3, '"Vantrel systems" is already listed (FILE, line 2)'],
    ['a bundled alias used as a name', 'TSMC\tTaiwan Semi', 2, '"TSMC" is an alias of the bundled company "Taiwan Semiconductor Manufacturing"'],
    ['a bundled product', 'H100', 2, '"H100" is a product in the bundled gazetteer'],
    ['an alias of another bundled company', 'Vantrel Systems\tMeta', 2, 'alias "Meta" already names the bundled company "Meta Platforms"'],
    ['an alias of another listed company', 'Vantrel Systems\tVantrel\nHalden Brook\tVantrel', 3, 'alias "Vantrel" is already used for "Vantrel Systems" (FILE, line 2)'],
  ])('refuses %s, naming the file, the line and the reason', async (_, body, line, reason) => {
    const path = await file('bad.tsv', `${HEADER}\n${body}\n`);
    const run = () => readUserCompanies([path]);
    expect(run).toThrow(GazetteerFileError);
    expect(run).toThrow(`${path}, line ${line}: ${reason.replace('FILE', path)}`);
  });

  it.each([
    ['a missing file', undefined, 'no such file'],
    ['a file that is not UTF-8', Buffer.from([0x56, 0x61, 0xff, 0xfe, 0x0a]), 'is not UTF-8 text'],
    ['a file without companies', `${HEADER}\n# nothing yet\n`, 'holds no company lines'],
  ])('refuses %s, naming the file', async (_, content, reason) => {
    const path = content === undefined ? join(dir, 'absent.tsv') : await file('whole.tsv', content);
    expect(() => readUserCompanies([path])).toThrow(`${path}: ${reason}`);
  });

  it('checks names across files', async () => {
    const a = await file('a.tsv', 'Vantrel Systems\tVantrel\n');
    const b = await file('b.tsv', '# more\nVantrel\n');
    expect(() => readUserCompanies([a, b])).toThrow(`${b}, line 2: "Vantrel" is already listed (${a}, line 1)`);
  });
});

describe('an extractor over the merged gazetteer', () => {
  it('finds a company the bundled gazetteer does not know only with the user gazetteer', async () => {
    expect(names(extract(article))).not.toContain('Vantrel');
    const path = await file('mine.tsv', `${HEADER}\nVantrel Systems\tVantrel\tVTRL\tUS\tsensors\n`);
    const x = createExtractor(userGazetteer(readUserCompanies([path])))(article);
    expect(names(x)).toEqual(expect.arrayContaining(['Vantrel', 'Vantrel Systems', 'VTRL', 'Toyota']));
  });
});

describe('newsgraph with a bad NEWSGRAPH_GAZETTEER', () => {
  // An unreachable NEO4J_URI: a command that went on past the check would fail on the database instead.
  it.each([['extract', 'article.txt'], ['eval', '.'], ['ingest', 'article.txt'], ['reextract'], ['serve']])(
    'newsgraph %s stops before doing anything, naming the file, the line and the reason',
    async (command, path?: string) => {
      const bad = await file('typo.tsv', `${HEADER}\nVantrel Systems\tVantrel\tVTRL\tUSA\tsensors\n`);
      await file('article.txt', 'A title\nVantrel opened a plant in Ohio.\n');
      const args = ['--import', 'tsx', 'src/cli/main.ts', command, ...(path ? [join(dir, path)] : [])];
      const run = promisify(execFile)(process.execPath, args, {
        env: { ...process.env, NEWSGRAPH_GAZETTEER: bad, NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' },
      });
      await expect(run).rejects.toMatchObject({
        code: 1,
        stdout: '',
        stderr: expect.stringContaining(`NEWSGRAPH_GAZETTEER: ${bad}, line 2: country "USA" is not a two-letter ISO code`),
      });
    },
    30_000,
  );
});
