// The illustrative dataset honours the contract and has the shapes DESIGN §2 and §4 promise.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '@/api/schemas/framework';
import { membersSchema } from '@/api/schemas/members';
import { observationsSchema } from '@/api/schemas/observations';
import { datasetFiles, DEFAULT_SEED, generateDataset, type GeneratedDataset, type GenerateOptions } from './generate';

interface Flat {
  readonly member: string;
  readonly indicator: string;
  readonly cycle: number;
  readonly value: number;
}

function flatten(dataset: GeneratedDataset): Flat[] {
  return dataset.observations.submissions.flatMap(({ member, cycle, values }) =>
    Object.entries(values).map(([indicator, value]) => ({ member, indicator, cycle, value })),
  );
}

function membersIn(dataset: GeneratedDataset, cycle: number) {
  return dataset.members.members.filter((member) => member.joined <= cycle);
}

function valuesOf(observations: readonly Flat[], indicator: string, cycle: number): number[] {
  return observations.filter((o) => o.indicator === indicator && o.cycle === cycle).map((o) => o.value);
}

/** DESIGN §3 adoption: share of the Members reporting the indicator that are at stage ≥ 3. */
function adoption(observations: readonly Flat[], indicator: string, cycle: number): number {
  const values = valuesOf(observations, indicator, cycle);
  return values.filter((v) => v >= 3).length / values.length;
}

function yesShare(observations: readonly Flat[], indicator: string, cycle: number): number {
  const values = valuesOf(observations, indicator, cycle);
  return values.filter((v) => v === 1).length / values.length;
}

/** DESIGN §3 completeness: reported (Member, scored indicator) pairs / (Members that cycle × scored indicators). */
function completeness(dataset: GeneratedDataset, observations: readonly Flat[], cycle: number): number {
  const scored = new Set(dataset.framework.indicators.filter((i) => i.scored).map((i) => i.code));
  const reported = observations.filter((o) => o.cycle === cycle && scored.has(o.indicator)).length;
  return reported / (membersIn(dataset, cycle).length * scored.size);
}

function total(observations: readonly Flat[], indicators: readonly string[], cycle: number): number {
  return indicators.flatMap((code) => valuesOf(observations, code, cycle)).reduce((sum, v) => sum + v, 0);
}

function closedCycles(options: GenerateOptions): number[] {
  return Array.from({ length: options.currentYear - 2015 }, (_, i) => 2015 + i);
}

const MAIN: GenerateOptions = { seed: DEFAULT_SEED, currentYear: 2026, asOf: '2026-05-31' };

describe('generateDataset is deterministic', () => {
  it('gives byte-identical files for the same options', () => {
    expect(datasetFiles(generateDataset(MAIN))).toEqual(datasetFiles(generateDataset({ ...MAIN })));
  });

  it('gives different observations for a different seed', () => {
    const other = datasetFiles(generateDataset({ ...MAIN, seed: MAIN.seed + 1 }));
    expect(other['observations.json']).not.toEqual(datasetFiles(generateDataset(MAIN))['observations.json']);
  });
});

