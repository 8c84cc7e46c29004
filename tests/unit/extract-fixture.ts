// A small made-up gazetteer, so extraction tests do not depend on the real one.
import { buildGazetteer, createExtractor, type CompanyEntry, type ProductEntry } from '../../src/extract/index.js';

const company = (name: string, aliases: string[] = [], industry = 'industrials', tickers: string[] = []): CompanyEntry => ({ name, aliases, tickers, country: 'US', industry });
const product = (name: string, owner: string, aliases: string[] = [], kind = 'device'): ProductEntry => ({ name, aliases, owner, kind });

export const testGazetteer = buildGazetteer(
  [
    company('Contoso', ['Contoso Corp'], 'semiconductors', ['CTSO']),
    company('Fabrikam', [], 'autos'),
    company('Northwind Traders', ['Northwind'], 'retail'),
    company('Tailspin Toys', ['Tailspin'], 'consumer goods'),
    company('Globex', [], 'cloud'),
    company('Initech', [], 'software'),
    company('Umbrella Pharma', ['Umbrella'], 'pharma'),
    company('Wingtip Air', [], 'airlines'),
    company('Litware', [], 'cloud'),
    company('Daily Wire Service', [], 'news'),
    company('Target Bio', ['Target'], 'biotech'),
    company('Lumen Burgers Group', [], 'restaurants'),
    company('Nordic Rail Lines', ['NORDIC'], 'railways'),
    company('Sierra Freight', ['Sierra'], 'logistics'),
    company('Quantum Metals Corp', ['QMC'], 'materials'),
  ],
  [
    product('Falcon X1', 'Contoso', ['Falcon']),
    product('Nimbus Cloud', 'Globex', ['Nimbus'], 'cloud'),
    product('Skyliner 900', 'Wingtip Air', [], 'aircraft'),
    product('Patty Shack', 'Lumen Burgers Group', [], 'brand'),
  ],
);

export const extractTest = createExtractor(testGazetteer);
export const article = (text: string) => extractTest({ id: 't', text });
