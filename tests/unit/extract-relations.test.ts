import { describe, expect, it } from 'vitest';
import { article, testGazetteer } from './extract-fixture.js';
import { buildGazetteer, createExtractor } from '../../src/extract/index.js';
import { runPipeline } from '../../src/extract/pipeline.js';
import { requiredParts, RULES } from '../../src/extract/relations.js';
import { CLASSES, loadDefaultModel, modelFromFile } from '../../src/extract/model.js';

type Rel = [type: string, source: string, target: string];

/** What the fitted model asserts as holding: the extractor's output, hedged and ended claims left out. */
const asserted = (text: string): Rel[] =>
  article(text)
    .relations.filter((r) => r.type !== 'OFFERS' && !r.hedged && r.status !== 'ended')
    .map((r): Rel => [r.type, r.source, r.target]);

type Stated = [type: string, source: string, target: string, status: string];

/** Every claim that is not hedged, with how it stands: current, ending or ended. */
const stated = (text: string): Stated[] =>
  article(text)
    .relations.filter((r) => r.type !== 'OFFERS' && !r.hedged)
    .map((r): Stated => [r.type, r.source, r.target, r.status ?? 'current'])
    .sort((x, y) => x.join().localeCompare(y.join()));

/** What the hand-written rules read, unhedged: they are features of the model ("rules:SUPPLIES:fwd"). */
function ruleReadings(text: string): Rel[] {
  const out: Rel[] = [];
  runPipeline({ id: 't', text }, testGazetteer, {
    observe: ({ a, b, features }) => {
      for (const f of features) {
        const m = /^rules:(SUPPLIES|COMPETES_WITH):(fwd|rev|sym)$/.exec(f);
        if (m) out.push(m[2] === 'rev' ? [m[1], b, a] : [m[1], a, b]);
      }
    },
  });
  return [...new Map(out.map((r) => [undirected([r])[0], r])).values()];
}

const undirected = (rels: Rel[]): string[] =>
  rels.map(([t, a, b]) => (t === 'COMPETES_WITH' ? `${t}:${[a, b].sort().join('|')}` : `${t}:${a}>${b}`)).sort();

