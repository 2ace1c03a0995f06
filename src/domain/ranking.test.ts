import { describe, expect, it } from 'vitest';
import { FRAMEWORK, report } from './fixtures.test-support';
import { competitionRank, memberReferenceCycle, regionRank } from './ranking';
import { scoreDataset } from './score-table';
import type { CycleReport, Dataset, Member } from './types';

const member = (code: string, region: string, joined = 2000): Member => ({
  code,
  name: { en: code, fr: code },
  region,
  kind: 'state',
  joined,
});

// Hand-worked Security Indexes in 2019 (the latest closed cycle: 2020 is open):
// CCC everything at the top → 100. AAA: area A (100 + 50 + 100) / 3, area B 50 → 66.7.
// BBB: area A (0 + 100 + 0) / 3, area B 100 → 66.7, the same as AAA by another sum (a tie).
// DDD reported 1 of 5 scored indicators → no Index. EEE is in the other region.
const TOP = { 'A.YES': 1, 'A.STAGE': 4, 'A.PCT': 100, 'B.ONE': 4, 'B.TWO': 4 };
const REPORTS: Record<string, Record<number, Record<string, number>>> = {
  AAA: {
    2018: { 'A.YES': 0, 'A.STAGE': 2, 'A.PCT': 10, 'B.ONE': 1, 'B.TWO': 1 },
    2019: { 'A.YES': 1, 'A.STAGE': 2, 'A.PCT': 80, 'B.ONE': 2, 'B.TWO': 2 },
    2020: TOP,
  },
  BBB: { 2019: { 'A.YES': 0, 'A.STAGE': 4, 'A.PCT': 0, 'B.ONE': 4, 'B.TWO': 4 } },
  CCC: { 2019: TOP },
  DDD: { 2019: { 'A.YES': 1 } },
  EEE: { 2019: TOP },
  FFF: { 2020: TOP },
};

function dataset(): Dataset {
  const observations = new Map<string, Map<number, CycleReport>>();
  for (const [code, cycles] of Object.entries(REPORTS)) {
    const byCycle = new Map<number, CycleReport>();
    for (const [cycle, values] of Object.entries(cycles))
      byCycle.set(Number(cycle), report(values, code, Number(cycle)));
    observations.set(code, byCycle);
  }
  return {
    framework: FRAMEWORK,
    members: [
      member('AAA', 'R1'),
      member('BBB', 'R1'),
      member('CCC', 'R1'),
      member('DDD', 'R1'),
      member('EEE', 'R2'),
      member('FFF', 'R1', 2020),
      member('GGG', 'R1'),
    ],
    observations,
    source: { illustrative: true, name: 'test', asOf: '2020-06-01' },
  };
}

describe('competitionRank', () => {
  it('ranks highest first and gives tied scores the better rank, skipping the next', () => {
    const values = [90, 70, 70, 50];
    expect(competitionRank(90, values)).toEqual({ rank: 1, of: 4, tiedWith: 0 });
    expect(competitionRank(70, values)).toEqual({ rank: 2, of: 4, tiedWith: 1 });
    expect(competitionRank(50, values)).toEqual({ rank: 4, of: 4, tiedWith: 0 });
  });

  it('treats scores that differ only by floating-point noise as tied', () => {
    expect(competitionRank(0.1 + 0.2, [0.3, 0.1 + 0.2, 0.2])).toEqual({ rank: 1, of: 3, tiedWith: 1 });
  });
});

describe('regionRank', () => {
  const table = scoreDataset(dataset());

  it('ranks a Member among its region’s Members with an Index in the cycle', () => {
    expect(regionRank(table, 'CCC', 2019)).toEqual({
      rank: 1,
      of: 3,
      tiedWith: 0,
      region: 'R1',
      cycle: 2019,
      // AAA, BBB, CCC, DDD and GGG existed in 2019; FFF joined in 2020; EEE is in R2.
      regionSize: 5,
    });
  });

  it('states ties: two Members with the same Index share rank 2 of 3', () => {
    expect(regionRank(table, 'AAA', 2019)).toMatchObject({ rank: 2, of: 3, tiedWith: 1 });
    expect(regionRank(table, 'BBB', 2019)).toMatchObject({ rank: 2, of: 3, tiedWith: 1 });
  });

  it('ranks by an area score when asked', () => {
    // Area B in 2019: CCC 100, BBB 100, AAA 50; DDD did not report area B.
    expect(regionRank(table, 'AAA', 2019, { kind: 'area', area: 'B' })).toMatchObject({ rank: 3, of: 3 });
    expect(regionRank(table, 'BBB', 2019, { kind: 'area', area: 'B' })).toMatchObject({ rank: 1, tiedWith: 1 });
  });

  it('is null for a Member without an Index that cycle, and for an unknown Member', () => {
    expect(regionRank(table, 'DDD', 2019)).toBeNull();
    expect(regionRank(table, 'ZZZ', 2019)).toBeNull();
  });

  it('counts a Member alone in its region as 1 of 1', () => {
    expect(regionRank(table, 'EEE', 2019)).toMatchObject({ rank: 1, of: 1, regionSize: 1 });
  });
});

describe('memberReferenceCycle', () => {
  const table = scoreDataset(dataset());

  it('is the latest closed cycle with an Index, even when the open cycle has one', () => {
    expect(memberReferenceCycle(table, 'AAA')).toBe(2019);
  });

  it('falls back to the open cycle for a Member with an Index there only', () => {
    expect(memberReferenceCycle(table, 'FFF')).toBe(2020);
  });

  it('is null for a Member that never had an Index, and for an unknown Member', () => {
    expect(memberReferenceCycle(table, 'GGG')).toBeNull();
    expect(memberReferenceCycle(table, 'DDD')).toBeNull();
    expect(memberReferenceCycle(table, 'ZZZ')).toBeNull();
  });
});
