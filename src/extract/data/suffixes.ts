// Legal-form suffixes: a capitalised name ending in one is a company ("Acme Widgets GmbH").
// Keys are compared dot-free and case-folded ("S.A." = "sa"), except those in CASE_SENSITIVE_SUFFIXES.
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv',
  'se', 'spa', 'srl', 'sas', 'ab', 'asa', 'oyj', 'oy', 'as', 'a/s', 'kk', 'pty', 'pte', 'pvt', 'bhd', 'sdn', 'tbk', 'kgaa', 'sarl', 'lda', 'ulc', 'co', 'cos',
  'holdings', 'holding', 'group', 'company',
]);

// Suffixes that are also ordinary words; they only count when written as a suffix ("Acme AS", not "as").
export const CASE_SENSITIVE_SUFFIXES = new Set(['as', 'se', 'ab', 'sa', 'co', 'ag', 'lp', 'oy']);

// Head nouns that end company names: "Northwind Technologies", "Contoso Airlines".
export const COMPANY_HEADS = new Set([
  'technologies', 'technology', 'research', 'advisory', 'consulting', 'associates', 'minerals', 'metals', 'lithium', 'systems', 'motors', 'motor', 'airlines', 'airways', 'pharmaceuticals', 'pharmaceutical',
  'pharma', 'therapeutics', 'biosciences', 'bioscience', 'biotech', 'semiconductor', 'semiconductors', 'electronics',
  'networks', 'labs', 'laboratories', 'industries', 'partners', 'capital', 'ventures', 'foods', 'brands', 'communications',
  'telecom', 'telecommunications', 'bancorp', 'bank', 'financial', 'insurance', 'logistics', 'software', 'robotics',
  'entertainment', 'studios', 'games', 'automotive', 'petroleum', 'mining', 'steel', 'chemicals', 'chemical', 'materials',
  'devices', 'instruments', 'solutions', 'interactive', 'aerospace', 'dynamics', 'healthcare', 'airline',
  'motorcycles', 'shipping', 'shipbuilding', 'airlines', 'railways', 'railroad', 'railway', 'resources', 'investments',
  'securities', 'manufacturing', 'enterprises', 'microsystems', 'computer', 'computers',
  'pictures', 'publishing', 'apparel', 'beverages', 'breweries', 'brewing',
  'restaurants', 'hotels', 'resorts', 'freight', 'trucking', 'biologics',
  'diagnostics', 'genomics', 'exchange',
  'utilities', 'services', 'energy', 'power', 'gas', 'oil', 'electric', 'equipment', 'media', 'construction', 'engineering',
  'aviation', 'defense', 'marine', 'transport', 'transportation', 'retail', 'stores', 'supermarkets', 'wholesale', 'markets',
  'express', 'mobility', 'medical', 'health',
]);
