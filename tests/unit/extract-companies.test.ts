import { describe, expect, it } from 'vitest';
import { article } from './extract-fixture.js';

const names = (text: string): string[] => article(text).companies.map((c) => c.name).sort();

// [text, companies expected, exactly]
const COMPANIES: Array<[string, string[]]> = [
  ['Contoso reported record revenue.', ['Contoso']],
  ["Contoso's shares rose 4%.", ['Contoso']],
  ['Contoso Inc. reported record revenue.', ['Contoso']],
  ['Acme Widgets GmbH opened a plant in Ohio.', ['Acme Widgets GmbH']],
  ['Shares of Brightwave jumped after the report.', ['Brightwave']],
  ['The deal was arranged by startup Quillpoint, people said.', ['Quillpoint']],
  ['Zephyrline, a maker of industrial drones, raised money.', ['Zephyrline']],
  ["Corvexa's chief executive resigned on Monday.", ['Corvexa']],
  ['Northwind Traders said sales fell. Northwind blamed the weather.', ['Northwind Traders']],
  ['Halvorsen Marine Systems (HMS) won the tender. HMS will start in May.', ['Halvorsen Marine Systems']],
  ['Tom Baker, chief executive of Contoso, spoke in Paris on Tuesday.', ['Contoso']],
  ['In December, the European Commission and the Federal Reserve met in Washington.', []],
  ['Target practice is cancelled. The target was missed.', []],
  ['Daily Wire Service reported that Contoso won an order.', ['Contoso']],
  ['Diners can now order at Patty Shack outlets across Ohio.', ['Patty Shack']],
  // A name with "and" or "&" is one company when it ends as one; two names joined by "and" stay two.
  ['Smith and Wesson Corp said sales rose.', ['Smith and Wesson Corp']],
  ['Harlan & Brody Logistics opened a depot.', ['Harlan & Brody Logistics']],
  ['Shares of Fabrikam and Quillpoint Inc. fell.', ['Fabrikam', 'Quillpoint Inc.']],
  // Two capitalised words joined by a free-standing "&" name a company; "Contoso, Inc." is one by its legal form.
  ['The order from Harlan & Brody came in May.', ['Harlan & Brody']],
  ['Revenue at Brightwave, Inc. rose while Quillpoint, LLC cut jobs.', ['Brightwave', 'Quillpoint']],
  // A known name extended across "&" up to a legal form, and a known name with a place after it, is a unit of its own.
  ['Fabrikam Motor Engineering & Manufacturing North America, Inc. signed the deal.', ['Fabrikam Motor Engineering & Manufacturing North America']],
  ['The cells go to Fabrikam Georgia and Contoso Korea, while Fabrikam itself buys none.', ['Contoso Korea', 'Fabrikam', 'Fabrikam Georgia']],
  // A name ending in a common company head is a company; the heads alone are not a name.
  ['Brennmoor Energy said output rose.', ['Brennmoor Energy']],
  ['Kessling Power and Halden Gas signed a pipeline contract.', ['Halden Gas', 'Kessling Power']],
  ['The plant offers Manufacturing Services to drugmakers.', []],
  // An acronym alias is written in capitals: "Nordic" the adjective is not NORDIC the railway.
  ['NORDIC raised fares. The Nordic company said demand rose in Nordic markets.', ['NORDIC']],
  ['The Nordic company said demand rose.', []],
  // A title in apposition names a person, who stays one when named again.
  ['Ravi Meena, head of sales at Contoso, spoke. "We are growing," Meena said.', ['Contoso']],
  // A person named with a title or a first name stays a person: named again alone, or before "of" a company.
  ['Halvorsen Research Group VP Sameh Boujelbene expects growth. Boujelbene said demand rose.', ['Halvorsen Research Group']],
  ['Analyst Mark Hewson of Brightwave Capital said demand rose. Hewson expects more.', ['Brightwave Capital']],
  // Listing codes, what a company does, its executives, its founding and its valuation say it is a company.
  ['Brightwave (BRWV.O) said revenue rose.', ['Brightwave']],
  ['Brightwave, which makes sensors, raised prices. Jo Roe, who makes jam, did not.', ['Brightwave']],
  ['Brightwave CEO Jane Doe said revenue rose.', ['Brightwave']],
  ['Brightwave was founded in 2015. Ohio was founded in 1803.', ['Brightwave']],
  ['The deal values Brightwave at $2 billion.', ['Brightwave']],
  ['It is a unit of Brightwave. Quillpoint, whose shares fell, has 500 employees.', ['Brightwave', 'Quillpoint']],
  ['Jo Roe, whose shares rose, spoke. Ohio has 500 stores.', []],
  ['Halvorsen Marine Systems (HMS) won the tender. HMS chief executive Jo Roe said so.', ['Halvorsen Marine Systems']],
  // "A/S" is one legal form, not two letters; a role before a name makes a person even of "Nev Power".
  ['Brightwave Wind Systems A/S said its loss widened.', ['Brightwave Wind Systems A/S']],
  ['Fabrikam chief executive Nev Power said sales rose.', ['Fabrikam']],
  // A unit of measure before a name is not part of it.
  ['The 1.1 GW Brightwave Energy plant uses Fabrikam turbines.', ['Brightwave Energy', 'Fabrikam']],
  // A describing word that starts a sentence is not part of the name, nor a name of its own.
  ['Startup Brightwave raised $5 million. Sensor maker Quillpoint Inc. did too.', ['Brightwave', 'Quillpoint Inc.']],
  // A person is named in full once and by surname after; a company by its first word.
  ['Orders came from Jorvik Railways and from Ilkka Talvik. Talvik confirmed the plan, and Jorvik said more.', ['Jorvik Railways']],
  ["Quillpoint said sales rose, CEO Liam O'Daly said. O'Daly declined to comment.", ['Quillpoint']],
  // A title after an apposition's describing words names a person; "the chain's director" is not a company "chain".
  ['Tove Brandqvist, senior forecast analyst with Fabrikam, said sales rose. Brandqvist expects more.', ['Fabrikam']],
  ["Sales rose, said Ivo Karsk, the chain's director of supply. Karsk said more.", []],
  // A legal form makes a business of a name that holds "State" or "Union"; an institution stays one.
  ['Nordhavn State Petroleum Corp signed the deal with Union Rail Ltd.', ['Nordhavn State Petroleum Corp', 'Union Rail Ltd.']],
  ['The Ministry of Finance Ltd was not involved.', []],
  // A sentence's capitalised first word that the article also writes in lower case is that word, not a name.
  ['Fabrikam has put robots in every warehouse. Robots deliver parcels to Fabrikam customers within hours.', ['Fabrikam']],
  // Names listed after a plural noun for companies: with "such as", "like" or "including" even a person's name;
  // right after the noun only when it is not a person.
  ['The group owns grocery chains, including Harlow, Quillmart and Fred Brenner.', ['Fred Brenner', 'Harlow', 'Quillmart']],
  ['It now competes with pay-TV giants such as Brightwave and Ostara.', ['Brightwave', 'Ostara']],
  ['Energy companies Harlow Solar and Ostara signed deals. Law firm partners Jane Roe and Mark Hewson did not.', ['Harlow Solar', 'Ostara']],
  // A name may start with a lower-case letter before capitals; a compound adjective before a name is not part of it.
  ['According to consulting firm iQuillon, sales doubled.', ['iQuillon']],
  ['Deep-pocketed Quillmart, owned by a rich family, cut prices.', ['Quillmart']],
  // More context: an apposition after a dash, "Acme analyst Jane Roe", "Acme's partners".
  ['Ostara – the US subsidiary of Contoso – raised prices.', ['Contoso', 'Ostara']],
  ['Harlow Equities analyst Jo Roe cut her forecast.', ['Harlow Equities']],
  ["Quillmart's partners are Contoso and Fabrikam.", ['Contoso', 'Fabrikam', 'Quillmart']],
  // A number inside a name that ends with a legal form, after a known name or not.
  ['Harlow Mozambique Area 1 Ltd. holds 20%, and Contoso Offshore Area 4 Ltd. holds the rest.', ['Contoso Offshore Area 4 Ltd', 'Harlow Mozambique Area 1 Ltd.']],
  // A company named after a person is called by the surname.
  ['Barry Quellmoor Co. raised prices. Later, Quellmoor said margins fell, and buyers stayed with Quellmoor.', ['Barry Quellmoor Co.']],
  ['The J.K. Harlow Company opened a plant. Harlow hired staff.', ['J.K. Harlow Company']],
  // A one-word known name written as a word of another name is not that company: a person's surname after a
  // first name (and alone later, unless the company is named in full), a person by apposition, a place, a longer name.
  ['Brightwave Capital analyst Jon Northwind cut his target. Northwind said margins were thin.', ['Brightwave Capital']],
  ['Jon Northwind spoke. Northwind Traders said sales rose, and Northwind hired staff.', ['Northwind Traders']],
  ["Sales rose, said Sierra Ostby, the chain's director of supply.", []],
  ['Brightwave Mining, a Sierra Leone-focused miner, raised $20 million.', ['Brightwave Mining']],
  ['The line will get 21 Radio Target Centers by 2030.', []],
  // A known product followed by "&" and a company head is a firm's name; followed by an ordinary head it stays a product.
  ['Sales will slow, said Jo Roe, an analyst at Falcon Strategy & Research.', ['Falcon Strategy & Research']],
  // A name listed with known companies is one, unless the list is of places ("in …") or starts the sentence.
  ['The plant has built vans for Contoso, Quorvane and Fabrikam.', ['Contoso', 'Fabrikam', 'Quorvane']],
  ['Reportedly, Contoso, Fabrikam and Globex chose the chip.', ['Contoso', 'Fabrikam', 'Globex']],
  ['Contoso has offices in Harwick, Marlow and Fabrikam Park.', ['Contoso', 'Fabrikam']],
  // A plain name owning a known company is its owner; a name with a company head is a parent company.
  ["Litware will provide the servers for Harlow Quill's Globex supercomputer. Brightwave Media's Contoso agency won.", ['Brightwave Media', 'Contoso', 'Globex', 'Litware']],
  // "for" does not join two names that each end as a company's.
  ['The chips are made by Orvel Semiconductor for Quorvane Motors.', ['Orvel Semiconductor', 'Quorvane Motors']],
  // "a Contoso rival" in apposition says company; "a Contoso customer" may be a person.
  ['Tessel Pack, a Fabrikam rival, makes cartons. Jo Vale, a longtime Fabrikam customer, said prices rose.', ['Fabrikam', 'Tessel Pack']],
  // A stock or commodities exchange is a business.
  ['Prices will follow the Singapore Commodities Exchange, and Contoso listed on the Oslo Stock Exchange.', ['Contoso', 'Oslo Stock Exchange', 'Singapore Commodities Exchange']],
  // A place word ends a firm's name when the context says firm; the Fed stays out.
  ['Tessaly Park, a large Welsh food company, said sales rose. The Federal Reserve, the central bank, did not.', ['Tessaly Park']],
  ['Harwick Valley is home to many orchards.', []],
  // "'s" followed by a legal form belongs to the name.
  ["The agency sued to block the purchase of its rival, Brandt's, Inc., a razor maker. Quillon's Inc. said nothing.", ["Brandt's", "Quillon's Inc."]],
];