describe('the Members', () => {
  const { members } = generateDataset(MAIN).members;
  const byCode = new Map(members.map((member) => [member.code, member]));

  it('have unique codes', () => {
    expect(byCode.size).toBe(members.length);
  });

  it('number 180 in 2015 and 182 in 2018', () => {
    expect(members.filter((m) => m.joined <= 2015)).toHaveLength(180);
    expect(members.filter((m) => m.joined <= 2018)).toHaveLength(182);
  });

  it('fill the regions as DESIGN lists them', () => {
    const sizes = Object.fromEntries(
      ['AMS', 'ESA', 'EUR', 'AP', 'MENA', 'WCA'].map((r) => [r, members.filter((m) => m.region === r).length]),
    );
    expect(sizes).toEqual({ AMS: 33, ESA: 24, EUR: 52, AP: 35, MENA: 18, WCA: 23 });
  });

  it('include the 27 EU Member States in Europe', () => {
    const eu = ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL'];
    eu.push('ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE');
    expect(eu.map((code) => byCode.get(code)?.region)).toEqual(eu.map(() => 'EUR'));
  });

  it('carry the accession years and kinds DESIGN gives', () => {
    const joined = Object.fromEntries(['XKX', 'ATG', 'SLB', 'PLW', 'VCT'].map((c) => [c, byCode.get(c)?.joined]));
    expect(joined).toEqual({ XKX: 2017, ATG: 2017, SLB: 2023, PLW: 2024, VCT: 2025 });
    const territories = members.filter((m) => m.kind === 'customs-territory').map((m) => m.code);
    expect(territories.sort()).toEqual(['BMU', 'CUW', 'HKG', 'MAC']);
    expect(byCode.get('CIV')?.name).toEqual({ en: "Côte d'Ivoire", fr: "Côte d'Ivoire" });
  });
});

