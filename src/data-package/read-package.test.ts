// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../scripts/profile-validator.mjs';
import { bundledPackage } from '../../mocks/api/bundled';
import { openFiles } from './open-files';
import { profileCheck } from './profile-problems';
import { readPackage, type PackageInput, type ReadResult } from './read-package';
import { writePackage } from './write-package';

const checkProfile = profileCheck(compileProfile());
const encode = (text: string) => new TextEncoder().encode(text);

function read(files: Record<string, string>, descriptor?: unknown): ReadResult {
  const input: PackageInput = {
    descriptor: descriptor === undefined ? undefined : JSON.stringify(descriptor),
    files: new Map(Object.entries(files)),
    fallbackName: 'test',
  };
  return readPackage(input, { checkProfile });
}

const descriptorOf = (...names: string[]) => ({ name: 'test', resources: names.map((name) => ({ name, path: `${name}.csv` })) });
const problemsOf = (result: ReadResult) => (result.ok ? [] : result.problems);

describe('reading a data package', () => {
  it('reads what it writes: the bundled package survives a round trip', () => {
    const files = writePackage(bundledPackage);
    const descriptor = files.get('datapackage.json');
    files.delete('datapackage.json');
    const result = readPackage({ descriptor, files, fallbackName: 'x' }, { checkProfile });
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.data).toEqual(bundledPackage);
  });

  it('reads a table that is only its header, and says what an empty file lacks', () => {
    const result = read(
      { 'observations.csv': 'indicator,period,value,source\ngdp,2024,1,S1\n', 'translations.csv': 'key,language,text\n', 'facts.csv': '' },
      descriptorOf('observations', 'translations', 'facts'),
    );
    expect(problemsOf(result).map((p) => `${p.file}:${p.row}:${p.column}`)).toEqual(['facts.csv:1:id', 'facts.csv:1:text', 'facts.csv:1:source']);
    expect(read({ 'observations.csv': 'indicator,period,value,source\ngdp,2024,1,S1\n', 'translations.csv': 'key,language,text\n' }, descriptorOf('observations', 'translations')).ok).toBe(true);
  });

  it('takes one long CSV of observations, with the other tables made from it', () => {
    const csv = 'indicator,period,value,source\nsteel,2023,10.5,Yearbook 2024\nsteel,2024,,Yearbook 2024\n';
    const result = read({ 'figures.csv': csv });
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.indicators).toEqual([{ id: 'steel', panel: 'data', title: 'steel', unit: '', description: '', featured: false, breaks: [] }]);
    expect(result.data.observations.map((o) => [o.entity, o.period, o.value, o.status ?? 'reported'])).toEqual([
      ['main', '2023', 10.5, 'reported'],
      ['main', '2024', null, 'reported'],
    ]);
    expect(result.data.sources[0]).toMatchObject({ id: 'Yearbook 2024', title: 'Yearbook 2024', grade: 'C' });
  });

  it('lists every bad cell with its file, row and column, and keeps nothing', () => {
    const csv = [
      'indicator,entity,period,value,status,source',
      'gdp,cq,2024,1,200.5,reported,S1', // one cell too many
      'gdp,cq,24,"1,200",guessed,S1',
      'GDP!,cq,2025,5,reported,',
    ].join('\n');
    const result = read({ 'observations.csv': csv });
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'observations.csv', row: 2, message: expect.stringMatching(/^7 values; expected 6/) }));
    expect(problems).toContainEqual({ file: 'observations.csv', row: 3, column: 'period', message: 'expected a year (2024) or a month (2024-06); got "24"' });
    expect(problems).toContainEqual(expect.objectContaining({ row: 3, column: 'value', message: expect.stringMatching(/no thousands separators; got "1,200"/) }));
    expect(problems).toContainEqual(expect.objectContaining({ row: 3, column: 'status', message: 'expected one of reported, estimated; got "guessed"' }));
    expect(problems).toContainEqual(expect.objectContaining({ row: 4, column: 'indicator' }));
    expect(problems).toContainEqual(expect.objectContaining({ row: 4, column: 'source', message: expect.stringMatching(/^expected a value/) }));
  });

  it('lists the first 100 problems and counts them all', () => {
    const rows = Array.from({ length: 250 }, (_, index) => `gdp,${2000 + (index % 20)},not-a-number,S1`);
    const result = read({ 'observations.csv': ['indicator,period,value,source', ...rows].join('\n') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.count).toBe(250);
  });

  it('checks references between tables, repeated ids and misplaced alternatives', () => {
    const result = read(
      {
        'observations.csv': 'indicator,period,value,source,alternative\ngdp,2024,1,S1,\ngdp,2024,2,S9,\nhidden,2023,3,S1,true\n',
        'indicators.csv': 'id,panel,title\ngdp,econ,GDP\ngdp,econ,GDP again\n',
        'sources.csv': 'id,title,grade\nS1,Yearbook,A\n',
        'panels.csv': 'id,title\neconomy,Economy\n',
        'facts.csv': 'id,panel,kind,text,label,indicator,date,source\nf1,economy,milestone,GDP passed 3 trillion.,GDP > 3 tn,gdp_total,2023,S1\n',
      },
      descriptorOf('observations', 'indicators', 'sources', 'panels', 'facts'),
    );
    const messages = problemsOf(result).map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'indicators.csv:3:id: "gdp" repeats row 2; expected each only once',
        'observations.csv:3:period: a second headline figure for gdp, main, 2024 (first in row 2); expected alternative=true on the other figures',
        'observations.csv:3:source: "S9" is not in sources; expected one of its ids',
        'observations.csv:4:alternative: an alternative figure must follow the headline row of the same indicator, entity and period',
        'observations.csv:4:indicator: "hidden" is not in indicators; expected one of its ids',
        'indicators.csv:2:panel: "econ" is not in panels; expected one of its ids',
        'facts.csv:2:indicator: "gdp_total" is not in indicators; expected one of its ids',
      ]),
    );
  });

  it('checks the descriptor against the official Data Package v2 profile', () => {
    const result = read({ 'observations.csv': 'indicator,period,value,source\n' }, { name: 7, resources: [{ name: 'observations', path: 'observations.csv' }], licenses: 'CC-BY' });
    const messages = problemsOf(result).map((p) => `${p.column}: ${p.message}`);
    expect(messages).toContain('name: the Data Package v2 profile expects it to be string');
    expect(messages).toContain('licenses: the Data Package v2 profile expects it to be array');
  });

  it('says what is missing: a resource, a file, a column', () => {
    expect(problemsOf(read({}, { resources: [{ name: 'indicators', path: 'indicators.csv' }] })).map((p) => p.message)).toEqual([
      'the file "indicators.csv" is missing; expected it beside datapackage.json',
      'expected a resource named "observations" (a CSV of figures: indicator, period, value, source)',
    ]);
    expect(problemsOf(read({ 'o.csv': 'indicator,value,source\n' }))).toEqual([
      { file: 'o.csv', row: 1, column: 'period', message: 'missing column; expected a column named "period" (A year, YYYY, or a month, YYYY-MM.)' },
    ]);
  });
});

