// Nouns a news story uses for a company: "chipmaker Nvidia", "the chipmaker",
// "the social media giant". Used to find unknown companies ("startup Acme")
// and to resolve "the <noun>" to the company it refers to.
export const COMPANY_NOUNS = [
  'company', 'firm', 'group', 'giant', 'maker', 'manufacturer', 'supplier', 'provider', 'vendor', 'startup', 'start-up',
  'chipmaker', 'automaker', 'carmaker', 'retailer', 'airline', 'carrier', 'operator', 'developer', 'producer', 'brand',
  'conglomerate', 'lender', 'bank', 'insurer', 'distributor', 'designer', 'foundry', 'drugmaker', 'outfit', 'player',
  'rival', 'competitor', 'partner', 'customer', 'client', 'contractor', 'subsidiary', 'unit', 'specialist', 'chain',
  'automaker', 'hyperscaler', 'platform', 'service', 'store', 'exporter', 'importer', 'miner', 'utility', 'shipper',
  'planemaker', 'phonemaker', 'smartphone maker', 'chip designer', 'chip maker', 'car maker', 'cloud provider', 'e-commerce giant',
  'tech giant', 'software maker', 'battery maker', 'electric vehicle maker', 'ev maker', 'social media giant', 'search giant',
  'retail giant', 'streaming service', 'delivery company', 'food company', 'drug maker', 'pharmaceutical company',
  'fund', 'investor', 'lab', 'labs', 'telecom', 'telco', 'broadcaster', 'network', 'studio', 'publisher', 'builder',
];

// Nouns that, right before a capitalised name, make it a company: "rival Acme", "supplier Contoso".
// Not "group", "platform", "service", "brand" (those introduce products and teams too).
export const NAME_INTRODUCERS = new Set(COMPANY_NOUNS.filter((n) => !['group', 'platform', 'service', 'brand', 'unit', 'network', 'fund', 'player', 'store', 'chain', 'studio', 'publisher', 'builder', 'lab', 'labs', 'investor', 'partner', 'customer', 'client'].includes(n)));
