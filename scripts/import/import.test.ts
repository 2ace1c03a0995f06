// @vitest-environment node
// The import command end to end (in-process): every kind of bad row reported with line, column and reason,
// nothing written on failure, French Excel files accepted, 50,000 rows, and the export → import round trip.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '../../mocks/dataset';
import { observationsToCsv } from '../data-export';
import { runImport } from '../data-import';

const HEADER = 'member,indicator,cycle,value,provenance,status,submitted';
const GOOD = [
  'KEN,PAX.API,2020,3,validated,final,2021-03-01',
  'KEN,PAX.APICOV,2020,62.5,validated,final,2021-03-01',
  'FRA,GOV.FOCAL,2021,1,self-reported,final,2022-02-10',
];

async function run(csv: string | Uint8Array, extra: string[] = [], name = 'returns.csv') {
  const dir = mkdtempSync(join(tmpdir(), 'spd-import-'));
  const input = join(dir, name);
  writeFileSync(input, csv);
  const out = join(dir, 'out', 'api', 'v1');
  const log: string[] = [];
  const errors: string[] = [];
  const status = await runImport([input, '--out', out, '--as-of', '2026-11-28', ...extra], {
    log: (line) => log.push(line),
    error: (line) => errors.push(line),
  });
  return { status, out, log, errors, dir };
}

describe('data import: bad rows', () => {
  it.each([
    ['an unknown Member', 'ZZZ,PAX.API,2020,3,validated,final,2021-03-01', 'member', /unknown Member code "ZZZ"/],
    ['an unknown indicator', 'KEN,PAX.XYZ,2020,3,validated,final,2021-03-01', 'indicator', /unknown indicator/],
    ['a cycle out of range', 'KEN,PAX.API,2012,3,validated,final,2013-03-01', 'cycle', /2012 is outside 2015–2026/],
    ['a cycle in the future', 'KEN,PAX.API,2031,3,validated,final,2031-03-01', 'cycle', /outside/],
    ['a cycle that is not a year', 'KEN,PAX.API,20x0,3,validated,final,2021-03-01', 'cycle', /not a year/],
    ['a stage above 4', 'KEN,PAX.API,2020,5,validated,final,2021-03-01', 'value', /5 is not a stage/],
    ['a percentage above 100', 'KEN,PAX.APICOV,2020,101,validated,final,2021-03-01', 'value', /not a percentage/],
    ['a negative count', 'KEN,PAX.TRAINED,2020,-4,validated,final,2021-03-01', 'value', /-4 is not a count/],
    ['a yes/no that is 2', 'KEN,GOV.FOCAL,2020,2,validated,final,2021-03-01', 'value', /not a yes\/no value/],
    ['a value that is text', 'KEN,PAX.API,2020,three,validated,final,2021-03-01', 'value', /"three" is not a number/],
    ['an unknown status', 'KEN,PAX.API,2020,3,validated,draft,2021-03-01', 'status', /"draft" is not one of/],
    ['an unknown provenance', 'KEN,PAX.API,2020,3,guessed,final,2021-03-01', 'provenance', /"guessed"/],
    ['a bad date', 'KEN,PAX.API,2020,3,validated,final,2021-02-30', 'submitted', /not a date/],
  ])('reports %s with its line and column, and writes nothing', async (_name, bad, column, reason) => {
    const result = await run([HEADER, ...GOOD, bad, ''].join('\n'));
    expect(result.status).toBe(1);
    const line = result.errors.find((text) => text.includes('line 5'));
    expect(line).toContain(`line 5, ${column}: `);
    expect(line).toMatch(reason);
    expect(result.errors.at(-1)).toMatch(/Nothing was written/);
    expect(existsSync(result.out)).toBe(false);
  });

  it('reports an observation before the Member joined', async () => {
    // Kosovo joined in 2017 (DESIGN §2).
    const result = await run([HEADER, 'XKX,PAX.API,2016,2,validated,final,2017-03-01'].join('\n'));
    expect(result.errors[0]).toMatch(/line 2, cycle: 2016 is before XKX joined the WCO \(2017\)/);
  });

  it('reports a duplicate with both lines', async () => {
    const result = await run([HEADER, ...GOOD, GOOD[0] ?? ''].join('\n'));
    expect(result.errors[0]).toMatch(/line 5, \(row\): KEN PAX\.API 2020 is already given on line 2/);
  });

  it('lists every bad row, not only the first', async () => {
    const result = await run(
      [
        HEADER,
        'ZZZ,PAX.API,2020,3,validated,final,2021-03-01',
        ...GOOD,
        'KEN,PAX.API,2019,9,validated,final,2020-03-01',
      ].join('\n'),
    );
    expect(result.errors.filter((text) => /line \d+, /.test(text)).map((text) => /line (\d+)/.exec(text)?.[1])).toEqual(
      ['2', '6'],
    );
  });

  it('reports a missing column', async () => {
    const result = await run(['member,indicator,cycle,value', 'KEN,PAX.API,2020,3'].join('\n'));
    expect(result.errors[0]).toMatch(/missing column\(s\) provenance, status, submitted/);
  });

  it('leaves the previous files intact when the new input is bad', async () => {
    const first = await run([HEADER, ...GOOD].join('\n'));
    expect(first.status).toBe(0);
    const before = readFileSync(join(first.out, 'observations.json'), 'utf8');
    const input = join(first.dir, 'bad.csv');
    writeFileSync(input, [HEADER, 'KEN,PAX.API,2020,7,validated,final,2021-03-01'].join('\n'));
    const status = await runImport([input, '--out', first.out, '--as-of', '2026-11-28'], {
      log: () => undefined,
      error: () => undefined,
    });
    expect(status).toBe(1);
    expect(readFileSync(join(first.out, 'observations.json'), 'utf8')).toBe(before);
  });
});

