// Trigger-word classes for the relation model: general English of trade, rivalry and ownership,
// written from knowledge of business language (not from any labelled article). A word belongs
// to a class when its stem (features.ts `stem`) starts with one of the class's prefixes.
// The model learns how much each class weighs, and in which position (between, before, after).

export const TRIGGERS: Record<string, readonly string[]> = {
  // "supplies", "provided", "ships", "delivering", "sells", "powers", "equips"
  supplyVerb: ['suppl', 'provid', 'deliver', 'ship', 'sell', 'sold', 'furnish', 'equip', 'power', 'serv', 'licens', 'distribut', 'manufactur', 'produc', 'build', 'built', 'make', 'made', 'fabricat', 'assembl', 'host'],
  // "buys", "purchased", "orders", "sources", "leases", "procures"
  buyVerb: ['buy', 'bought', 'purchas', 'order', 'procur', 'sourc', 'leas', 'rent', 'import', 'spend', 'spent', 'pay', 'paid'],
  // "uses", "deployed", "selected", "tapped", "hired", "relies", "adopts", "switched"
  useVerb: ['use', 'using', 'deploy', 'select', 'chose', 'choos', 'tapp', 'taps$', 'tap$', 'hire', 'hiring', 'reli', 'rely', 'depend', 'adopt', 'switch', 'turned to$', 'appoint', 'retain', 'engag', 'contract', 'commission', 'outsourc', 'runs$', 'ran$', 'running$', 'install'],
  customerNoun: ['customer', 'client', 'buyer', 'purchaser', 'user', 'licensee', 'account', 'offtaker', 'tenant', 'shipper'],
  supplierNoun: ['supplier', 'provider', 'vendor', 'manufacturer', 'maker', 'contractor', 'subcontractor', 'foundry', 'foundrie', 'partner', 'source', 'distributor', 'assembler', 'integrator', 'carrier', 'operator', 'adviser', 'advisor', 'consultant', 'auditor', 'agency'],
  // "rival", "competitor", "competes", "vying", "battle", "versus", "challenger", "alternative", "overtook"
  rivalry: ['rival', 'compet', 'vie$', 'vies$', 'vied$', 'vying', 'battl', 'fight', 'fought', 'race', 'racing', 'versus', 'vs$', 'vs.$', 'challeng', 'contender', 'peer', 'alternative', 'overt', 'surpass', 'outsell', 'outsold', 'outpac', 'trail', 'lag', 'dethron', 'undercut', 'war$', 'wars$', 'clash', 'threat'],
  // "market share", "lead", "dominant", "largest", "biggest"
  market: ['market', 'share', 'lead', 'domin', 'largest', 'biggest', 'top$', 'segment', 'industry'],
  // "contract", "deal", "agreement", "order", "award", "pact", "tender"
  deal: ['contract', 'deal', 'agreement', 'order', 'award', 'pact', 'tender', 'purchase', 'commit', 'partnership', 'mou$', 'accord$'],
  // Ownership and finance, which are not supply: "acquired", "merger", "stake", "shares", "bid", "took over", "unit", "lawsuit"
  ownership: ['acqui', 'merg', 'takeover', 'bid', 'buyout', 'stake', 'share', 'stock', 'equity', 'invest', 'own', 'parent', 'subsidiar', 'unit', 'divisi', 'spin-off', 'spun', 'divest', 'joint', 'holding', 'shareholder', 'owner', 'dividend', 'ipo$', 'valuation', 'fund', 'capital', 'loan', 'lend', 'debt', 'bond', 'financ', 'bank$', 'banks$', 'banker'],
  // Courts and regulators: "sued", "lawsuit", "court", "ruling", "antitrust", "fined"
  legal: ['sue$', 'sued$', 'sues$', 'suing$', 'lawsuit', 'court', 'judg', 'ruling', 'verdict', 'antitrust', 'regulat', 'fine$', 'fined$', 'fines$', 'settle', 'patent', 'infring', 'litigat', 'complaint', 'probe', 'investigat', 'sanction', 'ban$', 'banned', 'bans$'],
  // Negation and doubt: "not", "never", "could", "may", "talks", "considering", "denied", "plans"
  hedge: ['not$', "n't", 'never', 'no$', 'could', 'might', 'may', 'would', 'talk', 'consider', 'negotiat', 'explor', 'weigh', 'rumor', 'rumour', 'deni', 'deny', 'if$', 'whether', 'unless', 'potential', 'possibl', 'plan', 'seek', 'sought', 'aim', 'hope', 'hoping', 'propos'],
  // Something that ended: "no longer", "dropped", "replaced", "terminated", "former", "lost"
  ended: ['longer', 'drop', 'replac', 'terminat', 'end', 'ceas', 'stop', 'former', 'previous', 'lost', 'lose', 'losing', 'cancel', 'scrap', 'exit', 'abandon', 'halt', 'suspend', 'discontinu', 'phas'],
  // "with", "alongside", "together": collaboration, often neither supply nor rivalry
  together: ['collaborat', 'alliance', 'ally', 'allie', 'team', 'together', 'jointly', 'cooperat', 'co-develop', 'codevelop'],
};

export const TRIGGER_CLASSES = Object.keys(TRIGGERS);
