// Capitalised words that are never (part of) a company name on their own.

// Function words that start sentences: "The", "However". Stripped from the edges of a candidate name.
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'to', 'for', 'of', 'by', 'with', 'from', 'as', 'into', 'about',
  'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'we', 'our', 'he', 'she', 'his', 'her', 'i', 'you', 'your',
  'while', 'when', 'after', 'before', 'since', 'during', 'although', 'though', 'because', 'however', 'meanwhile', 'still',
  'also', 'so', 'yet', 'then', 'there', 'here', 'what', 'which', 'who', 'whom', 'where', 'why', 'how', 'all', 'some', 'many',
  'most', 'more', 'other', 'such', 'both', 'each', 'every', 'no', 'not', 'under', 'over', 'between', 'among', 'against',
  'through', 'despite', 'unlike', 'like', 'amid', 'via', 'per', 'according', 'last', 'next', 'new', 'first', 'one', 'two',
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should',
  'shares', 'analysts', 'investors', 'read', 'see', 'click', 'photo', 'image', 'video', 'update', 'updated', 'editing',
  'reporting', 'writing', 'source', 'sources', 'note', 'related', 'more', 'advertisement', 'subscribe', 'exclusive',
  'breaking', 'opinion', 'analysis', 'news', 'today', 'yesterday', 'tomorrow', 'now', 'earlier', 'later', 'overall',
  // Sentence adverbs: "Currently Contoso has ...", "Similarly, ...".
  'currently', 'similarly', 'additionally', 'initially', 'originally', 'subsequently', 'eventually', 'recently', 'previously',
  'formerly', 'nearly', 'notably', 'furthermore', 'moreover', 'likewise', 'ultimately', 'finally', 'again', 'instead',
]);

// Calendar words: "Thursday", "December", "Q3".
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter', 'fy', 'ces',
]);

// Job titles and honorifics: "Chief Executive", "CEO", "President".
export const TITLES = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'officer', 'president', 'vice', 'chairman', 'chairwoman', 'chair',
  'director', 'founder', 'co-founder', 'analyst', 'minister', 'secretary', 'governor', 'senator', 'mayor', 'prime',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lord', 'head', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'king',
  'queen', 'prince', 'judge', 'commissioner', 'chancellor', 'premier', 'representative', 'rep', 'sen', 'gov', 'evp', 'svp', 'vp', 'cio', 'cmo',
]);

// Words that name a public institution even with a legal form after them ("Ministry of Finance Ltd" is not a business).
export const INSTITUTION_WORDS = new Set([
  'government', 'ministry', 'department', 'parliament', 'congress', 'senate', 'court', 'tribunal', 'university', 'college',
  'school', 'army', 'navy', 'police', 'party',
]);

// Words that end a place's name, and may end a firm's ("Tessaly Park, a food company"): see candidates.ts.
export const PLACE_WORDS = ['street', 'avenue', 'road', 'river', 'island', 'islands', 'mountain', 'lake', 'ocean', 'sea', 'bay', 'valley', 'park', 'city', 'county'];

// Public bodies, places and other organisations that are not companies ("the SEC", "Federal Reserve", "Harvard University").
export const NON_COMPANY_WORDS = new Set([
  'government', 'ministry', 'department', 'agency', 'commission', 'council', 'committee', 'parliament', 'congress', 'senate',
  'court', 'tribunal', 'authority', 'administration', 'bureau', 'office', 'federal', 'reserve', 'central', 'national',
  'university', 'college', 'school', 'institute', 'academy', 'hospital', 'foundation', 'association', 'federation',
  'union', 'party', 'army', 'navy', 'police', 'state', 'states', 'republic', 'kingdom', 'province', ...PLACE_WORDS,
  'project', 'initiative', 'program', 'programme', 'act', 'law', 'bill', 'treaty', 'summit', 'conference', 'forum',
  'index', 'award', 'awards', 'prize', 'cup', 'league', 'olympics', 'war', 'day', 'week',
  'internet', 'web', 'ai', 'gpu', 'gpus', 'cpu', 'ev', 'evs', 'ipo', 'dram', 'nand', 'usd', 'eur', 'gdp',
]);

// Standalone capitalised words that are places, groups or institutions, never companies.
export const NON_COMPANY_NAMES = new Set([
  'us', 'u.s', 'usa', 'uk', 'u.k', 'eu', 'un', 'nato', 'opec', 'who', 'imf', 'wto', 'sec', 'ftc', 'fcc', 'fda', 'doj', 'faa',
  'cftc', 'nhtsa', 'epa', 'irs', 'nasa', 'fbi', 'cia', 'pentagon', 'white', 'house', 'kremlin', 'beijing', 'washington',
  'wall', 'street', 'silicon', 'valley', 'europe', 'asia', 'africa', 'america', 'americas', 'china', 'japan', 'india',
  'korea', 'taiwan', 'germany', 'france', 'britain', 'england', 'italy', 'spain', 'canada', 'mexico', 'brazil', 'russia',
  'ukraine', 'israel', 'australia', 'singapore', 'vietnam', 'indonesia', 'thailand', 'malaysia', 'philippines', 'turkey',
  'saudi', 'arabia', 'emirates', 'uae', 'qatar', 'iran', 'iraq', 'egypt', 'nigeria', 'netherlands', 'sweden', 'norway',
  'finland', 'denmark', 'switzerland', 'austria', 'belgium', 'poland', 'ireland', 'scotland', 'wales', 'argentina', 'chile',
  'texas', 'california', 'york', 'london', 'paris', 'tokyo', 'seoul', 'taipei', 'shanghai', 'shenzhen', 'hong', 'kong',
  'berlin', 'munich', 'detroit', 'seattle', 'boston', 'chicago', 'atlanta', 'dallas', 'houston', 'miami', 'toronto',
  'chinese', 'american', 'japanese', 'korean', 'taiwanese', 'german', 'french', 'british', 'european', 'indian', 'asian',
  'swiss', 'dutch', 'swedish', 'canadian', 'mexican', 'russian', 'italian', 'spanish', 'australian', 'israeli', 'global',
  'finnish', 'norwegian', 'danish', 'belgian', 'austrian', 'polish', 'irish', 'scottish', 'welsh', 'brazilian', 'argentine',
  'chilean', 'peruvian', 'colombian', 'emirati', 'qatari', 'turkish', 'egyptian', 'nigerian', 'kenyan', 'vietnamese', 'thai',
  'malaysian', 'indonesian', 'filipino', 'singaporean', 'pakistani', 'bangladeshi', 'iranian', 'iraqi', 'ukrainian', 'greek',
  'portuguese', 'czech', 'hungarian', 'romanian', 'african', 'latin', 'arab', 'nordic', 'scandinavian', 'californian',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'middle', 'democrats', 'republicans',
  'trump', 'biden', 'xi', 'god', 'covid', 'covid-19', 'brexit', 'olympic',
]);
