// COMPETES_WITH rules (undirected): {a} and {b}, or all members of one {pair} list.
import type { RelationRule } from './types.js';

const RIVAL = '(?:rivals?|competitors?|challengers?|competition|contenders?|peers?)';
// Earlier members of a list that are not slots (unknown names): "rivals such as Northwind, Wingtip and Contoso".
const ITEMS = '(?:(?:the\\s+)?[^,;⟦⟧]{1,40}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){0,8}?';
// After "competes with", a list member does not start with an article: "compete with the retailer, including Contoso" names one rival.
const BARE_ITEMS = '(?:(?!(?:the|a|an|its|their)\\s)[^,;⟦⟧]{1,40}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){0,8}?';
const SUCH_AS = `(?:(?:such as|including|like|the likes of|namely|notably|especially)\\s*:?\\s+${ITEMS})?`;

export const COMPETES_RULES: RelationRule[] = [
  // "Acme competes with Contoso" / "Acme is racing against Contoso" / "Acme rivals Contoso" (not "competes for Contoso's business")
  { match: `{a}{G}\\b(?:compet(?:e|es|ed|ing)|vie|vies|vying|vied|battl(?:e|es|ed|ing)|rac(?:e|es|ed|ing)|fight(?:s|ing)?|fought|go(?:es)? head-to-head|square[sd]? off|tak(?:e|es|ing) on|took on)\\s+(?:(?:directly |primarily |mainly |mostly |chiefly |head-on )?(?:with|against) (?:the likes of\\s+)?${BARE_ITEMS}|for [\\w\\s-]{1,30}? (?:with|against) )?(?:(?!for\\b)[\\w-]+\\s+){0,2}?(?:(?:[\\w-]+\\s+){0,2}?(?:including|such as|like)\\s+${ITEMS})?(?:the\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.competes-with', confidence: 0.8, hedgeable: true },
  // "Acme rivals Contoso in the server market"
  { match: `{a}{g}\\b(?:rivals|rivalled|rivaled|challenges|challenged|outsold|outsells|undercuts|undercut)\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.rivals-verb', confidence: 0.7, hedgeable: true },
  // "Acme's main competitors are Contoso and Fabrikam" / "Acme competitors include Contoso"
  { match: `{a}(?:'s?)?\\s+(?:[\\w-]+\\s+){0,2}?(?:rivals|competitors|competition|competitor|rival)\\s+(?:include|includes|included|have included|are|were|is|was|comes from|came from|come from|consists of)\\s*:?\\s+${ITEMS}(?:the\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.rivals-include', confidence: 0.85 },
  // "Contoso, Acme's closest rival, ..."
  { match: `{b},\\s+{a}'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:rival|competitor|challenger)\\b`, relation: 'COMPETES_WITH', reason: 'competes.appositive-rival', confidence: 0.85 },
  // "Acme is losing market share to Contoso" / "Acme trails Contoso in smartphones"
  { match: `{a}{g}\\b(?:(?:los(?:e|es|ing)|lost|ced(?:e|es|ed|ing))\\s+(?:[\\w-]+\\s+)?(?:share|ground)\\s+to|(?:gain(?:s|ed|ing)?)\\s+ground\\s+on|trail(?:s|ed|ing)?|lag(?:s|ged|ging)? behind|outpac(?:e|es|ed|ing)|outsold|outsell(?:s|ing)?)\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.share-to', confidence: 0.7 },
  // "Contoso could one day rival Acme" (hedged by "could")
  { match: `{a}{g}\\b(?:could|may|might|will|would|can)\\s+(?:[\\w-]+\\s+){0,2}?(?:rival|challenge|overtake|dethrone)\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.modal-rival', confidence: 0.6, hedgeable: true },
  // "Acme's rival Contoso" / "Acme's larger competitors, such as Contoso"
  { match: `{a}(?:'s?)?\\s+(?:[\\w-]+\\s+){0,2}?${RIVAL},?\\s+${SUCH_AS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.possessive-rival', confidence: 0.85 },
  // "Acme has stopped buying from its competitor Contoso" (an "its" coreference left unresolved)
  { match: `{a}{G}\\b(?:its|their)\\b\\s+(?:[\\w-]+\\s+){0,2}?${RIVAL},?\\s+${SUCH_AS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.its-rival', confidence: 0.75 },
  // "Acme and rivals such as Contoso" / "Acme, along with competitors Contoso and Fabrikam"
  { match: `{a}{g}\\b(?:and|or|than|over|along with|alongside)\\s+(?:{its}\\s+)?(?:[\\w-]+\\s+){0,2}?${RIVAL},?\\s+${SUCH_AS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.and-rivals', confidence: 0.8 },
  // "Contoso, a rival to Acme" / "Contoso is an alternative to Acme" / "One of Acme's competitors, Contoso"
  { match: `{b}{g}\\b(?:a|an|the|as|main|chief|key|biggest|closest)\\s+(?:[\\w-]+\\s+){0,2}?(?:rival|competitor|challenger|alternative|contender|answer)s?\\s+(?:to|of|for)\\s+(?:[\\w-]+\\s+){0,6}?{a}`, relation: 'COMPETES_WITH', reason: 'competes.rival-to', confidence: 0.8, hedgeable: true },
  // "one of Acme's competitors, Contoso"
  { match: `\\bone of {a}'s?\\s+(?:[\\w-]+\\s+){0,2}?${RIVAL},?\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.one-of-rivals', confidence: 0.85 },
  // "Acme is lagging while rivals like Contoso, Fabrikam and Tailspin gain"
  { match: `{a}{G}\\b(?:rivals|competitors|challengers|contenders|(?:rival|competing)\\s+[\\w-]+s)\\s+${SUCH_AS}(?:the\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.rivals-list', confidence: 0.65 },
  // "Acme faces stiff competition from Contoso"
  { match: `{a}{G}\\b(?:fac(?:e|es|ed|ing)|see(?:s|ing)?|meet(?:s|ing)?|met)\\s+(?:[\\w-]+\\s+){0,2}?(?:competition|rivalry|pressure|challenges?)\\s+(?:[\\w\\s,-]{0,30}?)\\bfrom\\s+(?:[\\w-]+\\s+){0,3}?{b}`, relation: 'COMPETES_WITH', reason: 'competes.competition-from', confidence: 0.8, hedgeable: true },
  // "Acme faces competition not only from Contoso but also from rivals like Fabrikam"
  { match: `{a}{G}\\bcompetition\\b[^.;]{0,120}?\\balso from\\s+(?:[\\w-]+\\s+){0,3}?(?:like\\s+|such as\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.competition-also-from', confidence: 0.75, hedgeable: true },
  // "Acme beat European rival Contoso" / "beating out its longtime rival Contoso"
  { match: `^[^⟦⟧]{0,60}?{a}[^.;]{0,200}?\\b(?:beat|beats|beating|beating out|beat out|edged out|edging out|outbid|outbidding|defeated|defeating|displaced|displacing|ousted|ousting|replac(?:e|es|ed|ing))\\s+(?:{its}\\s+)?(?:[\\w-]+\\s+){0,2}?${RIVAL}\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.beat-rival', confidence: 0.8 },
  // "Acme beat Contoso to win the order" / "Acme edged out Contoso for the contract"
  { match: `{a}{g}\\b(?:beat|beats|beating|beat out|beating out|edged out|edging out|outbid|outbidding)\\s+{b}\\s+(?:to\\s+(?:win|land|secure|clinch)|for\\s+(?:the|a|an)\\s)`, relation: 'COMPETES_WITH', reason: 'competes.beat-to-win', confidence: 0.8 },
  // "Acme and Contoso compete in ..." / "Acme and Contoso are fierce rivals"
  { match: `{pair}\\s+(?:[\\w-]+\\s+){0,2}?(?:compete|competed|competing|vie|vied|vying|battle|battled|battling|race|raced|racing|are racing|are (?:[\\w-]+\\s+){0,2}?(?:rivals|competitors))\\b`, relation: 'COMPETES_WITH', reason: 'competes.pair-compete', confidence: 0.8, hedgeable: true },
  // "Acme and Contoso are locked in a price war"
  { match: `{pair}\\s+(?:are|were|have been|remain)\\s+(?:[\\w-]+\\s+){0,4}?(?:price war|battle|rivalry|race|competition|fight|feud)\\b`, relation: 'COMPETES_WITH', reason: 'competes.pair-locked-in', confidence: 0.8, hedgeable: true },
  // "competition between Acme and Contoso" / "a price war among Acme, Contoso and Fabrikam"
  { match: `\\b(?:competition|rivalry|price war|battle|race|fight|contest)\\s+(?:[\\w-]+\\s+){0,6}?(?:between|among)\\s+{pair}`, relation: 'COMPETES_WITH', reason: 'competes.competition-between', confidence: 0.8, hedgeable: true },
  // "Contoso is the second-largest grocer in Ohio, behind Fabrikam"
  { match: `{a}{G}\\b(?:second|third|fourth|fifth|no\\.\\s*[2-5]|number (?:two|three|four))[\\s-](?:[\\w-]+,?\\s+){0,10}?(?:behind|after|trailing)\\s+(?:only\\s+)?(?:the\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.ranked-behind', confidence: 0.7, hedgeable: true },
  // "Contoso and Fabrikam are the two largest makers of forklifts"
  { match: `{pair},?\\s+(?:are|were|remain|became|have become)\\s+(?:the\\s+|among the\\s+)?(?:two|three|four|five|biggest|largest|leading|dominant|main|major|top)\\s+(?:[\\w-]+\\s+){0,4}?(?:companies|firms|makers|manufacturers|producers|suppliers|providers|players|rivals|competitors|operators|retailers|chains|carriers|airlines|banks|brands|vendors|sellers|developers)\\b`, relation: 'COMPETES_WITH', reason: 'competes.pair-largest', confidence: 0.7, hedgeable: true },
  // "the top three vendors last year were Contoso, Fabrikam and Northwind" (not "its main rivals are …": rivals of the owner)
  { match: `(?<!(?:'s|\\bits|\\btheir|\\bhis|\\bher)\\s+)\\b(?:two|three|four|five|biggest|largest|leading|dominant|main|major|top)\\s+(?:[\\w-]+\\s+){0,3}?(?:companies|firms|makers|manufacturers|producers|suppliers|providers|players|operators|retailers|chains|carriers|airlines|banks|brands|vendors|sellers|developers)\\s+(?:[\\w-]+\\s+){0,5}?(?:are|were|include|included)\\s*:?\\s+{pair}`, relation: 'COMPETES_WITH', reason: 'competes.largest-are-pair', confidence: 0.7, hedgeable: true },
  // "Contoso is one of the three biggest brewers in Ohio, along with Fabrikam and Northwind"
  { match: `{a}{G}\\bone of (?:(?:the|its|their)\\s+)?(?:[\\w-]+'s?\\s+)?(?:[\\w-]+\\s+)?(?:two|three|four|five|six|big|biggest|largest|leading|major|top|main|dominant)\\b[^⟦⟧.;]{0,80}?,?\\s+(?:along with|alongside|together with|besides)\\s+(?:the\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.one-of-the-largest', confidence: 0.7, hedgeable: true },
  // "Contoso's main competitor is Fabrikam" / "Contoso, whose closest rival is Fabrikam"
  { match: `{a}{G}(?:{its}|\\bwhose)\\s+(?:[\\w-]+\\s+){0,2}?(?:rivals?|competitors?|competition)\\s+(?:include|includes|included|are|were|is|was|comes from|came from)\\s*:?\\s+${ITEMS}(?:the\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.its-rivals-are', confidence: 0.75, hedgeable: true },
  // "The main competitors of Contoso include Fabrikam and Northwind"
  { match: `\\b(?:rivals|competitors|competition|challengers)\\s+(?:of|to|for)\\s+{a}\\s+(?:include|includes|included|have included|are|were|was|is)\\s*:?\\s+${ITEMS}(?:the\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.rivals-of-include', confidence: 0.8, hedgeable: true },
  // "Contoso grew quickly, becoming a serious competitor to Fabrikam"
  { match: `{b}{G}\\b(?:becoming|became|become|emerged as|grew into|growing into|positioned as|positioning itself as)\\s+(?:over time\\s+)?(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:rival|competitor|challenger|alternative)\\s+(?:to|of|for)\\s+(?:the\\s+)?{a}`, relation: 'COMPETES_WITH', reason: 'competes.became-rival', confidence: 0.75, hedgeable: true },
  // "Initech lost market share to Globex"
  { match: `{a}{g}\\b(?:lost|loses|losing|ceded|cedes|ceding)\\s+(?:[\\w$,.%-]+\\s+){0,3}?(?:market\\s+)?(?:share|ground)\\s+to\\s+(?:rivals?\\s+|competitors?\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.lost-share-to', confidence: 0.7 },
  // "Acme is going head to head with Contoso" / "Acme has been gaining ground on Contoso"
  { match: `{a}{G}\\b(?:head[- ]to[- ]head|neck and neck|toe[- ]to[- ]toe|gain(?:s|ed|ing)? ground on|clos(?:e|es|ed|ing) (?:the gap|in) on|pull(?:s|ed|ing)? ahead of|eat(?:s|ing)? into|ate into|nipping at)\\s+(?:with\\s+|against\\s+)?(?:rivals?\\s+|competitors?\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.head-to-head', confidence: 0.7, hedgeable: true },
  // "the market is led by Acme, followed by Contoso and Fabrikam"
  { match: `\\b(?:led|dominated|topped|headed)\\s+by\\s+{a},?\\s+(?:followed by|ahead of|trailed by)\\s+${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.led-followed-by', confidence: 0.7, hedgeable: true },
  // "Acme is the market leader, ahead of Contoso and Fabrikam"
  { match: `{a}{G}\\b(?:leader|leads|leading|largest|biggest|top|no\\.\\s*1|number one)\\b{G}\\bahead of\\s+(?:rivals?\\s+|competitors?\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.leader-ahead-of', confidence: 0.7, hedgeable: true },
  // "Acme hopes to win customers from Contoso" / "take business away from Contoso"
  { match: `{a}{G}\\b(?:win|wins|won|winning|steal|steals|stole|stealing|lure|lures|lured|luring|poach|poaches|poached|poaching|take|takes|took|taking|grab|grabs|grabbed|grabbing)\\s+(?:[\\w-]+\\s+){0,2}?(?:customers|clients|users|subscribers|shoppers|share|business away)\\s+(?:away\\s+)?from\\s+(?:rivals?\\s+|competitors?\\s+)?${ITEMS}{b}`, relation: 'COMPETES_WITH', reason: 'competes.win-customers-from', confidence: 0.7, hedgeable: true },
  // "Initech lost several payroll contracts to Globex"
  { match: `{a}{g}\\b(?:lost|loses|losing)\\s+(?:[\\w$,.-]+\\s+){0,4}?(?:contracts?|tenders?|bids?|deals?|customers|clients|accounts|orders|business)\\s+to\\s+(?:rival\\s+|competitor\\s+)?{b}`, relation: 'COMPETES_WITH', reason: 'competes.lost-business-to', confidence: 0.7 },
  // "Contoso entered a market dominated by Fabrikam" / "to compete in a field long led by Fabrikam and Litware"
  { match: `{a}{G}\\b(?:in|into|enter(?:s|ed|ing)?)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:market|field|industry|sector|space|segment|business)\\s+(?:that is\\s+|then\\s+|long\\s+|currently\\s+|still\\s+|largely\\s+|heavily\\s+)?(?:dominated|led|controlled|ruled)\\s+by\\s+(?:[\\w'’-]+\\s+){0,4}?{b}`, relation: 'COMPETES_WITH', reason: 'competes.market-dominated-by', confidence: 0.7, hedgeable: true },
  // "She left Contoso for rival Fabrikam" / "engineers moved from Contoso to its competitor Fabrikam"
  { match: `\\b(?:from|left|leaving|leaves|quit|quits|quitting)\\s+{a}\\s+(?:for|to|and joined)\\s+(?:the\\s+|a\\s+|{its}\\s+)?(?:[\\w-]+\\s+){0,2}?${RIVAL}\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.left-for-rival', confidence: 0.75 },
  // "Globex and Litware dominate the cloud storage market"
  { match: `{pair},?\\s+(?:[\\w-]+\\s+)?(?:dominate|dominated|dominating|lead|led|control|controlled|share|shared|split)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:market|industry|sector|segment|space)\\b`, relation: 'COMPETES_WITH', reason: 'competes.pair-dominate', confidence: 0.7, hedgeable: true },
  // "Acme vs. Contoso"
  { match: `{a}\\s+(?:vs\\.?|versus)\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.versus', confidence: 0.7 },
  // "Acme gained a lead over Contoso" / "Acme is taking market share from Contoso"
  { match: `^[^⟦⟧]{0,60}?{a}[^.;]{0,200}?\\b(?:lead over|share from|share gap with|gap with|catch up (?:with|to)|edge over|ahead of rival|behind rival|overtook|overtake|overtaken|surpass(?:ed|es)?|dethron(?:e|ed))\\s+{b}`, relation: 'COMPETES_WITH', reason: 'competes.market-share', confidence: 0.65, hedgeable: true },
];
