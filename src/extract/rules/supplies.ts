// SUPPLIES rules: supplier {sup} → customer {cus}. One rule a line, an example above each.
import type { RelationRule } from './types.js';

const BUY = '(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing)|sourc(?:e|es|ed|ing)|order(?:s|ed|ing)?|procur(?:e|es|ed|ing)|import(?:s|ed|ing)?|leas(?:e|es|ed|ing)|rent(?:s|ed|ing)?|licens(?:e|es|ed|ing)|acquir(?:e|es|ed|ing) (?:chips|parts|components|capacity|services))';
// "to retailers such as Acme", "for clients including Acme": a group noun before the named customer.
// Earlier members of a list that are not slots (unknown brands, products): "clients such as Fabrikam Brands, Litware and Contoso".
const ITEMS = '(?:(?:the\\s+)?[^,;⟦⟧]{1,40}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){0,8}?';
// Comma-separated earlier members right after "for": "produced ads for local banks, Northwind and Contoso"; the member must end the list.
const FOR_ITEMS = '(?:(?!the\\s)[^,;⟦⟧]{1,40}?,\\s+){1,8}?';
const LIST_END = '(?=\\s*(?:[,.;:)]|$|\\s(?:and|or|as well as|among others|in|on|at|since|during)\\b))';
// "known for", "praised for": a "for" that gives a reason, not a customer.
const NOT_PRAISE = '(?<!\\b(?:known|famous|noted|renowned|praised|recogni[sz]ed|nominated|acclaimed|celebrated|remembered|responsible|best)\\s)';
// "to hospital operator Acme", "to U.S. automaker Acme": lower-case words describing the named customer.
const DESCRIBED = '(?:(?:U\\.S\\.|[a-z][\\w-]*)\\s+){0,3}?';
const GROUP = `(?:(?:[\\w-]+\\s+){0,6}?[\\w-]+s,?\\s+(?:including|such as|like|notably|among them)\\s*:?\\s+${ITEMS})?`;
const SUPPLIER = '(?:suppliers?|providers?|vendors?|manufacturers?|makers?|contractors?|foundry|foundries|sources?|sellers?|assemblers?|distributors?)';
const CUSTOMER = '(?:customers?|clients?|buyers?|purchasers?)';
// "its customer list includes", "the client roster includes"
const ROSTER = '(?:\\s+(?:list|lists|roster|base|portfolio))?';
const SUPPLY = '(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|furnish(?:es|ed|ing)?|offer(?:s|ed|ing)?|leas(?:es|ed|ing))';
// What is sold when a company is sold: "sold the unit to", "sold its stake to" are deals, not supply.
const OWNERSHIP = '(?:(?:the |its |their |his |her |a |an |all |most |some )?(?:[\\w.-]+\\s+){0,2}?(?:company|companies|business|businesses|unit|units|division|stake|stakes|shares|subsidiary|assets|operations|brand|brands|rights|itself|them|it|him|her|accounts|licen[cs]es?|majority|control|remainder|interest|portfolio|chain|stores|firm|franchise|team|club|network|station|stations|catalogue|catalog|library|studio|cent(?:er|re)s?|facility|facilities|plants?|factory|factories|warehouses?|warehousing|name|names|trademarks?|property|properties|buildings?|headquarters|sites?|land|mines?|fleet|real estate|holdings)\\b)';
const MAKE = '(?:manufactur(?:e|es|ed|ing)|make|makes|made|making|produc(?:e|es|ed|ing)|build|builds|built|building|fabricat(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|packag(?:e|es|ed|ing))';
const USE = '(?<!\\b(?:a|an|the)\\s)(?:uses|used|using|use|deploy|adopt|hire|choose|select|relies on|relied on|relying on|rely on|depends on|depended on|depending on|taps|tapped|tapping|tap|hired|hires|hiring|chose|chosen|selected|picked|contracted|commissioned|appointed|retained|engaged|enlisted|deploys|deployed|deploying|adopts|adopted|adopting|runs on|ran on|running on|switched to|turned to|implements|implemented|implementing|outsourc(?:e|es|ed|ing)(?: \\w+){0,2} to)(?!\\s+(?:by|for|as)\\b)';
// "compared to", "due to", "up to": a "to" that does not name a recipient.
const NOT_PHRASAL_TO = '(?<!\\b(?:compared|relative|similar|due|according|close|next|prior|addition|thanks|up|equal|able|set|going|need|needs|plans?|expected|likely|comparable|superior|inferior|rival|alternative|answer|access|exposure|shift|move|switch|return|way|path|related|connected|compared)\\s)';
// Up to two words between a verb and its object, not prepositions: "uses the latest Contoso", not "selected for the Contoso".
const WORDS2 = '(?:(?!(?:by|for|to|with|from|in|on|at|as|of|into)\\b)[\\w-]+\\s+){0,2}?';
const SIGNED = '(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|str(?:ike|ikes|uck)|reach(?:es|ed)?|award(?:s|ed)?|enter(?:s|ed)? into)';
const DEAL = '(?:(?:contracts?|deals?|agreements?|orders?|pacts?|partnership)⦆?)';
// Deals whose "with" party is the provider. Not "supply", "purchase" or "licensing" deals: either side may sell.
const DEAL_KIND = '(?:cloud|compute|computing|services?|capacity|chip|chips|battery|batteries|manufacturing|hosting|infrastructure|delivery|logistics|data center|data-center|outsourcing|engineering|consulting)';