describe('data import: valid files', () => {
  it('accepts French Excel: BOM, semicolons, CRLF, decimal commas, quoted fields', async () => {
    const csv =
      '\uFEFFmember;indicator;cycle;value;provenance;status;submitted\r\n"KEN";PAX.APICOV;2020;"62,5";validated;final;2021-03-01\r\nCIV;PAX.API;2020;3;self-reported;final;2021-04-02\r\n';
    const result = await run(csv);
    expect(result.errors).toEqual([]);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(result.out, 'observations.json'), 'utf8')) as {
      submissions: { member: string; values: Record<string, number> }[];
      source: { illustrative: boolean };
    };
    expect(written.submissions.find((s) => s.member === 'KEN')?.values['PAX.APICOV']).toBe(62.5);
    expect(written.source.illustrative).toBe(false);
    expect(result.log.join('\n')).toMatch(/2020\s+2\s+2/);
  });

  it('gives the line a row starts on, even after a quoted field with a line break', async () => {
    const csv = [
      HEADER,
      'KEN,PAX.API,2020,3,validated,final,"2021-03-01"',
      '',
      'KEN,"PAX.\nPNR",2020,3,validated,final,2021-03-01',
      'ZZZ,PAX.API,2020,3,validated,final,2021-03-01',
    ].join('\n');
    const result = await run(csv);
    expect(result.errors.some((text) => text.includes('line 4, indicator'))).toBe(true);
    expect(result.errors.some((text) => text.includes('line 6, member'))).toBe(true);
  });

  it('imports 50,000 rows', async () => {
    const { framework, members } = illustrativeDataset();
    const rows: string[] = [];
    for (const member of members.members) {
      for (const indicator of framework.indicators) {
        for (let cycle = Math.max(2015, member.joined); cycle <= 2026 && rows.length < 50_000; cycle++) {
          const value = { yesno: 1, stage: 2, percent: 40.5, count: 12, currency: 1000 }[indicator.type];
          rows.push(
            `${member.code},${indicator.code},${cycle},${value},validated,final,${cycle + 1 > 2026 ? 2026 : cycle + 1}-03-01`,
          );
        }
      }
    }
    expect(rows).toHaveLength(50_000);
    const result = await run([HEADER, ...rows].join('\n'));
    expect(result.errors).toEqual([]);
    const written = JSON.parse(readFileSync(join(result.out, 'observations.json'), 'utf8')) as {
      submissions: { values: Record<string, number> }[];
    };
    expect(written.submissions.reduce((sum, s) => sum + Object.keys(s.values).length, 0)).toBe(50_000);
  }, 60_000);

  it('round-trips the built-in dataset: export to CSV, import, same contract content', async () => {
    const dataset = illustrativeDataset(new Date('2026-11-28T00:00:00Z'));
    const result = await run(observationsToCsv(dataset.observations), ['--as-of', dataset.observations.asOf]);
    expect(result.errors).toEqual([]);
    const read = (name: string) => readFileSync(join(result.out, name), 'utf8');
    expect(read('framework.json')).toBe(JSON.stringify(dataset.framework));
    expect(read('members.json')).toBe(JSON.stringify(dataset.members));
    const imported = JSON.parse(read('observations.json')) as typeof dataset.observations;
    const canonical = (document: typeof dataset.observations) =>
      [...document.submissions]
        .map((s) => JSON.stringify({ ...s, values: Object.fromEntries(Object.entries(s.values).sort()) }))
        .sort();
    expect(imported.asOf).toBe(dataset.observations.asOf);
    expect(canonical(imported)).toEqual(canonical(dataset.observations));
  }, 60_000);
});

it('refuses to run without an input file', async () => {
  const errors: string[] = [];
  expect(await runImport([], { log: () => undefined, error: (line) => errors.push(line) })).toBe(2);
  expect(errors[0]).toMatch(/^usage: npm run data:import/);
});