describe('extract: companies', () => {
  it.each(COMPANIES)('%s', (text, expected) => {
    expect(names(text)).toEqual([...expected].sort());
  });

  it('records possessives as the company and keeps every mention', () => {
    const x = article("Contoso's profit rose. Later, Contoso said it would hire.");
    const c = x.companies.find((y) => y.name === 'Contoso')!;
    expect(c.mentions.map((m) => m.text)).toEqual(['Contoso', 'Contoso']);
    expect(c.aliases).toContain('CTSO');
  });

  it("reads a known company's first word alone as that company", () => {
    const x = article('Wingtip Air said sales fell. Wingtip said the weather hurt, and Tailspin Toys agreed.');
    expect(x.companies.map((c) => c.name).sort()).toEqual(['Tailspin Toys', 'Wingtip Air']);
  });

  it("reads a known company's first word as that company when the context says company, even an ordinary word", () => {
    const x = article('Contoso invested in Anchor Robotics last year. Contoso now holds a 40% stake in Anchor, and Anchor said it would hire.');
    expect(x.companies.map((c) => c.name).sort()).toEqual(['Anchor Robotics', 'Contoso']);
    expect(x.companies.find((c) => c.name === 'Anchor Robotics')!.mentions.map((m) => m.text)).toEqual(['Anchor Robotics', 'Anchor', 'Anchor']);
  });

  it('reads an acronym defined in parentheses as that company, even where another company has it as a name', () => {
    const x = article('Brightwave Freight Inc. (QMC) won the tender. Later, QMC shares rose.');
    expect(x.companies.map((c) => c.name)).toEqual(['Brightwave Freight Inc.']);
    expect(x.companies[0].mentions.map((m) => m.text)).toEqual(['Brightwave Freight Inc.', 'QMC', 'QMC']);
  });

  it('turns an acronym in parentheses into an alias', () => {
    const x = article('Halvorsen Marine Systems (HMS) won the tender. HMS will start in May.');
    expect(x.companies[0].aliases).toContain('HMS');
  });

  it('finds products with their maker', () => {
    const x = article("Contoso's new Falcon X1 chip beat expectations, and Globex expanded Nimbus Cloud.");
    expect(x.products.map((p) => [p.name, p.owner]).sort()).toEqual([['Falcon X1', 'Contoso'], ['Nimbus Cloud', 'Globex']]);
  });

  it('reads no product in a standard, an amount, a numbered site or a compound adjective', () => {
    const x = article("Contoso's HBM3E and LPDDR5X memory ship from its Plant 4. Profit was $US316 million. The AI-enabled software helps.");
    expect(x.products.map((p) => p.name)).toEqual([]);
  });

  it('reads no product where a quote closes or a capitalised noun continues a longer name', () => {
    const x = article('"We are growing," Daniel Van Roe said. Contoso builds parts for the Guided Multiple Launch Rocket System.');
    expect(x.products.map((p) => p.name)).toEqual([]);
    expect(article('Contoso unveiled the "Zephyr" platform.').products.map((p) => p.name)).toEqual(['Zephyr']);
  });

  it('reads a short capitalised name in quotes as a product, but not a quoted sentence, a describing compound or a month', () => {
    const x = article(`Globex bought rights to older titles, including "Harbor," "Moonfield" and "Tales in Glass." Contoso will sell a 'Quillburger' too.`);
    expect(x.products.map((p) => p.name).sort()).toEqual(['Harbor', 'Moonfield', 'Quillburger', 'Tales in Glass']);
    const y = article(`"Overall, demand grew," Jo Roe said. Its "GPU-first" design ships in "May".`);
    expect(y.products.map((p) => p.name)).toEqual([]);
  });

  it('reads what a company launches as a product, where the name plainly ends', () => {
    const x = article('Contoso launched Zephyr in May, and Globex rolled out its new Gust Pro for schools.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['Gust Pro', 'Zephyr']);
    const y = article('The two companies launched the Buy with Prime app. Contoso launched Quillon Labs, a venture arm.');
    expect(y.products.map((p) => p.name)).toEqual([]);
  });

  it('reads the names listed before a product noun after "its" or "the" as products', () => {
    const x = article('Fabrikam will fit the seats to its Vortex, Gale Sport and Breeze trucks.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['Breeze', 'Gale Sport', 'Vortex']);
    expect(article('Fabrikam will fit the seats to Vortex and Gale trucks.').products.map((p) => p.name)).toEqual([]);
  });

  it('finds model numbers and possessive product names', () => {
    const x = article("Fabrikam's Vortex 7 sedan and the ZR-900 truck go on sale in June.");
    expect(x.products.map((p) => p.name).sort()).toEqual(['Vortex 7', 'ZR-900']);
  });

  it('keeps a model number written after a known product as part of its name', () => {
    const x = article('Contoso shipped the Nimbus N200 servers and the Falcon GX9 chips.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['Falcon GX9', 'Nimbus N200']);
  });

  it('reads model numbers listed after a product as products too, but not a year', () => {
    const x = article('The Skyliner 900, 950-2 and 990 jets use its parts. The Skyliner 900 and 2019 were good years.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['950-2', '990', 'Skyliner 900']);
  });

  it('reads names listed with a known product as products, on either side, but not a clause that follows', () => {
    const x = article('Globex bundles Nimbus Cloud, Stratus Mail and Cirrus 2 for schools. It also sells Zephyr, Gust and Falcon X1 kits.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['Cirrus 2', 'Falcon X1', 'Gust', 'Nimbus Cloud', 'Stratus Mail', 'Zephyr']);
    const y = article('Buyers liked the Falcon X1, Contosos best-selling drone.');
    expect(y.products.map((p) => p.name)).toEqual(['Falcon X1']);
  });

  it('keeps the name that follows a model number, but not a product noun or a plural', () => {
    const x = article('Demand for T14 Bionic and DGX B200 grew this year, while Z80 GPUs sold out.');
    expect(x.products.map((p) => p.name).sort()).toEqual(['DGX B200', 'T14 Bionic', 'Z80']);
  });
});
