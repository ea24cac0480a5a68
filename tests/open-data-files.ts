// Small packages for the datasets feature's tests, as the files a reader would open.
import { zipPackage } from '../src/data-package/package-zip';
import type { DataPackage } from '../src/data-package/package-data';

export const SMALL_PACKAGE: DataPackage = {
  name: 'small-test-package',
  title: 'Small test package',
  panels: [
    { id: 'macro', title: 'Test economy', summary: 'Made-up series for tests.', order: 1 },
    { id: 'nev', title: 'Test vehicles', summary: 'Made-up series for tests.', order: 2 },
    { id: 'electronics', title: 'Test electronics', summary: 'Made-up series for tests.', order: 3 },
    { id: 'materials', title: 'Test materials', summary: 'Made-up series for tests.', order: 4 },
  ],
  entities: [{ id: 'testland', name: 'Testland' }],
  indicators: [
    { id: 'widgets', panel: 'macro', title: 'Widgets made', unit: 'units_10k', description: 'Made up for tests.', featured: true, breaks: [] },
    { id: 'gadgets', panel: 'macro', title: 'Gadgets made', unit: 'units_10k', description: 'Made up for tests.', featured: true, breaks: [] },
    { id: 'carts', panel: 'nev', title: 'Carts built', unit: 'vehicles_10k', description: 'Made up for tests.', featured: true, breaks: [] },
    { id: 'chips', panel: 'electronics', title: 'Chips etched', unit: 'pieces_100m', description: 'Made up for tests.', featured: true, breaks: [] },
    { id: 'bricks', panel: 'materials', title: 'Bricks fired', unit: 'units_10k', description: 'Made up for tests.', featured: true, breaks: [] },
  ],
  observations: ['widgets', 'gadgets', 'carts', 'chips', 'bricks'].flatMap((indicator, at) =>
    ['2021', '2022', '2023'].map((period, index) => ({ indicator, entity: 'testland', period, value: 10 * (at + 1) + index, source: 'T1', alternative: false })),
  ),
  facts: [],
  sources: [{ id: 'T1', title: 'Test yearbook', producer: 'Test office', datePublished: '2024', grade: 'A' }],
  translations: { fr: {}, zh: {} },
};

export const smallPackageFile = () => {
  const { fileName, bytes } = zipPackage(SMALL_PACKAGE);
  return new File([new Uint8Array(bytes)], fileName, { type: 'application/zip' });
};

/** A CSV of observations with `bad` rows whose period is not a year. */
export const badCsvFile = (bad = 2) =>
  new File([['indicator,period,value,source', 'gdp,2024,1.5,S1', ...Array.from({ length: bad }, (_, index) => `gdp,${24 + index},2,S1`)].join('\n')], 'figures.csv', { type: 'text/csv' });