export const SUPPLIES_RULES: RelationRule[] = [
  // "Acme buys its modems from Contoso"
  { match: `{cus}{g}\\b(?<!\\b(?:the|an?)\\s)${BUY}\\b{G}\\bfrom {np}{sup}`, relation: 'SUPPLIES', reason: 'supplies.buys-from', confidence: 0.85, hedgeable: true },
  // "Contoso, a key supplier to Acme" / "Contoso is the exclusive supplier of Acme's chips"
  { match: `{sup}{G}\\b(?:${SUPPLIER}\\s+(?:of\\s+(?:[\\w-]+\\s+){1,6}?)?(?:to|for)|(?:suppliers?|providers?|vendors?) of|${SUPPLIER} of(?=\\s+(?:the\\s+)?{other}'s?\\s))\\s+(?:the )?{cus}(?!(?:'s)?\\s+(?:[\\w-]+\\s+)?(?:rival|competitor)s?\\s+[⟦⟨])`, relation: 'SUPPLIES', reason: 'supplies.supplier-to', confidence: 0.8, hedgeable: true },
  // "Contoso is a supplier to Acme rival Fabrikam" (the customer is Fabrikam)
  { match: `{sup}{G}\\b${SUPPLIER} (?:to|for|of) (?:the )?{other}(?:'s)?\\s+(?:[\\w-]+\\s+)?(?:rival|competitor)s?\\s+{cus}`, relation: 'SUPPLIES', reason: 'supplies.supplier-to-rival', confidence: 0.75, hedgeable: true },
  // "Acme's chip supplier Contoso" / "Acme's suppliers, including Contoso"
  { match: `{cus}'s?\\s+(?:[\\w-]+\\s+){0,3}?${SUPPLIER},?\\s+(?:such as |including |like |namely )?{sup}`, relation: 'SUPPLIES', reason: 'supplies.possessive-supplier', confidence: 0.8, hedgeable: false },
  // "Tesla supplier Panasonic", "Boeing parts maker Spirit": the customer's name used as a describing word.
  { match: `{cus}\\s+(?:(?!(?:and|or|with|to|from|for|by|of|as|the|a|an|its|their)\\b)[a-z][\\w-]*\\s+){0,2}?${SUPPLIER}\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.compound-supplier', confidence: 0.75, hedgeable: false },
  // "Contoso is Acme's largest supplier"
  { match: `{sup}{g}\\b(?:is|was|as|becomes|became|remains|remained|has been)\\s+(?:one of\\s+)?{cus}'s?\\s+(?:[\\w-]+\\s+){0,3}?${SUPPLIER}`, relation: 'SUPPLIES', reason: 'supplies.is-supplier-of', confidence: 0.8, hedgeable: true },
  // "Acme is a major customer of Contoso" / "Acme, a client of Contoso"
  { match: `{cus}{g}(?:\\b(?:is|was|as|became|becomes|remains|has been)|,)\\s+(?:one of\\s+)?(?:a |an |the )?(?:[\\w-]+\\s+){0,3}?${CUSTOMER} (?:of|for|at) {sup}`, relation: 'SUPPLIES', reason: 'supplies.customer-of', confidence: 0.8, hedgeable: true },
  // "Acme is Contoso's largest customer"
  { match: `{cus}{g}\\b(?:is|was|as|becomes|became|remains|remained|has been|is among|was among|ranks among)\\s+(?:one of\\s+)?{sup}'s?\\s+(?:[\\w-]+\\s+){0,3}?${CUSTOMER}`, relation: 'SUPPLIES', reason: 'supplies.is-customer-of', confidence: 0.8, hedgeable: true },
  // "Acme, Contoso's largest customer, cut orders"
  { match: `{cus},\\s+{sup}'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:customer|client|buyer)\\b`, relation: 'SUPPLIES', reason: 'supplies.appositive-possessive-customer', confidence: 0.8, hedgeable: true },
  // "Contoso's customers include Acme" / "Contoso's biggest client, Acme"
  { match: `{sup}'s?\\s+(?:[\\w-]+\\s+){0,3}?${CUSTOMER}${ROSTER},?\\s+(?:(?:such as|including|like|(?:which |that )?include|(?:which |that )?includes|(?:which |that )?included|have included|has included|had included|are|is|were|namely|comprise|comprised)\\s*:?\\s+${ITEMS})?(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.possessive-customer', confidence: 0.8, hedgeable: true },
  // "Contoso counts Acme as its largest customer"
  { match: `{sup}{g}\\bcount(?:s|ed|ing)?\\s+{cus}\\s+(?:as|among)\\s+(?:[\\w-]+\\s+){0,4}?${CUSTOMER}`, relation: 'SUPPLIES', reason: 'supplies.counts-as-customer', confidence: 0.85, hedgeable: true },
  // "Contoso, whose customers include Acme" / "Contoso serves customers such as Acme"
  { match: `{sup}{G}\\b(?:${CUSTOMER}${ROSTER}|users|licensees)(?:\\s+[\\w-]+ly)?,?\\s+(?:such as|including|like|(?:to\\s+)?include|includes|included|have included|has included|had included|are|were)\\s*:?\\s+(?:[^⟦⟧.;]{0,60}?(?:including|such as|like)\\s+)?${ITEMS}(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.customers-include', confidence: 0.75, hedgeable: true },
  // "Contoso created campaigns for brands such as Acme"
  { match: `{sup}{G}\\b(?:creat|design|develop|work|produc|build|buil|provid|power|sell|sold|distribut|manag|market|handl|deliver|offer|perform|operat)\\w*\\b{G}\\b(?:for|to)\\s+(?:[\\w-]+\\s+){0,4}?(?:clients|customers|companies|brands|retailers|carriers|airlines|automakers|carmakers|manufacturers|publishers|operators|firms|studios|broadcasters|networks|channels|banks|insurers|chains|stores|organi[sz]ations|businesses|enterprises|corporations)\\s*,?\\s*(?:including|such as|like)\\s*:?\\s+${ITEMS}(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.works-for-clients', confidence: 0.65, hedgeable: true },
  // "Contoso is among the largest parts suppliers, working with Acme and Fabrikam"
  { match: `{sup}{G}\\b${SUPPLIER},?\\s+(?:collaborating|working|partnering|dealing)\\s+with\\s+(?:the likes of\\s+)?${ITEMS}{cus}`, relation: 'SUPPLIES', reason: 'supplies.supplier-working-with', confidence: 0.7, hedgeable: true },
  // "Contoso works with clients including Acme"
  { match: `{sup}{G}\\b(?:works?|working|worked|partners?|partnered)\\s+with\\s+(?:[\\w-]+\\s+){0,2}?(?:clients|customers|brands)\\s*,?\\s*(?:including|such as|like)\\s*:?\\s+${ITEMS}(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.works-with-clients', confidence: 0.7, hedgeable: true },
  // "Acme rolled out Contoso-made sensors"
  { match: `{cus}{G}\\b(?:${USE}|install(?:s|ed|ing)?|roll(?:s|ed|ing)? out|buy(?:s|ing)?|bought|order(?:s|ed)?)\\s+(?:[\\w-]+\\s+){0,2}?{sup}-(?:made|built|supplied|designed|produced)\\b`, relation: 'SUPPLIES', reason: 'supplies.uses-made-by', confidence: 0.7, hedgeable: true },
  // "Acme awarded Contoso a $1 billion contract"
  { match: `{cus}{g}\\b(?:award(?:s|ed)?|gave|gives|handed|hands)\\s+{sup}\\s+(?:a|an|the|its)\\s+(?:[\\w$€£¥.,-]+\\s+){0,5}?${DEAL}`, relation: 'SUPPLIES', reason: 'supplies.awarded-contract', confidence: 0.8, hedgeable: true },
  // "Acme, a Contoso customer, ..." / "Acme, a longtime Contoso client"
  { match: `{cus},\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?{sup}\\s+(?:customer|client|buyer)\\b`, relation: 'SUPPLIES', reason: 'supplies.appositive-brand-customer', confidence: 0.8, hedgeable: true },
  // "Contoso gets a fifth of its revenue from Acme" (not "took business away from Acme", a rival)
  { match: `{sup}{G}\\b(?:revenue|revenues|sales|income|business)\\s+(?:(?!away\\b)[\\w-]+\\s+){0,3}?(?:from|comes from|came from)\\s+{cus}`, relation: 'SUPPLIES', reason: 'supplies.revenue-from', confidence: 0.75, hedgeable: true },
  // "Acme accounts for 20% of Contoso's revenue"
  { match: `{cus}{g}\\baccount(?:s|ed|ing)? for\\s+(?:[\\w.%-]+\\s+){0,4}?of\\s+{sup}'s?\\s+(?:[\\w-]+\\s+)?(?:revenue|revenues|sales|income|orders|shipments)`, relation: 'SUPPLIES', reason: 'supplies.share-of-revenue', confidence: 0.8, hedgeable: true },
  // "Contoso served as financial adviser to Acme" / "Contoso acts as the auditor for Acme"
  { match: `{sup}{g}\\b(?:serv(?:es|ed|ing)|act(?:s|ed|ing)?|was|is|hired|appointed|retained)\\s+as\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|lead\\s+)?(?:[\\w-]+\\s+){0,2}?(?:advis[eo]rs?|consultants?|auditors?|counsel|underwriters?|bankers?|agency|agencies|contractors?|suppliers?|providers?|vendors?|distributors?|manufacturers?)\\s+(?:to|for|on)\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.served-as-adviser', confidence: 0.75, hedgeable: true },
  // "Acme runs its models on Contoso Cloud" / "Acme's site is hosted on Contoso"
  { match: `{cus}{g}\\b(?:runs?|running|ran|hosts?|hosted|hosting|built|builds)\\s+(?:[\\w-]+\\s+){0,3}?on\\s+(?:the\\s+)?{sup}`, relation: 'SUPPLIES', reason: 'supplies.runs-on', confidence: 0.7, hedgeable: true },
  // "Acme wants to cut its reliance on Contoso for modems"
  { match: `{cus}{G}\\b(?:reliance|dependence|dependency|reliant|dependent)\\s+on\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.reliance-on', confidence: 0.7, hedgeable: true },
  // "Acme will use batteries made by Contoso"
  { match: `{cus}{G}\\b${USE}\\s+(?:[\\w-]+\\s+){0,3}?(?:made|built|supplied|produced|manufactured|designed|provided|developed)\\s+by\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.uses-made-by-passive', confidence: 0.75, hedgeable: true },
  // "Acme placed an order for 20 Contoso X9 jets"
  { match: `{cus}{G}\\b(?:plac(?:e|es|ed|ing)|sign(?:s|ed)?|book(?:s|ed)?|confirm(?:s|ed)?|finali[sz](?:e|es|ed))\\s+(?:an?|the|its|their)\\s+(?:[\\w$€£¥.,-]+\\s+){0,3}?orders?\\s+(?:for|of)\\s+(?:[\\w-]+\\s+){0,4}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.order-for', confidence: 0.75, hedgeable: true },
  // "Acme pays Contoso and Fabrikam for the rights to their songs"
  { match: `{cus}{g}\\bpa(?:ys|id|ying|y)\\s+{sup}\\s+(?:[\\w$€£¥.,-]+\\s+){0,5}?for\\b`, relation: 'SUPPLIES', reason: 'supplies.pays-for', confidence: 0.7, hedgeable: true },
  // "Acme dropped Contoso as its chip supplier" (ended: status.ts)
  { match: `{cus}{g}\\b(?:dropped|drops|dropping|ditched|dumped|replaced|replaces|replacing|fired|axed)\\s+{sup}\\s+as\\s+(?:a|an|{its})\\s+(?:[\\w-]+\\s+){0,2}?(?:supplier|provider|vendor|contractor|partner|manufacturer|maker|distributor|agency)s?\\b`, relation: 'SUPPLIES', reason: 'supplies.dropped-as', confidence: 0.75, hedgeable: true },
  // A switch names the old supplier and the new: "Acme replaced Contoso with Fabrikam", "Acme switched
  // from Contoso to Fabrikam", "Acme switched to Fabrikam from Contoso" (which one ended: status.ts)
  { match: `{cus}{g}\\b(?:replaced|replaces|replacing|swapped|swaps|swapping)\\s+{sup}\\s+(?:with|for)\\s+{other}`, relation: 'SUPPLIES', reason: 'supplies.replaced', confidence: 0.7, hedgeable: true },
  { match: `{cus}{g}\\b(?:replaced|replaces|replacing|swapped|swaps|swapping)\\s+{other}\\s+(?:with|for)\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.replaced-with', confidence: 0.7, hedgeable: true },
  { match: `{cus}{g}\\b(?:switch|switches|switched|switching|moved|moves|moving|shifted|shifts|shifting|migrated|migrates|migrating)\\s+(?:[\\w-]+\\s+){0,3}?(?:to\\s+{other}\\s+(?:[\\w-]+\\s+){0,3}?)?(?:from|away from)\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.switched-from', confidence: 0.7, hedgeable: true },
  { match: `{cus}{g}\\b(?:switch|switches|switched|switching|moved|moves|moving|shifted|shifts|shifting|migrated|migrates|migrating)\\s+(?:[\\w-]+\\s+){0,3}?(?:from\\s+{other}\\s+)?to\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.switched-to', confidence: 0.7, hedgeable: true },
  // "Contoso won Acme as a customer" / "Contoso lost Acme as a customer" (ended: status.ts)
  { match: `{sup}{g}\\b(?:lost|losing|loses|won|wins|winning|gained|landed|added|signed up|secured)\\s+${DESCRIBED}{cus}\\s+as\\s+(?:(?:a|an|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:customer|client|buyer)`, relation: 'SUPPLIES', reason: 'supplies.won-as-customer', confidence: 0.8, hedgeable: true },
  // "Contoso will supply batteries to Acme" / "Contoso delivers the engines for Acme"
  { match: `{sup}{G}\\b${SUPPLY}\\b{G}${NOT_PHRASAL_TO}\\b(?:to|for)\\s+(?:the\\s+)?${GROUP}${DESCRIBED}{cus}`, relation: 'SUPPLIES', reason: 'supplies.supplies-to', confidence: 0.8, hedgeable: true },
  // "Contoso sells its modems to Acme", "licenses its software to Acme" (but "Contoso sold the unit to Acme" or
  // "sold it to Acme" is an acquisition)
  { match: `{sup}{G}(?<!\\b(?:was|were|been|be|being|is|are)\\s(?:[a-z]+ly\\s|then\\s|later\\s|eventually\\s)?)\\b(?:sells?|selling|sold|licens(?:e|es|ed|ing))\\s+(?!${OWNERSHIP}|⟦|it_p\\d+_)[^⟦⟧]{0,80}?\\bto\\s+(?:the\\s+)?${GROUP}${DESCRIBED}{cus}`, relation: 'SUPPLIES', reason: 'supplies.sells-to', confidence: 0.75, hedgeable: true },
  // "Contoso supplies Acme, Fabrikam and Tailspin" / "Contoso powers Acme's data centers"
  { match: `{sup}{g}\\b(?:suppl(?:y|ies|ied|ying)|equip(?:s|ped|ping)?|serv(?:e|es|ed|ing)|power(?:s|ed|ing)?|suppl(?:y|ies|ied|ying) (?:[\\w-]+\\s+){0,3}?to)\\s+(?:(?:[\\w%-]+\\s+){1,2}of\\s+)?${GROUP}{cus}`, relation: 'SUPPLIES', reason: 'supplies.supplies-object', confidence: 0.75, hedgeable: true },
  // "Contoso is expected to manufacture the chips for Acme"
  { match: `{sup}{G}\\b${MAKE}\\b{G}${NOT_PRAISE}\\bfor\\s+(?:the\\s+|most\\s+|many\\s+|several\\s+|all\\s+)?${GROUP}{cus}`, relation: 'SUPPLIES', reason: 'supplies.makes-for', confidence: 0.75, hedgeable: true },
  // "chips made by Contoso for Acme"
  { match: `\\b(?:made|manufactured|produced|built|supplied|provided|assembled|delivered|fabricated) by {sup}{g}\\bfor\\s+{cus}`, relation: 'SUPPLIES', reason: 'supplies.passive-by-for', confidence: 0.8, hedgeable: true },
  // "Acme's processors are made by Contoso"
  { match: `{cus}{G}\\b(?:is|are|was|were|be|being|been)\\s+(?:[\\w-]+\\s+)?(?:supplied|provided|made|manufactured|built|produced|assembled|powered|fabricated|delivered|serviced|hosted) by\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.passive-by', confidence: 0.75, hedgeable: true },
  // "Contoso's engines are used by Acme"
  { match: `{sup}{g}\\b(?:used|adopted|deployed|chosen|selected|licensed|hired|tapped|contracted|commissioned|employed|engaged|retained) by\\s+(?:the\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?)?${GROUP}{cus}`, relation: 'SUPPLIES', reason: 'supplies.used-by', confidence: 0.7, hedgeable: true },
  // "Acme uses Contoso's cloud" / "Acme tapped Contoso to build the plant" / "deploying the latest Contoso hardware";
  // not "Acme retained Contoso's media account" (Acme keeps serving Contoso)
  { match: `{cus}{G}\\b${USE}\\s+(?:the\\s+|a\\s+)?(?:(?:[\\w.$,-]+\\s+){1,3}?of\\s+)?${WORDS2}{sup}(?!'s?\\s+(?:[^\\s⟦⟧]+\\s+){0,3}?(?:account|accounts|business|brief|budget)\\b)`, relation: 'SUPPLIES', reason: 'supplies.uses', confidence: 0.7, hedgeable: true },
  // "Acme signed a $5 billion cloud contract with Contoso"
  { match: `{cus}{G}\\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|str(?:ike|ikes|uck)|reach(?:es|ed)?|award(?:s|ed)?|extend(?:s|ed)?|expand(?:s|ed)?|renew(?:s|ed)?|plac(?:e|es|ed)|enter(?:s|ed)? into)\\b{G}\\b${DEAL_KIND}[\\w-]*\\s+[^⟦⟧.;]{0,40}?${DEAL}\\s+(?:\\w+\\s+){0,3}?(?:with|to)\\s+(?:[\\w'-]+\\s+){0,3}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.contract-with', confidence: 0.7, hedgeable: true },
  // "Contoso won a $2 billion order from Acme" (not the loser in "Globex beat Contoso to win …")
  { match: `(?<!\\b(?:beat|beats|beating|out|outbid|outbidding|defeated|defeating)\\s(?:the\\s)?){sup}{G}\\b(?:won|wins|win|winning|secured|secures|secure|landed|lands|received|receives|bagged|clinched|booked)\\b{G}\\b${DEAL}\\b{g}\\b(?:from|by|with)\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.won-contract', confidence: 0.8, hedgeable: true },
  // "Acme committed $21 billion in spending with cloud provider Contoso" / "Acme's spending on Contoso chips";
  // not "Contoso committed its output to buyers, signing deals with Acme" (what is committed to someone is sold to them)
  { match: `{cus}{G}\\b(?:spending|spend|spends|spent|outlays?|commitment|committed)\\b(?:(?!\\bto\\b)[^⟦⟧]){0,120}?\\b(?:with|on)\\s+{G}{sup}`, relation: 'SUPPLIES', reason: 'supplies.spending-with', confidence: 0.75, hedgeable: true },
  // "Acme's $3 billion order with Contoso" / "Acme's contract with Contoso"
  { match: `{cus}'s?\\s+(?:[\\w$€£¥.,-]+\\s+){0,5}?(?:${DEAL}|purchases|spending)\\s+(?:with|from)\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.possessive-deal', confidence: 0.7, hedgeable: true },
  // "Acme placed a big order with Contoso" (orders are placed by customers)
  { match: `{cus}{G}\\b(?:sign(?:s|ed|ing)?|plac(?:e|es|ed|ing)|ink(?:s|ed)?|finali[sz](?:e|es|ed)|confirm(?:s|ed)?|book(?:s|ed)?)\\b{g}\\borders?⦆?\\s+(?:\\w+\\s+){0,2}?with\\s+(?:[\\w'-]+\\s+){0,2}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.order-with', confidence: 0.8, hedgeable: true },
  // "Acme signed a deal with Contoso to secure lithium": the subject buys.
  { match: `{cus}{G}\\b${SIGNED}\\b{G}\\b${DEAL}\\s+with\\s+{sup}\\s+(?:to|for)\\s+(?:[\\w-]+\\s+)?(?:secure|securing|buy|buying|purchase|purchasing|source|sourcing|procure|procuring|obtain|obtaining)\\b`, relation: 'SUPPLIES', reason: 'supplies.deal-with-to-buy', confidence: 0.75, hedgeable: true },
  // "Contoso signed a deal with Acme to supply battery cells": the subject serves, more often than not
  // (training corpora outside dev: 5 of 6).
  { match: `{sup}{G}\\b${SIGNED}\\b{G}\\b${DEAL}\\s+with\\s+{cus}\\s+(?:to|for)\\s+(?:[\\w-]+\\s+)?(?:handle|handling|provide|providing|supply|supplying|deliver|delivering|build|building|make|making|manufacture|manufacturing|produce|producing|host|hosting|run|running|operate|operating|power|powering|ship|shipping|carry|carrying|transport|transporting|design|designing|develop|developing|install|installing|maintain|maintaining|modernise|modernize|upgrade|upgrading)\\b`, relation: 'SUPPLIES', reason: 'supplies.deal-with-to-serve', confidence: 0.75, hedgeable: true },
  // "Contoso signed sales deals with Acme and Fabrikam": the seller signs a sales deal.
  { match: `{sup}{G}\\b${SIGNED}\\b{G}\\b(?:sales?|selling|export)\\s+(?:and\\s+[\\w-]+\\s+)?${DEAL}\\s+with\\s+${ITEMS}{cus}`, relation: 'SUPPLIES', reason: 'supplies.sales-deal-with', confidence: 0.75, hedgeable: true },
  // "Contoso said Acme had ordered 20 turbines" / "Contoso announced that Acme signed a contract for 30 engines": the speaker sells.
  { match: `{sup}\\s+(?:said|says|announced|announces|confirmed|confirms|disclosed|reported)\\s+(?:on\\s+\\w+\\s+|\\w+day\\s+)?(?:that\\s+)?{cus}\\s+(?:had\\s+|has\\s+|have\\s+|will\\s+)?(?:ordered|orders|order|placed an? (?:[\\w$,.-]+\\s+){0,3}?orders?|signed an? (?:[\\w$,.-]+\\s+){0,3}?(?:contract|deal|agreement|order)s?\\s+(?:for|to buy)|booked|firmed up)\\b`, relation: 'SUPPLIES', reason: 'supplies.said-ordered', confidence: 0.75, hedgeable: true },
  // "Contoso won a $14 billion contract to modernise Acme's network"
  { match: `(?<!\\b(?:beat|beats|beating|out|outbid|outbidding|defeated|defeating)\\s)(?<!\\b(?:beat|beats|beating|out|outbid|outbidding|defeated|defeating)\\s(?:the\\s)?)` + `{sup}{G}\\b(?:won|wins|win|winning|secured|secures|landed|lands|clinched|bagged)\\b{G}\\b${DEAL}\\s+(?:to|for)\\s+(?:[\\w-]+\\s+){0,3}?{cus}`, relation: 'SUPPLIES', reason: 'supplies.won-contract-to', confidence: 0.75, hedgeable: true },
  // "Contoso, whose engines power the Acme jet" / "Contoso, whose chips are used by Acme"
  { match: `{sup},?\\s+whose\\s+(?:[\\w-]+\\s+){1,6}?(?:power|powers|supply|supplies|equip|equips|run|runs|are used by|are in|go into)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.whose-products', confidence: 0.75, hedgeable: true },
  // "Acme works with Contoso for fill-and-finish services"
  { match: `{cus}{g}\\b(?:works?|working|worked|partner(?:s|ed|ing)?|teamed up|contracts?|contracted)\\s+with\\s+(?:[\\w-]+\\s+){0,2}?{sup}{g}\\bfor\\b{g}\\b(?:services|manufacturing|production|supply|supplies|packaging|assembly|delivery|deliveries|logistics|hosting|computing|capacity|components|parts|fill)\\b`, relation: 'SUPPLIES', reason: 'supplies.works-with-for', confidence: 0.7, hedgeable: true },
  // "Acme makes vaccines in Ohio, and partners with Contoso and Fabrikam for packaging services" (the sentence's subject)
  { match: `^[^⟦⟧]{0,60}?{cus}[^.;]{0,200}?,?\\s+and\\s+(?:also\\s+)?(?:works?|partners?|partnered|contracts?|contracted)\\s+with\\s+(?:[\\w-]+\\s+){0,2}?{sup}{g}\\bfor\\b{g}\\b(?:services|manufacturing|production|supply|supplies|packaging|assembly|delivery|deliveries|logistics|hosting|computing|capacity|components|parts|fill)\\b`, relation: 'SUPPLIES', reason: 'supplies.and-works-with-for', confidence: 0.65, hedgeable: true },
  // "Contoso's kettles are sold at retailers such as Fabrikam" / "Contoso products are stocked by Fabrikam"
  { match: `{sup}(?:{G}\\b(?:products|goods|brands?|lines?|ranges?|items|merchandise|wares|collections?)|'s?\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)\\s+(?:are|were|is|was|have been|has been|became|become|becomes|went)\\s+(?:[\\w-]+ly\\s+)?(?:sold|stocked|carried|available|retailed|distributed|found|offered|on sale)\\s+(?:in|at|through|by|via)\\s+(?:[\\w-]+\\s+){0,4}?(?:(?:such as|including|like)\\s+${ITEMS})?(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.sold-at', confidence: 0.7, hedgeable: true },
  // "Fabrikam stocks Contoso products in all its stores"
  { match: `{cus}{g}\\b(?:stock(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|retail(?:s|ed|ing)?)\\s+{sup}(?:'s?)?\\s+(?:[\\w-]+\\s+)?(?:products|goods|brands?|lines?|ranges?|items|merchandise|devices|models)\\b`, relation: 'SUPPLIES', reason: 'supplies.stocks-brand', confidence: 0.7, hedgeable: true },
  // "Contoso created a television campaign for Fabrikam" / "Contoso developed custom software for Fabrikam"
  { match: `{sup}{g}\\b(?:creat|design|develop|produc|writ|wrote|shot|film|direct|build|built|implement|install)\\w*\\s+(?:an?\\s+|the\\s+|{its}\\s+)?(?:[\\w$-]+\\s+){0,3}?(?:ads?|adverts?|advertisements?|advertising|campaigns?|commercials?|software|systems?|apps?|applications?|websites?|sites|platforms?|tools|solutions|content|programming|logos?|branding|packaging|stages?|sets|trailers|videos?|games?|series|shows?|episodes?|films?|documentar(?:y|ies)|specials?)\\s+for\\s+(?:the\\s+)?${GROUP}{cus}`, relation: 'SUPPLIES', reason: 'supplies.created-for', confidence: 0.7, hedgeable: true },
  // "Contoso signed Fabrikam as its first client" / "Contoso landed Fabrikam, its biggest customer to date"
  { match: `{sup}{g}\\b(?:sign(?:s|ed)?(?: up)?|land(?:s|ed)?|won|wins|gain(?:s|ed)?|add(?:s|ed)?|secur(?:es|ed)|attract(?:s|ed)?)\\s+(?:{its}\\s+)?(?:first\\s+|biggest\\s+|largest\\s+|new\\s+)?(?:customer|client)s?,?\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.signed-client', confidence: 0.75, hedgeable: true },
  // "Fabrikam was Contoso's first customer" is supplies.is-customer-of; "the first customer was Fabrikam":
  { match: `{sup}{G}\\b(?:first|biggest|largest|main|major|key|anchor|launch|principal|primary|initial|only|sole)\\s+(?:[\\w-]+\\s+)?(?:customer|client)s?\\s+(?:is|was|are|were|included|includes|became|have been|has been)\\s+(?:the\\s+)?${ITEMS}{cus}`, relation: 'SUPPLIES', reason: 'supplies.first-customer-was', confidence: 0.7, hedgeable: true },
  // "Contoso is the official timing supplier of Fabrikam" / "Contoso became the preferred provider for Fabrikam"
  { match: `{sup}{g}\\b(?:is|was|became|becomes|remains|named|as)\\s+(?:the|a|an)\\s+(?:official|exclusive|preferred|sole|approved|designated|primary)\\s+(?:[\\w-]+\\s+){0,3}?(?:supplier|provider|vendor|partner|contractor|manufacturer|distributor|carrier|caterer|outfitter|agency)\\s+(?:of|for|to)\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.official-supplier', confidence: 0.75, hedgeable: true },
  // "Contoso was awarded a maintenance contract by Fabrikam"
  { match: `{sup}{g}\\b(?:was|were|been|is|has been|had been)\\s+(?:[\\w-]+ly\\s+)?awarded\\s+(?:a|an|the|two|three|several|multiple)\\s+(?:[\\w$€£¥.,-]+\\s+){0,5}?${DEAL}\\s+(?:[\\w-]+\\s+){0,3}?by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?,?\\s*{cus}`, relation: 'SUPPLIES', reason: 'supplies.awarded-by', confidence: 0.75, hedgeable: true },
  // "Contoso has done design work for Fabrikam" / "Contoso carried out engineering projects for Fabrikam"
  { match: `{sup}{G}\\b(?:did|does|done|doing|perform(?:s|ed|ing)?|complet(?:es|ed|ing)|carri(?:es|ed) out|undert(?:akes|ook|aken))\\s+(?:[\\w-]+\\s+){0,4}?(?:work|projects?|services|jobs?|assignments?)\\s+for\\s+(?:the\\s+)?${GROUP}{cus}`, relation: 'SUPPLIES', reason: 'supplies.work-for', confidence: 0.7, hedgeable: true },
  // "Contoso provides Fabrikam with weather data"
  { match: `{sup}{g}\\b(?:provid(?:e|es|ed|ing)|furnish(?:es|ed|ing)?|equip(?:s|ped|ping)?)\\s+{cus}\\s+with\\b(?!\\s+(?:(?:a|an|the|its|their|his|her|this|that)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:statements?|comments?|responses?|details|answers?|quotes?|information about|interviews?|copies|copy|access)\\b)`, relation: 'SUPPLIES', reason: 'supplies.provides-with', confidence: 0.75, hedgeable: true },
  // "Fabrikam contracted with Contoso to clean its offices"
  { match: `{cus}{g}\\b(?:sub)?contracted\\s+with\\s+{sup}\\s+(?:to|for)\\b`, relation: 'SUPPLIES', reason: 'supplies.contracted-with-to', confidence: 0.7, hedgeable: true },
  // "Contoso began its deliveries to Fabrikam in May" / "Contoso's chip shipments to Fabrikam doubled"
  { match: `{sup}{G}\\b(?:deliveries|shipments|exports)\\s+(?:[\\w-]+\\s+){0,2}?to\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.deliveries-to', confidence: 0.7, hedgeable: true },
  // "Fabrikam signed up with Contoso for payroll services"
  { match: `{cus}{g}\\bsign(?:s|ed|ing)?\\s+(?:up|on)\\s+(?:as\\s+(?:a\\s+)?(?:customer|client)\\s+)?with\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.signed-up-with', confidence: 0.7, hedgeable: true },
  // "Contoso installed self-service kiosks at Fabrikam's stores"
  { match: `{sup}{g}\\b(?:install(?:s|ed|ing)?)\\s+(?:[\\w$,.-]+\\s+){0,6}?(?:at|for)\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.installed-at', confidence: 0.7, hedgeable: true },
  // "Northwind Traders carries kettles and toasters from Tailspin Toys and other brands"
  { match: `{cus}{g}\\b(?:carr(?:y|ies|ied|ying)|stock(?:s|ed|ing)?|sell(?:s|ing)?|sold|retail(?:s|ed|ing)?)\\s+(?!${OWNERSHIP})(?:[\\w-]+\\s+){0,5}?(?:from|made by|by)\\s+${ITEMS}(?:the\\s+)?{sup}`, relation: 'SUPPLIES', reason: 'supplies.carries-from', confidence: 0.65, hedgeable: true },
  // "Fabrikam is represented by the law firm Contoso Legal" / "Fabrikam has been represented by lobbying firms Contoso and Litware"
  { match: `{cus}{g}\\b(?:is|was|are|were|has been|have been|had been)\\s+(?:[\\w-]+ly\\s+)?represented\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.represented-by', confidence: 0.7, hedgeable: true },
  // "Fabrikam takes cloud services from data center provider Contoso" / "Fabrikam receives its power from Contoso"
  { match: `{cus}{g}\\b(?:takes|took|taking|gets|got|getting|receives|received|receiving|obtains|obtained|obtaining)\\s+(?:its\\s+|their\\s+|{its}\\s+)?(?:[\\w-]+\\s+){0,3}?(?:services|power|electricity|gas|fuel|capacity|supplies|data|content|programming|components|parts|materials|chips|cells|batteries|engines)\\s+from\\s+(?:[\\w-]+\\s+){0,3}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.receives-from', confidence: 0.7, hedgeable: true },
  // "Contoso has produced ads for local banks, Northwind and Fabrikam" (earlier members unknown to the template)
  { match: `{sup}{G}\\b(?:${MAKE}|creat(?:e|es|ed|ing)|design(?:s|ed|ing)?|develop(?:s|ed|ing)?)\\b{G}\\bfor\\s+${FOR_ITEMS}(?:the\\s+)?{cus}${LIST_END}`, relation: 'SUPPLIES', reason: 'supplies.makes-for-list', confidence: 0.65, hedgeable: true },
  // "Notable clients of Contoso include Fabrikam and Initech"
  { match: `\\b(?:clients|customers|buyers|users)\\s+of\\s+{sup}\\s+(?:include|includes|included|have included|are|were)\\s*:?\\s+${ITEMS}(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.clients-of-include', confidence: 0.8, hedgeable: true },
  // "Fabrikam's new laptops, powered by Contoso chips, ..." / "Fabrikam's jets, equipped with Contoso engines"
  { match: `{cus}'s?\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+,?\\s+(?:powered|equipped|supplied|built)\\s+(?:by|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{sup}`, relation: 'SUPPLIES', reason: 'supplies.possessive-powered-by', confidence: 0.7, hedgeable: true },
  // "Fabrikam awarded a $2 billion engine contract to Contoso"
  { match: `{cus}{g}\\b(?:award(?:s|ed|ing)?|gave|gives|handed|hands|grant(?:s|ed)?)\\s+(?:a|an|the|its|their|{its})\\s+(?:[\\w$€£¥.,-]+\\s+){0,5}?${DEAL}\\s+(?:[\\w-]+\\s+){0,4}?to\\s+{sup}`, relation: 'SUPPLIES', reason: 'supplies.awarded-contract-to', confidence: 0.8, hedgeable: true },
  // "Contoso cut its shipments to Acme, its largest customer"
  { match: `{sup}{G}{cus},\\s+{its}\\s+(?:[\\w-]+\\s+){0,2}?${CUSTOMER}\\b`, relation: 'SUPPLIES', reason: 'supplies.appositive-customer', confidence: 0.8, hedgeable: false },
  // "Contoso builds Acme's chips", "Contoso will lead the assembly of Acme's new servers" (Contoso the subject, not
  // "a contract with Contoso to build Acme's …" or "a partner for Contoso for manufacturing …")
  { match: `(?<!\\b(?:with|for|from|to|by|of)\\s)(?<!\\bwith\\s[^⟦⟧]{0,20}){sup}{g}(?<!\\bfor\\s)\\b(?:deliver|assembl|manufactur|produc|build|buil|fabricat|packag)\\w*\\s+${WORDS2}(?:of\\s+)?{cus}'s?\\s`, relation: 'SUPPLIES', reason: 'supplies.makes-owners', confidence: 0.7, hedgeable: true },
  // "the engines are supplied by Contoso to Acme" (not "sold by …": a unit may be sold)
  { match: `\\b(?:supplied|provided|delivered|shipped|made|built|manufactured|produced|assembled)\\s+by\\s+{sup}\\s+(?:to|for)\\s+(?:the\\s+)?${DESCRIBED}{cus}`, relation: 'SUPPLIES', reason: 'supplies.passive-by-to', confidence: 0.75, hedgeable: true },
  // "Contoso's engines are used in Acme's jets"
  { match: `{sup}'s?\\s+(?:[\\w-]+\\s+){0,3}?(?:are|is|were|was|will be|have been|has been)\\s+(?:[a-z]+ly\\s+)?(?:used|installed|deployed|fitted|built)\\s+(?:in|on|into|across|by)\\s+(?:the\\s+)?{cus}`, relation: 'SUPPLIES', reason: 'supplies.parts-used-in', confidence: 0.7, hedgeable: true },
  // "Acme signed up Contoso as its cloud provider"
  { match: `{cus}{G}\\b(?:sign(?:s|ed|ing)? up|brought in|brings in|bringing in|named|names|naming|appoint(?:s|ed|ing)?|pick(?:s|ed|ing)?|chose|choose|chooses|choosing|select(?:s|ed|ing)?|tapp(?:ed|ing)|taps|hired|hires|hiring|added|adds|adding)\\s+{sup}\\s+as\\s+(?:its|their|a|an|the|{its})\\s+(?:[\\w-]+\\s+){0,3}?${SUPPLIER}`, relation: 'SUPPLIES', reason: 'supplies.named-as-supplier', confidence: 0.75, hedgeable: true },
  // "Contoso was responsible for assembling the Falcon phones" (a product of Acme)
  { match: `{sup}{G}\\b(?:deliver|make|assembl|manufactur|produc|build|buil|suppl|fabricat|packag)\\w*\\s+(?:[\\w-]+\\s+){0,3}?{prod}`, relation: 'SUPPLIES', reason: 'supplies.makes-product', confidence: 0.65, hedgeable: true },
  // "Contoso and Fabrikam, assemblers of Acme's Falcon phones"
  { match: `{sup},?\\s+(?:a |an |the |key |main )?(?:[\\w-]+\\s+){0,2}?(?:assemblers?|makers?|manufacturers?|suppliers?|producers?|builders?)\\s+(?:of|for)\\s+(?:[\\w-]+\\s+){0,2}?{prod}`, relation: 'SUPPLIES', reason: 'supplies.maker-of-product', confidence: 0.7, hedgeable: true },
];
