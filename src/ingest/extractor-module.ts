import type { Article, Extraction } from '../extract/types.js';

// What ingest needs from an extractor module (src/extract/index, or a test's stand-in): `extract`, and the
// version that names what it reads, stored on every article it read so that a newer extractor re-reads it.

interface ExtractorModule {
  extract(article: Article): Extraction;
  EXTRACTOR_VERSION?: string;
}

export interface LoadedExtractor {
  extract(article: Article): Extraction;
  version: string;
}

export const defaultExtractModule = new URL('../extract/index.js', import.meta.url).href;

export async function loadExtractor(moduleUrl = defaultExtractModule): Promise<LoadedExtractor> {
  const mod = (await import(moduleUrl)) as ExtractorModule;
  return { extract: mod.extract, version: mod.EXTRACTOR_VERSION ?? 'unversioned' };
}