// [sentence, what the rules read]; every expected reading must be found, and nothing else.
const RULE_READINGS: Array<[string, Rel[]]> = [
  // Ended relations are still read; their status is read apart (status.ts).
  ['Fabrikam is no longer a customer of Contoso.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam stopped buying electronic parts from Contoso last year.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso lost Fabrikam as a customer last year.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ["Initech's former customers include Globex.", [['SUPPLIES', 'Initech', 'Globex']]],
  ['Contoso halted all shipments to Fabrikam in May.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam buys its engine controllers from Contoso.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  // The loser of a contest for an order is a rival, not the supplier.
  ['Globex beat Litware to win the order from Fabrikam.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Globex edged out Litware for the Fabrikam contract.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ["Globex and Initech will lead the assembly of Fabrikam's new phones.", [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Initech', 'Fabrikam']]],
  ["Globex produces Fabrikam's engine controllers.", [['SUPPLIES', 'Globex', 'Fabrikam']]],
  // Those who compete for a company's business compete with each other, not with it.
  ["Globex, Initech and Litware compete for Fabrikam's business.", [['COMPETES_WITH', 'Globex', 'Initech'], ['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Initech', 'Litware']]],
  ['Globex has signed sales deals with Fabrikam and Initech for 2 million tonnes a year.', [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech']]],
  ['Contoso, a key supplier to Fabrikam, reported higher sales.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Initech signed a $5 billion cloud contract with Globex.', [['SUPPLIES', 'Globex', 'Initech']]],
  ["Fabrikam's spending with Globex doubled last year.", [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Contoso counts Fabrikam as its largest customer.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso will supply sensors to Fabrikam from next year.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Wingtip Air ordered 40 jets from Fabrikam on Monday.', [['SUPPLIES', 'Fabrikam', 'Wingtip Air']]],
  ['Initech tapped Globex to build its new data centres.', [['SUPPLIES', 'Globex', 'Initech']]],
  ["Initech uses Globex's servers for its payroll software.", [['SUPPLIES', 'Globex', 'Initech']]],
  ['Globex won a $2 billion contract from Initech.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Processors made by Contoso for Fabrikam are in short supply.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso supplies Fabrikam, Initech and Tailspin Toys.', [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech'], ['SUPPLIES', 'Contoso', 'Tailspin Toys']]],
  // Selling or licensing its own goods, outsourcing to, parts used in, a supplier named as one.
  ['Globex sells its modems to Fabrikam.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Globex licenses its software to Fabrikam.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Fabrikam outsources its manufacturing to Globex.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['The engines are supplied by Globex to Fabrikam.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['The seats were built by Globex for carmaker Fabrikam.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ["Globex's engines are used in Fabrikam's jets.", [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Fabrikam signed up Globex as its cloud provider.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  // The company that announces an order sells; the market leader competes with those behind it.
  ['Globex said on Monday that Fabrikam had ordered 20 turbines.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Globex is the market leader, ahead of Fabrikam and Initech.', [['COMPETES_WITH', 'Globex', 'Fabrikam'], ['COMPETES_WITH', 'Globex', 'Initech']]],
  ["Globex's customers, which include Fabrikam and Initech, stayed loyal.", [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech']]],
  ["Fabrikam, Globex's largest customer, cut its orders.", [['SUPPLIES', 'Globex', 'Fabrikam']]],
  // A company's country before it ("China's Fabrikam") says where it is, not who it is.
  ["Globex sells chips to Japan's Fabrikam and South Korea's Initech.", [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech']]],
  // Whose customers or rivals a sentence lists is the previous sentence's subject, however the list is named.
  ['Globex makes circuit boards. Customers include Fabrikam and Initech.', [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech']]],
  ['Globex makes circuit boards. The client roster includes Fabrikam, Initech and Litware.', [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech'], ['SUPPLIES', 'Globex', 'Litware']]],
  ['Globex makes circuit boards. Its customer list includes Fabrikam and Initech.', [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Globex', 'Initech']]],
  ['Globex makes circuit boards. Rivals include Fabrikam and Initech.', [['COMPETES_WITH', 'Globex', 'Fabrikam'], ['COMPETES_WITH', 'Globex', 'Initech']]],
  // A parent named in an appositive or before "unit" is not the one that signs or supplies.
  ['Globex Co., the cloud arm of Fabrikam, said it will supply Initech.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Fabrikam unit Contoso makes chips. The company supplies Initech.', [['SUPPLIES', 'Contoso', 'Initech']]],
  ['Northwind Traders is a major customer of Tailspin Toys.', [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ["Tailspin Toys is Northwind Traders' biggest supplier.", [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ['Globex said Initech now runs on Nimbus Cloud.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Litware competes with Globex in the market for cloud storage.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ["Globex's rival Litware cut prices again.", [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Litware is a cheaper alternative to Globex for small firms.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ['Litware and Globex compete for the same enterprise customers.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ['Initech lags behind rivals such as Globex and Litware.', [['COMPETES_WITH', 'Initech', 'Globex'], ['COMPETES_WITH', 'Initech', 'Litware']]],
  ['Fierce competition between Contoso and Initech has squeezed margins.', [['COMPETES_WITH', 'Contoso', 'Initech']]],
  ['Fabrikam awarded Contoso a $1 billion contract for engine parts.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam, a longtime Contoso customer, raised its forecast.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso gets about a fifth of its revenue from Fabrikam.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ["Fabrikam accounts for 20% of Contoso's sales.", [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam is among Contoso\'s biggest customers.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam has contracted Globex to run its data centres.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ["Litware, Globex's closest rival, cut prices.", [['COMPETES_WITH', 'Litware', 'Globex']]],
  ['Initech is losing market share to Litware.', [['COMPETES_WITH', 'Initech', 'Litware']]],
  ['Fabrikam rolled out Contoso-made sensors across its fleet.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Initech lost ground to Litware in the database market.', [['COMPETES_WITH', 'Initech', 'Litware']]],
  ['Fabrikam has struck a deal with Contoso to secure battery cells through 2030.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Globex and Litware are locked in a fierce price war.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Contoso is also a major supplier of memory chips to Fabrikam.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Umbrella makes vaccines in Ohio, and partners with Contoso and Initech for packaging services.', [['SUPPLIES', 'Contoso', 'Umbrella'], ['SUPPLIES', 'Initech', 'Umbrella']]],
  ['Umbrella signed a Manufacturing Services and Supply Agreement with Tailspin Toys.', [['SUPPLIES', 'Tailspin Toys', 'Umbrella']]],
  ['Globex grew fast. Litware, according to Daily Wire Service, grew too, and the two companies are racing against each other.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Globex served as financial adviser to Initech in the transaction.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Initech competes with established firms including Globex and Litware.', [['COMPETES_WITH', 'Initech', 'Globex'], ['COMPETES_WITH', 'Initech', 'Litware']]],
  ["Quorvex's larger clients include Fabrikam and Initech.", [['SUPPLIES', 'Quorvex', 'Fabrikam'], ['SUPPLIES', 'Quorvex', 'Initech']]],
  ['Initech wants to reduce its reliance on Globex for hosting.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Fabrikam will use sensors made by Contoso in its new cars.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Northwind Traders placed an order for 20 Wingtip Air Skyliner 900 jets.', [['SUPPLIES', 'Wingtip Air', 'Northwind Traders']]],
  ['Initech pays Globex and Litware for the rights to their data.', [['SUPPLIES', 'Globex', 'Initech'], ['SUPPLIES', 'Litware', 'Initech']]],
  ['Tailspin Toys, the main assembler of Fabrikam\'s dashboards, hired staff.', [['SUPPLIES', 'Tailspin Toys', 'Fabrikam']]],
  ['Acme Robotics Inc. said it will buy actuators from Contoso.', [['SUPPLIES', 'Contoso', 'Acme Robotics Inc.']]],
  ['Contoso, the chipmaker, sells modems to Fabrikam. The chipmaker also supplies Initech.', [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech']]],
  // List members the template could not join, and the widened client and rival rules.
  ["Contoso's clients include Quillberry Farms, Fabrikam and Initech.", [['SUPPLIES', 'Contoso', 'Quillberry Farms'], ['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech']]],
  ['Globex has customers including Initech of Europe, Northwind Traders and others.', [['SUPPLIES', 'Globex', 'Initech'], ['SUPPLIES', 'Globex', 'Northwind Traders']]],
  ['Litware sells scheduling software to retailers such as Northwind Traders and Tailspin Toys.', [['SUPPLIES', 'Litware', 'Northwind Traders'], ['SUPPLIES', 'Litware', 'Tailspin Toys']]],
  ['Initech competes primarily with Globex in payroll software.', [['COMPETES_WITH', 'Initech', 'Globex']]],
  ['Initech competed with the likes of Globex and Litware.', [['COMPETES_WITH', 'Initech', 'Globex'], ['COMPETES_WITH', 'Initech', 'Litware']]],
  ["Initech's main competitors are Globex and Litware.", [['COMPETES_WITH', 'Initech', 'Globex'], ['COMPETES_WITH', 'Initech', 'Litware']]],
  ['Globex lost money last year, and its closest rival is Litware.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['The main competitors of Globex include Litware and Initech.', [['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Globex', 'Initech']]],
  ['Litware expanded abroad in 2015, becoming a serious competitor to Globex.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ['Northwind Traders is the second-largest grocer in the region, behind Tailspin Toys.', [['COMPETES_WITH', 'Northwind Traders', 'Tailspin Toys']]],
  ['Globex and Litware are the two largest cloud providers in Brazil.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Globex lost market share to Litware last year.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['The top three vendors in Brazil last year were Globex, Litware and Initech.', [['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Globex', 'Initech'], ['COMPETES_WITH', 'Litware', 'Initech']]],
  ['Contoso, a mid-sized seat supplier, partnering with Fabrikam and Initech, hired staff.', [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech']]],
  ['Contoso has landed lessors Fabrikam and Initech as US-based customers.', [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech']]],
  ['Globex is going head to head with Litware in Brazil.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Globex has been gaining ground on Litware and Initech.', [['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Globex', 'Initech']]],
  ['The market is led by Globex, followed by Litware and Initech.', [['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Globex', 'Initech']]],
  ['Globex hopes to win customers from Litware.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['The new chip helped Globex take business away from Litware.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Wingtip Air is one of the three biggest carriers in the country, along with Fabrikam.', [['COMPETES_WITH', 'Wingtip Air', 'Fabrikam']]],
  ["Tailspin Toys' kettles are sold at retailers such as Northwind Traders.", [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ['Northwind Traders stocks Tailspin Toys products in all its stores.', [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ['Globex created a television campaign for Wingtip Air.', [['SUPPLIES', 'Globex', 'Wingtip Air']]],
  // Buying goods from a seller in a deal is supply; buying the seller, or a part of it, is not (NOTHING below).
  ['Initech signed a deal to buy iron ore from Litware.', [['SUPPLIES', 'Litware', 'Initech']]],
  // A plain name owning a company is its owner, a person: the company is the customer.
  ["Contoso and Litware will provide the servers for Harlow Quill's Globex supercomputer.", [['SUPPLIES', 'Contoso', 'Globex'], ['SUPPLIES', 'Litware', 'Globex']]],
  ['Initech signed Northwind Traders as its first client.', []],
  ['Initech signed its first client, Northwind Traders, in 2004.', [['SUPPLIES', 'Initech', 'Northwind Traders']]],
  ["Initech grew fast; its first customer was Northwind Traders.", [['SUPPLIES', 'Initech', 'Northwind Traders']]],
  ['Contoso became the official chip supplier of Wingtip Air.', [['SUPPLIES', 'Contoso', 'Wingtip Air']]],
  ['Globex was awarded a hosting contract by Initech in May.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Litware has done design work for Fabrikam and Initech.', [['SUPPLIES', 'Litware', 'Fabrikam'], ['SUPPLIES', 'Litware', 'Initech']]],
  ['Contoso supplies Fabrikam, and Initech makes its own chips.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ["Quillberry Farms, a jam maker, is a major customer of Contoso. The company's clients include Initech.", [['SUPPLIES', 'Contoso', 'Quillberry Farms'], ['SUPPLIES', 'Quillberry Farms', 'Initech']]],
  ['Contoso began its first deliveries to Wingtip Air in March.', [['SUPPLIES', 'Contoso', 'Wingtip Air']]],
  ['Northwind Traders signed up with Litware for its payroll software.', [['SUPPLIES', 'Litware', 'Northwind Traders']]],
  // A deal "to supply" is served by the subject; a deal "to secure" is bought by it.
  ['Contoso signed a deal with Fabrikam to supply battery cells from 2027.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Fabrikam inked an agreement with Contoso to source lithium.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  // The customer's name as a describing word, and a described customer after "to".
  ['Fabrikam supplier Contoso raised its forecast.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Wingtip Air engine maker Contoso hired staff.', [['SUPPLIES', 'Contoso', 'Wingtip Air']]],
  ['Globex agreed to sell $90 million of imaging gear to hospital operator Initech.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Contoso supplies batteries to U.S. automaker Fabrikam.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Initech lost two large payroll contracts to Globex last year.', [['COMPETES_WITH', 'Initech', 'Globex']]],
  ['Tailspin Toys is one of the region\'s three biggest toy makers, along with Fabrikam.', [['COMPETES_WITH', 'Tailspin Toys', 'Fabrikam']]],
  ['Initech is implementing Globex software across its offices.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Litware was hired by the Ohio-based Wingtip Air to run its booking site.', [['SUPPLIES', 'Litware', 'Wingtip Air']]],
  ['Litware entered a cloud storage market long dominated by Globex.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ['Several engineers left Initech for rival Globex last year.', [['COMPETES_WITH', 'Initech', 'Globex']]],
  ['Wingtip Air became the third-largest airline in the country at the time, behind Fabrikam.', [['COMPETES_WITH', 'Wingtip Air', 'Fabrikam']]],
  ['Litware has served more than 80 leading retail brands including Northwind Traders.', [['SUPPLIES', 'Litware', 'Northwind Traders']]],
  ['Globex writes and produces new shows for several broadcast and cable channels including Fabrikam.', [['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Tailspin Toys started producing parts for most Fabrikam models in 1999.', [['SUPPLIES', 'Tailspin Toys', 'Fabrikam']]],
  ["Litware installed self-service kiosks at Northwind Traders' stores.", [['SUPPLIES', 'Litware', 'Northwind Traders']]],
  ['Northwind Traders carries kettles and toasters from Tailspin Toys and other brands.', [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ['Currently Quillberry Farms has customers including Fabrikam.', [['SUPPLIES', 'Quillberry Farms', 'Fabrikam']]],
  ['In the state legislature, Fabrikam has been represented by lobbying firms Globex and Litware.', [['SUPPLIES', 'Globex', 'Fabrikam'], ['SUPPLIES', 'Litware', 'Fabrikam']]],
  ['Initech takes cloud services from data center provider Globex.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Initech took market share from Globex.', [['COMPETES_WITH', 'Initech', 'Globex']]],
  ['Litware has grown its base of clients to include Fabrikam and Initech.', [['SUPPLIES', 'Litware', 'Fabrikam'], ['SUPPLIES', 'Litware', 'Initech']]],
  ['Globex has produced commercial projects for local banks, Quillberry Farms and Fabrikam.', [['SUPPLIES', 'Globex', 'Quillberry Farms'], ['SUPPLIES', 'Globex', 'Fabrikam']]],
  ['Notable clients of Litware include Fabrikam, Quillberry Farms and Initech.', [['SUPPLIES', 'Litware', 'Fabrikam'], ['SUPPLIES', 'Litware', 'Quillberry Farms'], ['SUPPLIES', 'Litware', 'Initech']]],
  ["Tailspin Toys' wooden train set became available in Northwind Traders stores last year.", [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ["Fabrikam's new laptops, powered by Contoso chips, go on sale in May.", [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Wingtip Air awarded a $2 billion engine contract to Contoso.', [['SUPPLIES', 'Contoso', 'Wingtip Air']]],
  ['Globex won a five-year hosting contract with Initech.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Globex and Litware dominate the cloud storage market in Europe.', [['COMPETES_WITH', 'Globex', 'Litware']]],
  ['Specialising in mobile apps, Litware works with clients including Fabrikam.', [['SUPPLIES', 'Litware', 'Fabrikam']]],
  ['Globex provides Initech with weather data.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Fabrikam contracted with Tailspin Toys to clean its offices.', [['SUPPLIES', 'Tailspin Toys', 'Fabrikam']]],
  // A description right after a name is of that name, not a reference back: the rule reads the noun in it.
  ['The agreement made Initech the sole brake supplier to Fabrikam.', [['SUPPLIES', 'Initech', 'Fabrikam']]],
  // What is supplied may take several words, even a "for" of its own.
  ['Initech is the sole supplier of tail panels for regional aircraft to Fabrikam.', [['SUPPLIES', 'Initech', 'Fabrikam']]],
];

// Sentences the rules must not read as a relation: negated, ended, hypothetical, acquisitions, mere co-mention.
const RULES_READ_NOTHING: string[] = [
  'Fabrikam does not buy chips from Contoso.',
  'Litware could one day rival Globex.',
  'Initech is in talks to buy capacity from Globex.',
  'Initech is considering Globex as a cloud provider.',
  'Contoso was bought by Fabrikam in 2019.',
  'Contoso sold the unit to Fabrikam for $3 billion.',
  'Contoso sold it to Fabrikam for $3 billion.',
  'Contoso said Fabrikam bought a stake in Initech.',
  'The unit was sold by Contoso to Fabrikam in 2019.',
  // What is committed to someone is sold to them: no reading of Fabrikam supplying Contoso.
  'Contoso has committed most of its output to Asian buyers, signing deals with Fabrikam.',
  // Keeping a client's account is serving the client, not buying from it.
  "Contoso has retained Fabrikam's $20m media account for another year.",
  "Initech is a partner for Globex in India for manufacturing Fabrikam's phones.",
  'Fabrikam and Contoso announced a merger.',
  'Contoso and Fabrikam reported earnings on Tuesday.',
  'Shares of Contoso rose while Fabrikam fell.',
  'The agreement gives Fabrikam cheaper shipping compared to Contoso.',
  'Tom Baker, who previously worked at Contoso, joined Fabrikam.',
  'Demand for HBM chips from Contoso buyers rose.',
  'Tailspin Toys is the distributor of Skyliner 900 models.',
  'Globex has provided Initech with a statement on the outage.',
  'Globex did not do any work for Initech.',
  'Initech and Globex are the two companies that announced a merger.',
  'Contoso produced 12 films for theatrical distribution including Fabrikam Nights.',
  'Several engineers left Initech for Globex last year.',
  'Litware has produced 28 films, often known for comedies including Fabrikam Nights.',
  'Contoso makes chips for its own phones, Fabrikam said.',
  'Northwind Traders sold the unit from its Ohio arm to Tailspin Toys.',
  'Tailspin Toys had an exclusive contract with Fabrikam to design its uniforms.',
  'Litware was hired by the owner of Fabrikam as a consultant.',
  'Globex is one of the largest cloud providers in Brazil, with Litware and Initech among its clients.',
  'Contoso has made 20 games, including Battle Force 5 and Fabrikam Racer.',
  'Quillberry built the business and sold the company to Northwind Traders in 1984.',
  'Fabrikam and chip supplier Contoso both reported higher earnings.',
  'Globex sold its stake to private equity firm Initech.',
];

// [sentence, relations the extractor asserts]: plain statements of supply and rivalry, written for these tests.
const RELATIONS: Array<[string, Rel[]]> = [
  // Between rivals, losing share to one is the rivalry, not its end.
  ['Globex lost market share to Fabrikam.', [['COMPETES_WITH', 'Globex', 'Fabrikam']]],
  ['Fabrikam buys its engine controllers from Contoso.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso will supply sensors to Fabrikam from next year.', [['SUPPLIES', 'Contoso', 'Fabrikam']]],
  ['Contoso supplies Fabrikam, Initech and Tailspin Toys.', [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Initech'], ['SUPPLIES', 'Contoso', 'Tailspin Toys']]],
  ['Northwind Traders is a major customer of Tailspin Toys.', [['SUPPLIES', 'Tailspin Toys', 'Northwind Traders']]],
  ["Contoso's customers include Fabrikam and Wingtip Air.", [['SUPPLIES', 'Contoso', 'Fabrikam'], ['SUPPLIES', 'Contoso', 'Wingtip Air']]],
  ['Initech signed a $5 billion cloud contract with Globex.', [['SUPPLIES', 'Globex', 'Initech']]],
  ['Litware competes with Globex in the market for cloud storage.', [['COMPETES_WITH', 'Litware', 'Globex']]],
  ["Globex's rival Litware cut prices again.", [['COMPETES_WITH', 'Globex', 'Litware']]],
  // A list of rivals is every pair of it.
  ['Globex, Litware and Initech are vying for the government contract.', [['COMPETES_WITH', 'Globex', 'Litware'], ['COMPETES_WITH', 'Globex', 'Initech'], ['COMPETES_WITH', 'Litware', 'Initech']]],
  ['Initech lags behind rivals such as Globex and Litware.', [['COMPETES_WITH', 'Initech', 'Globex'], ['COMPETES_WITH', 'Initech', 'Litware']]],
];

// Sentences that must yield no asserted relation: bids, stakes, buybacks, courts, governments,
// people and places, negated, ended and hypothetical statements, mere co-mention.
const NOTHING: string[] = [
  'Fabrikam made a $4 billion bid for Contoso on Monday.',
  'Fabrikam launched a hostile tender offer for Contoso shares.',
  'Globex sold its 10% stake in Initech to Litware.',
  'Litware bought back $2 billion of its shares from Globex.',
  'Initech agreed to buy Globex for $9 billion in cash.',
  'Initech agreed to buy the chip unit of Globex from Litware.',
  'Initech signed a deal to buy a 20% stake from Litware.',
  'Contoso was bought by Fabrikam in 2019.',
  'A Delaware court ordered Fabrikam to pay Contoso $300 million in damages.',
  'Contoso sued Fabrikam over a patent on battery cells.',
  'The Pentagon awarded Contoso a $2 billion contract for radar parts.',
  'Fabrikam won a contract from the Ministry of Defence.',
  'Jane Smith, who ran Contoso for a decade, joined Fabrikam as chief executive.',
  'Contoso opened a plant in Ohio near Fabrikam headquarters.',
  'Fabrikam does not buy chips from Contoso.',
  'Fabrikam is no longer a customer of Contoso.',
  'Litware could one day rival Globex.',
  'Initech is in talks to buy capacity from Globex.',
  'Contoso and Fabrikam reported earnings on Tuesday.',
  'Shares of Contoso rose while Fabrikam fell.',
];

// [sentence, every claim it states with its status]: ends, announced ends and switches, written for these tests.
const STATUSES: Array<[string, Stated[]]> = [
  ['Fabrikam is no longer a customer of Contoso.', [['SUPPLIES', 'Contoso', 'Fabrikam', 'ended']]],
  ['Fabrikam stopped buying electronic parts from Contoso last year.', [['SUPPLIES', 'Contoso', 'Fabrikam', 'ended']]],
  ['Initech dropped Globex as its cloud provider.', [['SUPPLIES', 'Globex', 'Initech', 'ended']]],
  ['Fabrikam will end its parts contract with Contoso in January 2027.', [['SUPPLIES', 'Contoso', 'Fabrikam', 'ending']]],
  ['Initech is winding down the cloud services it buys from Globex Inc.', [['SUPPLIES', 'Globex', 'Initech', 'ending']]],
  // A switch: the old supplier ended, the new one holds.
  ['Initech replaced Globex with Litware as its cloud provider.', [['SUPPLIES', 'Globex', 'Initech', 'ended'], ['SUPPLIES', 'Litware', 'Initech', 'current']]],
  ['Initech switched to Litware from Globex for its data storage.', [['SUPPLIES', 'Globex', 'Initech', 'ended'], ['SUPPLIES', 'Litware', 'Initech', 'current']]],
];

// Ends that are denied, hypothetical or failed, and deals that are not supply: nothing is stated.
const NO_STATUS: string[] = [
  'Fabrikam denied reports that it had stopped buying parts from Contoso.',
  'Fabrikam might stop buying parts from Contoso next year.',
  'Talks on a parts deal between Fabrikam and Contoso broke down.',
  'Fabrikam ended its bid for Contoso.',
  'Contoso sold its sensor unit to Fabrikam.',
];

describe('extract: relation rules (features of the model)', () => {
  it.each(RULE_READINGS)('%s', (sentence, expected) => {
    expect(undirected(ruleReadings(sentence))).toEqual(undirected(expected));
  });

  it.each(RULES_READ_NOTHING.map((s) => [s]))('rules read nothing from: %s', (sentence) => {
    expect(ruleReadings(sentence)).toEqual([]);
  });
});

describe('extract: relations', () => {
  it.each(RELATIONS)('%s', (sentence, expected) => {
    expect(undirected(asserted(sentence))).toEqual(undirected(expected));
  });

  it.each(NOTHING.map((s) => [s]))('nothing from: %s', (sentence) => {
    expect(asserted(sentence)).toEqual([]);
  });

  it.each(STATUSES)('how it stands: %s', (sentence, expected) => {
    expect(stated(sentence)).toEqual([...expected].sort((x, y) => x.join().localeCompare(y.join())));
  });

  it.each(NO_STATUS.map((s) => [s]))('states nothing, ended or not: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('reads an announced end from the next sentence about the same deal', () => {
    const [r] = article('Globex supplies storage to Initech. That contract expires in 2028.').relations.filter((x) => x.type === 'SUPPLIES');
    expect(r).toMatchObject({ source: 'Globex', target: 'Initech', status: 'ending', until: '2028' });
  });

  it('flags a relation read in negated or hypothetical wording, with a low confidence', () => {
    const hedged = ['Globex may become a rival to Litware.', 'If approved, Contoso will supply sensors to Fabrikam.', 'Contoso does not supply Fabrikam.'];
    const relations = hedged.flatMap((t) => article(t).relations);
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(r).toMatchObject({ hedged: true, confidence: expect.any(Number) });
    for (const r of relations) expect(r.confidence).toBeLessThanOrEqual(0.3);
  });

  it('explains each claim with the features that weighed most', () => {
    const [r] = article('Contoso will supply sensors to Fabrikam from next year.').relations;
    expect(r).toMatchObject({ type: 'SUPPLIES', source: 'Contoso', target: 'Fabrikam' });
    expect(r.features!.length).toBeGreaterThan(0);
    expect(r.features).toContain('cls_b:supplyVerb');
  });

  it('records the sentence, its offsets and the rule', () => {
    const x = article('Shares rose. Fabrikam buys its engine controllers from Contoso.');
    const r = x.relations.find((y) => y.type === 'SUPPLIES')!;
    expect(r.sentence).toBe('Fabrikam buys its engine controllers from Contoso.');
    expect(x.text.slice(r.start, r.end)).toBe(r.sentence);
    expect(r.rule).toBe('supplies.buys-from');
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('reads deal attributes next to the relation', () => {
    const x = article('Initech signed a $21 billion cloud contract with Globex that runs through December 2032.');
    const r = x.relations.find((y) => y.type === 'SUPPLIES')!;
    expect(r).toMatchObject({ amount: 21e9, currency: 'USD', until: '2032-12' });
  });

  it('reads the end date from the next sentence when it speaks of the same deal', () => {
    const x = article('Initech committed $4 billion in spending with cloud provider Globex. The agreement runs through 2031.');
    expect(x.relations.find((y) => y.type === 'SUPPLIES')).toMatchObject({ source: 'Globex', target: 'Initech', amount: 4e9, until: '2031' });
  });

  it('links a product to its maker with OFFERS', () => {
    const x = article("Contoso's new Falcon X1 chip ships in May.");
    expect(x.relations.filter((r) => r.type === 'OFFERS').map((r) => [r.source, r.target])).toEqual([['Contoso', 'Falcon X1']]);
  });
});

describe('extract: brands whose owner the article does not name', () => {
  const extractBrands = createExtractor(
    buildGazetteer(
      [
        { name: 'Contoso', aliases: [], tickers: [], country: 'US', industry: 'software' },
        { name: 'Fabrikam', aliases: [], tickers: [], country: 'US', industry: 'autos' },
        { name: 'Proseware Holdings', aliases: [], tickers: [], country: 'US', industry: 'consumer goods' },
      ],
      [
        { name: 'Shinebright', aliases: [], owner: 'Proseware Holdings', kind: 'brand' },
        { name: 'Zeta9', aliases: [], owner: 'Proseware Holdings', kind: 'chip' },
      ],
    ),
  );
  const rels = (text: string): string[] =>
    extractBrands({ id: 't', text })
      .relations.filter((r) => r.type !== 'OFFERS' && !r.hedged)
      .map((r) => `${r.type}:${r.source}>${r.target}`)
      .sort();

  it.each([
    ["Contoso's clients include Shinebright and Fabrikam.", ['SUPPLIES:Contoso>Fabrikam', 'SUPPLIES:Contoso>Shinebright']],
    // A chip is not a trading name.
    ["Contoso's clients include Zeta9 and Fabrikam.", ['SUPPLIES:Contoso>Fabrikam']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(rels(text)).toEqual(expected);
  });

  it('keeps a brand whose owner the article names as its product, never a company of its own', () => {
    const x = extractBrands({ id: 't', text: "Proseware Holdings said Contoso's clients include Shinebright." });
    expect(x.companies.map((c) => c.name).sort()).toEqual(['Contoso', 'Proseware Holdings']);
    expect(rels("Proseware Holdings said Contoso's clients include Shinebright.").filter((r) => r.includes('Shinebright'))).toEqual([]);
  });
});

describe('extract: the plain parts a rule needs before it runs', () => {
  const parts = (source: string): string[] => requiredParts(source).map((r) => r.source);

  it('takes the runs between slots and gaps', () => {
    expect(parts('(?<sup>⟦\\d+⟧)[^⟦⟧]{0,120}?\\bsupplies\\s+(?<cus>⟦\\d+⟧)')).toEqual(['\\bsupplies\\s+']);
  });

  it('leaves out what may match nothing, and patterns that are alternatives or refer back', () => {
    expect(parts('(?:the\\s+)?(?<a>⟦\\d+⟧)')).toEqual([]);
    expect(parts('\\bfrom (?<a>⟦\\d+⟧)|\\bto (?<b>⟦\\d+⟧)')).toEqual([]);
    expect(parts('(?<a>⟦\\d+⟧) and \\k<a>')).toEqual([]);
  });

  it('never skips a template the whole rule matches', () => {
    const templates = ['⟦0⟧ buys its modems from ⟦1⟧.', '⟦0⟧, a key supplier to ⟦1⟧, grew.', '⟦0⟧ competes with ⟦1⟧ in cloud storage.', "⟦0⟧'s rival ⟦1⟧ cut prices."];
    let matched = 0;
    for (const rule of RULES) for (const text of templates) {
      rule.re.lastIndex = 0;
      if (!rule.re.test(text)) continue;
      matched++;
      expect(rule.needs.every((part) => part.test(text)), rule.reason).toBe(true);
    }
    expect(matched).toBeGreaterThanOrEqual(templates.length);
  });
});

describe('extract: a threshold for each relation type', () => {
  const text = 'Contoso supplies sensors to Fabrikam. Litware competes with Globex in cloud storage.';
  const types = (thresholds: { SUPPLIES: number; COMPETES_WITH: number }): string[] =>
    [...new Set(createExtractor(testGazetteer, { ...loadDefaultModel(), thresholds })({ id: 't', text }).relations.filter((r) => r.type !== 'OFFERS').map((r) => r.type))].sort();

  it("keeps a claim when its own type's threshold is reached", () => {
    expect(types({ SUPPLIES: 0.1, COMPETES_WITH: 0.1 })).toEqual(['COMPETES_WITH', 'SUPPLIES']);
    expect(types({ SUPPLIES: 1, COMPETES_WITH: 0.1 })).toEqual(['COMPETES_WITH']);
    expect(types({ SUPPLIES: 0.1, COMPETES_WITH: 1 })).toEqual(['SUPPLIES']);
  });

  it('refuses a model file without them', () => {
    const file = { classes: [...CLASSES], threshold: 0.6, trained: {}, weights: {} };
    expect(() => modelFromFile(file as never)).toThrow(/thresholds/);
  });
});