describe.each([
  ['default', MAIN],
  ['another seed and year', { seed: 7, currentYear: 2030, asOf: '2030-09-15' }],
])('the %s dataset', (_, options: GenerateOptions) => {
  const dataset = generateDataset(options);
  const observations = flatten(dataset);
  const indicators = new Map(dataset.framework.indicators.map((i) => [i.code, i]));
  const members = new Map(dataset.members.members.map((m) => [m.code, m]));
  const closed = closedCycles(options);

  it('passes the contract schemas', () => {
    expect(() => frameworkSchema.parse(dataset.framework)).not.toThrow();
    expect(() => membersSchema.parse(dataset.members)).not.toThrow();
    expect(() => observationsSchema.parse(dataset.observations)).not.toThrow();
    expect(dataset.framework.cycles).toEqual({ first: 2015, latest: options.currentYear, open: options.currentYear });
    expect(dataset.observations.source).toEqual({ name: 'Illustrative dataset (generated)', illustrative: true });
  });

  it('refers only to known Members and indicators, never before accession', () => {
    const unknown = observations.filter((o) => !members.has(o.member) || !indicators.has(o.indicator));
    expect(unknown).toEqual([]);
    const early = observations.filter((o) => o.cycle < (members.get(o.member)?.joined ?? 0) || o.cycle < 2015);
    expect(early).toEqual([]);
    expect(Math.max(...observations.map((o) => o.cycle))).toBe(options.currentYear);
  });

  it('has at most one value per Member, indicator and cycle', () => {
    const keys = new Set(observations.map((o) => `${o.member}|${o.indicator}|${o.cycle}`));
    expect(keys.size).toBe(observations.length);
  });

  it('keeps values in range for their types', () => {
    const valid: Record<string, (v: number) => boolean> = {
      yesno: (v) => v === 0 || v === 1,
      stage: (v) => Number.isInteger(v) && v >= 0 && v <= 4,
      percent: (v) => v >= 0 && v <= 100 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9,
      count: (v) => Number.isInteger(v) && v >= 0,
      currency: (v) => Number.isInteger(v) && v >= 0,
    };
    const bad = observations.filter((o) => !valid[indicators.get(o.indicator)?.type ?? '']?.(o.value));
    expect(bad).toEqual([]);
  });

  it('marks the open cycle provisional and dates every submission inside its window, before asOf', () => {
    const wrong = dataset.observations.submissions.filter((s) => {
      const open = s.cycle === options.currentYear;
      const year = open ? s.cycle : s.cycle + 1;
      const inWindow = s.submitted >= `${year}-01-01` && s.submitted <= (open ? `${year}-12-31` : `${year}-06-30`);
      return !inWindow || s.submitted >= options.asOf || s.status !== (open ? 'provisional' : 'final');
    });
    expect(wrong).toEqual([]);
  });

  it('validates older cycles more than recent ones', () => {
    const validated = (cycle: number) => {
      const records = dataset.observations.submissions.filter((s) => s.cycle === cycle);
      return records.filter((s) => s.provenance === 'validated').length / records.length;
    };
    expect(validated(2015)).toBeGreaterThan(0.6);
    expect(validated(options.currentYear - 1)).toBeLessThan(0.5);
  });

  it('puts API ahead of PNR, for each Member and in adoption, every cycle', () => {
    const api = new Map(
      observations.filter((o) => o.indicator === 'PAX.API').map((o) => [`${o.member}|${o.cycle}`, o.value]),
    );
    const behind = observations.filter(
      (o) => o.indicator === 'PAX.PNR' && !(o.value <= (api.get(`${o.member}|${o.cycle}`) ?? -1)),
    );
    expect(behind).toEqual([]);
    for (const cycle of [...closed, options.currentYear]) {
      expect(adoption(observations, 'PAX.API', cycle)).toBeGreaterThanOrEqual(adoption(observations, 'PAX.PNR', cycle));
    }
  });

  it('shows passenger controls stepping up after resolution 2396', () => {
    const step = adoption(observations, 'PAX.API', 2018) - adoption(observations, 'PAX.API', 2017);
    const before = adoption(observations, 'PAX.API', 2017) - adoption(observations, 'PAX.API', 2016);
    expect(step).toBeGreaterThan(before);
  });

  it('shows adoption rising earlier in Europe than in West and Central Africa', () => {
    const regionOf = (code: string) => members.get(code)?.region;
    const inRegion = (region: string) => observations.filter((o) => regionOf(o.member) === region);
    const eur = adoption(inRegion('EUR'), 'GOV.MANDATE', 2019);
    const wca = adoption(inRegion('WCA'), 'GOV.MANDATE', 2019);
    expect(eur).toBeGreaterThan(wca + 0.2);
  });

  it('has PGS participation near 40% in 2016 and near 55% in the latest closed cycle', () => {
    expect(yesShare(observations, 'PGS.MEMBER', 2016)).toBeGreaterThanOrEqual(0.35);
    expect(yesShare(observations, 'PGS.MEMBER', 2016)).toBeLessThanOrEqual(0.45);
    expect(yesShare(observations, 'PGS.MEMBER', options.currentYear - 1)).toBeGreaterThanOrEqual(0.5);
    expect(yesShare(observations, 'PGS.MEMBER', options.currentYear - 1)).toBeLessThanOrEqual(0.6);
  });

  it('keeps Members stages mostly from going backwards', () => {
    const stages = observations.filter((o) => indicators.get(o.indicator)?.type === 'stage');
    const previous = new Map(stages.map((o) => [`${o.member}|${o.indicator}|${o.cycle}`, o.value]));
    const pairs = stages.flatMap((o) => {
      const before = previous.get(`${o.member}|${o.indicator}|${o.cycle - 1}`);
      return before === undefined ? [] : [o.value < before];
    });
    expect(pairs.filter(Boolean).length / pairs.length).toBeLessThan(0.05);
  });

  it('is mostly complete in closed cycles and under 60% complete in the open one', () => {
    for (const cycle of closed) {
      expect(completeness(dataset, observations, cycle)).toBeGreaterThan(0.6);
    }
    const overall = closed.reduce((sum, cycle) => sum + completeness(dataset, observations, cycle), 0) / closed.length;
    expect(overall).toBeGreaterThanOrEqual(0.75);
    expect(overall).toBeLessThanOrEqual(0.9);
    expect(completeness(dataset, observations, options.currentYear)).toBeLessThan(0.6);
  });

  it('dips training in 2020 (COVID-19)', () => {
    const training = ['PAX.TRAINED', 'SAL.TRAINED'];
    expect(total(observations, training, 2020)).toBeLessThan(0.75 * total(observations, training, 2019));
  });

  it('keeps observations.json within 300 KB gzipped', () => {
    const json = datasetFiles(dataset)['observations.json'] ?? '';
    expect(gzipSync(json).length).toBeLessThanOrEqual(300 * 1024);
  });
});