describe('opening files', () => {
  it('finds the package in a .zip, inside a folder', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'my-data/datapackage.json': encode(JSON.stringify(descriptorOf('observations'))), 'my-data/observations.csv': encode('indicator,period,value,source\na,2024,1,S\n') });
    const opened = openFiles([{ name: 'my-data.zip', bytes: zip }]);
    expect('input' in opened && [...opened.input.files.keys()]).toEqual(['observations.csv']);
    expect('input' in opened && readPackage(opened.input).ok).toBe(true);
  });

  it('refuses what it cannot read, saying what it expected', () => {
    expect(openFiles([{ name: 'notes.txt', bytes: encode('hello') }])).toEqual({
      problems: [{ file: 'notes.txt', message: 'expected datapackage.json with its CSV files, a .zip of them, or one CSV of observations; found notes.txt' }],
    });
    expect(openFiles([{ name: 'broken.zip', bytes: encode('PK no zip') }])).toMatchObject({ problems: [{ file: 'broken.zip', message: expect.stringMatching(/^not a readable .zip file/) }] });
    expect(openFiles([{ name: 'latin1.csv', bytes: new Uint8Array([0x61, 0xe9, 0x0a]) }])).toMatchObject({ problems: [{ file: 'latin1.csv', message: expect.stringMatching(/^not UTF-8 text/) }] });
  });
});
