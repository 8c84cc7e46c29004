// Contexts that show an unknown capitalised name is a company. `after` is tested on
// the text right after the name, `before` on the text right before it.
export interface CompanyContextRule {
  after?: RegExp;
  before?: RegExp;
  reason: string;
  /** Strong contexts make a company on their own; weak ones need the name to pass the person/place check. */
  strong: boolean;
}

export const COMPANY_CONTEXT: CompanyContextRule[] = [
  // "Acme, a maker of industrial robots" / "Acme, the Ohio-based supplier" / "Acme – the US unit of" / "Acme, a Contoso
  // rival" (not "Roe, the chain's director", nor "Roe, a Contoso customer": people buy too)
  { after: /^(?:,|\s+[–—])\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,5}?(?:company|firm|maker|manufacturer|supplier|provider|producer|developer|operator|retailer|startup|start-up|chipmaker|automaker|carmaker|airline|carrier|lender|bank|insurer|distributor|group|giant|conglomerate|subsidiary|unit|chain|brand|vendor|designer|contractor|specialist|rival|competitor)\b(?!'s)/i, reason: 'appositive', strong: true },
  // "Acme's chief executive", "Acme's shares"
  { after: /^'s\s+(?:[a-z-]+\s+)?(?:chief|ceo|cfo|president|chairman|founder|board|shares|stock|market value|spokes\w+|executives?|revenue|profit|earnings|sales|customers|clients|suppliers|partners|rivals|competitors|subsidiary|headquarters|factory|factories|plants?|stores|products|employees|workforce)\b/i, reason: 'possessive-business', strong: true },
  // "Acme (NYSE: ACME)"
  { after: /^\s*\((?:nyse|nasdaq|lse|tsx|asx|otc|hkex|tse|krx|sgx)\s*:/i, reason: 'ticker', strong: true },
  // "Acme (ACME.O)", "Acme (NASDAQ:ACME)": a listing code in parentheses
  { after: /^\s*\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|[A-Z]{2,8}\s*:\s*[A-Z0-9.]{1,8})\)/, reason: 'ticker-code', strong: true },
  // "Acme, which makes industrial robots" (people are "who")
  { after: /^,\s+which\s+(?:also\s+)?(?:makes|made|sells|sold|supplies|supplied|operates|runs|owns|provides|produces|manufactures|develops|builds|employs|is listed|is based|is headquartered|went public)\b/, reason: 'which-makes', strong: false },
  // "Acme CEO Jane Doe", "Acme chief executive Jane Doe", "Acme analyst Jane Doe"
  { after: /^\s+(?:CEO|CFO|COO|CTO|chief executive|Chief Executive|chief financial officer|chairman|Chairman|co-founder|founder|analyst)\s+\p{Lu}/u, reason: 'executive-of', strong: false },
  // "Acme, owned by Contoso": people are not owned
  { after: /^,\s+(?:which is\s+|now\s+)?(?:owned|controlled|acquired|majority-owned|wholly owned)\s+by\b/, reason: 'owned-by', strong: false },
  // "a unit of Acme", "a subsidiary of Acme"
  { before: /\b(?:unit|subsidiary|division|affiliate|parent company|spin-?off)\s+of\s+$/i, reason: 'unit-of', strong: true },
  // "Acme, whose shares fell", "Acme has 500 employees"
  { after: /^,\s+whose\s+(?:shares|stock|chief executive|CEO|products|customers|clients|revenue|sales|parent|owner|founder)\b/, reason: 'whose-shares', strong: false },
  { after: /^\s+(?:has|had|employs|employed)\s+(?:about\s+|some\s+|more than\s+|nearly\s+|over\s+|around\s+)?[\d,.]+\s+(?:employees|workers|staff|stores|customers|clients|plants|factories)\b/, reason: 'employees', strong: false },
  // "Acme was founded in 2015", "the deal values Acme at $2 billion"
  { after: /^\s+(?:was|has been)\s+(?:co-)?founded\s+(?:in|by)\b/, reason: 'founded', strong: false },
  { before: /\bvalu(?:es|ed|ing)\s+$/i, reason: 'valued-at', strong: false },
  // "shares of Acme", "stake in Acme"
  { before: /\b(?:shares (?:of|in)|stake in|stock of|acquisition of|acquire[ds]?|bought|merger with|spun off|spin-off of)\s+$/i, reason: 'shares-of', strong: true },
  // "Acme said", "Acme announced on Tuesday"
  { after: /^\s+(?:said|says|announced|reported|confirmed|declined|disclosed|posted|unveiled|launched|shipped|sells|makes|manufactures|supplies|employs|reported|plans|expects|agreed|signed|won|secured|acquired|raised|filed|listed|went public|shares (?:rose|fell|jumped|dropped|climbed|slid|gained))\b/i, reason: 'said', strong: false },
  // "Acme, Inc.", "Acme, LLC": the legal form after a comma.
  { after: /^,\s+(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V|S\.p\.A|Pty|Pte)\b/, reason: 'comma-suffix', strong: true },
  // "Acme Inc" written without the dot is handled by the suffix check; "Acme-branded" by this one.
  { after: /^-(?:branded|owned|backed|made)\b/i, reason: 'branded', strong: false },
];

export const STRONG_CONTEXT = new Set([...COMPANY_CONTEXT.filter((r) => r.strong).map((r) => r.reason), 'suffix', 'introducer', 'ticker', 'ampersand', 'named-kind']);
