import { fakeExtractor } from './ingest-fake-extract.js';

// The stand-in extractor, improved: another version that reads more ("rivals"), with other confidences,
// and names the features behind each claim (rule "model"). Tests re-read stored articles with it.

export const EXTRACTOR_VERSION = 'fake-2';

export const extract = fakeExtractor(2);
