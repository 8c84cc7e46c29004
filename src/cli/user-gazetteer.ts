import { type Config, ConfigError } from '../config.js';
import { type CompanyEntry, createExtractor, extract, GazetteerFileError, readUserCompanies, userGazetteer } from '../extract/index.js';
import type { Article, Extraction } from '../extract/types.js';

// The companies a user tracks (NEWSGRAPH_GAZETTEER), read and checked once when a command starts, before
// anything else: a bad file stops the program like any bad setting, naming the file, the line and the reason.

export function userCompanies(config: Config): CompanyEntry[] {
  if (config.gazetteerFiles.length === 0) return [];
  try {
    return readUserCompanies(config.gazetteerFiles);
  } catch (error) {
    if (error instanceof GazetteerFileError) throw new ConfigError([`NEWSGRAPH_GAZETTEER: ${error.message}`]);
    throw error;
  }
}

/** The extractor the commands without a database use (extract, eval): the bundled one, or over the merged gazetteer. */
export function configuredExtractor(config: Config): (article: Article) => Extraction {
  const companies = userCompanies(config);
  return companies.length === 0 ? extract : createExtractor(userGazetteer(companies));
}
