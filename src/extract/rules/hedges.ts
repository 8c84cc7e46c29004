// Words that make a rule's reading negated or hypothetical: such hits are kept with hedged: true and
// a confidence ≤ 0.3, and the model sees them apart. An ended relation is still stated: its status
// is read by status.ts.
export const HEDGES: Array<{ match: RegExp; reason: string }> = [
  // "Acme does not buy from Contoso", "Acme never competed with Contoso"
  { match: /\b(?:not|n't|never|neither|nor)\b/i, reason: 'negated' },
  // "Contoso could one day rival Acme", "Acme might buy from Contoso"
  { match: /\b(?:could|might|may|one day|would consider|hypothetical\w*|potential(?:ly)?|possibl[ey])\b/i, reason: 'hypothetical' },
  // "Acme is in talks to buy from Contoso", "Acme is considering Contoso"
  { match: /\b(?:samples?|sampling|trials?|talks?|consider\w*|negotiat\w+|explor\w+|weigh\w*|mull\w*|rumou?r\w*|denied|denies|deny|if|whether|unless|speculat\w+)\b/i, reason: 'tentative' },
];

// A claim inside an ownership, financial or legal deal is not a supply or rivalry: "Acme was bought
// by Contoso", "Acme announced a merger with competitor Contoso", "Acme made a bid for Contoso",
// "Acme sold its stake in Contoso", "Acme bought back shares from Contoso", "a court ordered Acme to
// pay Contoso". Such readings are dropped, not hedged.
export const BLOCKERS = /\b(?:merg(?:er|ers|e|ed|ing)|acqui(?:red|res|re|ring|sition|sitions)|takeover|take over|took over|taken over|bought out|buyout|spun off|spin-off|joint venture|(?:stake|stakes|shares|shareholding|interest) in|was (?:bought|purchased|sold)|were (?:bought|purchased|sold)|(?:bids?|bidding|offer|offers|offered|tender offer) (?:of [^ ]+ )?for|tender offer|(?:buy|buys|bought|buying) back|buyback|repurchas\w*|sued|sues|suing|lawsuit|court|judge|damages|verdict|ruling)\b/i;

// "agreed to buy Contoso", "a deal to buy its chip unit from Contoso": a purchase of a company or a part of one.
// Buying goods from a seller is supply: "signed a deal to buy iron ore from Contoso" (lower-case words, none
// of them a share or a part of a business, then "from").
const GOODS = String.raw`(?:(?!(?:stakes?|shares|interest|units?|business(?:es)?|divisions?|arms?|assets|operations|plants?|factor(?:y|ies)|brands?|portfolio|subsidiar\w*|majority|minority|rest|remainder)\b)[a-z][a-z-]*|[\d$][\d,.%]*) `;
const PURCHASE = new RegExp(String.raw`\b(?:agreed|agrees|plans|offered|offers|wants|deal) to (?:acquire\b|(?:buy|purchase)\b(?! (?:${GOODS}){1,6}from\b))`);

/** Whether the words hold an ownership, financial or legal deal (BLOCKERS, or the purchase of a company). */
export const blocked = (words: string): boolean => BLOCKERS.test(words) || PURCHASE.test(words);
