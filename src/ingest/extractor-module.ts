import { createHash } from 'node:crypto';
import type { CompanyEntry, Gazetteer } from '../extract/index.js';
import type { Article, Extraction } from '../extract/types.js';

// What ingest needs from an extractor module (src/extract/index, or a test's stand-in): `extract`, and the
// version that names what it reads, stored on every article it read so that a newer extractor re-reads it.
// With companies from a user's gazetteer (NEWSGRAPH_GAZETTEER), the module builds an extractor over the
// bundled gazetteer plus those; they change what it reads, so they are part of the version:
//   "2.0.0" → "2.0.0+gazetteer.1f2e3d4c"

interface ExtractorModule {
  extract(article: Article): Extraction;
  EXTRACTOR_VERSION?: string;
  createExtractor?(g: Gazetteer): (article: Article) => Extraction;
  userGazetteer?(companies: readonly CompanyEntry[]): Gazetteer;
}

export interface LoadedExtractor {
  extract(article: Article): Extraction;
  version: string;
}

export const defaultExtractModule = new URL('../extract/index.js', import.meta.url).href;

export async function loadExtractor(moduleUrl = defaultExtractModule, userCompanies: readonly CompanyEntry[] = []): Promise<LoadedExtractor> {
  const mod = (await import(moduleUrl)) as ExtractorModule;
  const version = mod.EXTRACTOR_VERSION ?? 'unversioned';
  if (userCompanies.length === 0) return { extract: mod.extract, version };
  if (!mod.createExtractor || !mod.userGazetteer) throw new Error(`${moduleUrl} cannot take a user gazetteer (no createExtractor/userGazetteer)`);
  return { extract: mod.createExtractor(mod.userGazetteer(userCompanies)), version: `${version}+gazetteer.${fingerprint(userCompanies)}` };
}

function fingerprint(companies: readonly CompanyEntry[]): string {
  return createHash('sha256').update(JSON.stringify(companies)).digest('hex').slice(0, 8);
}
