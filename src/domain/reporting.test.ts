import { describe, expect, it } from 'vitest';
import { FRAMEWORK, observation, report } from './fixtures.test-support';
import {
  completenessGrid,
  cycleReports,
  datasetCounts,
  memberCompleteness,
  membersSubmitting,
  neverReported,
  provenanceShares,
} from './reporting';
import type { CycleReport, Dataset, Member } from './types';

const member = (code: string, joined = 2015): Member => ({
  code,
  name: { en: code, fr: code },
  region: 'R1',
  kind: 'state',
  joined,
});

// The fixture framework has 5 scored indicators: A.YES, A.STAGE, A.PCT, B.ONE, B.TWO.
const selfReported = (r: CycleReport): CycleReport =>
  new Map([...r].map(([code, o]) => [code, { ...o, provenance: 'self-reported' as const }]));

const dataset: Dataset = {
  framework: FRAMEWORK,
  members: [member('AAA'), member('BBB'), member('CCC', 2016)],
  observations: new Map([
    [
      'AAA',
      new Map([
        // 2015: 3 scored + 1 context (validated) → 3 of 5
        [2015, report({ 'A.YES': 1, 'A.STAGE': 2, 'B.ONE': 3, 'A.COUNT': 7 }, 'AAA', 2015)],
        // 2016: 1 scored (self-reported) → 1 of 5
        [2016, selfReported(report({ 'A.PCT': 40 }, 'AAA', 2016))],
      ]),
    ],
    // BBB: only a context value in 2015 → 0 of 5 scored
    ['BBB', new Map([[2015, new Map([['A.COUNT', observation('BBB', 2015, 'A.COUNT', 3)]])]])],
    // CCC: all five in 2016 (self-reported)
    [
      'CCC',
      new Map([
        [2016, selfReported(report({ 'A.YES': 0, 'A.STAGE': 1, 'A.PCT': 10, 'B.ONE': 0, 'B.TWO': 4 }, 'CCC', 2016))],
      ]),
    ],
  ]),
  source: { illustrative: true, name: 'test', asOf: '2020-01-01' },
};

describe('Member completeness', () => {
  it('counts scored indicators only', () => {
    expect(memberCompleteness(dataset, 'AAA', 2015)).toEqual({ reported: 3, expected: 5, share: 0.6 });
    expect(memberCompleteness(dataset, 'BBB', 2015)).toEqual({ reported: 0, expected: 5, share: 0 });
  });

  it('is zero for a cycle without a report', () => {
    expect(memberCompleteness(dataset, 'BBB', 2016).share).toBe(0);
  });
});

describe('completeness grid', () => {
  it('has a cell per cycle, empty before the Member joined', () => {
    const grid = completenessGrid(dataset, dataset.members, [2015, 2016]);
    expect(grid.map((row) => row.cells.map((cell) => cell?.share ?? null))).toEqual([
      [0.6, 0.2],
      [0, 0],
      [null, 1],
    ]);
  });
});

describe('Members that never reported an indicator', () => {
  it('lists the scored indicators missing from every cycle', () => {
    // AAA reported A.YES, A.STAGE, B.ONE (2015) and A.PCT (2016): never B.TWO. BBB: none of the five.
    // CCC reported all five.
    const result = neverReported(dataset, 2016);
    expect(result.map((row) => [row.member.code, row.indicators.map((indicator) => indicator.code)])).toEqual([
      ['AAA', ['B.TWO']],
      ['BBB', ['A.YES', 'A.STAGE', 'A.PCT', 'B.ONE', 'B.TWO']],
    ]);
  });

  it('looks only at cycles up to the one given, and at Members that had joined', () => {
    const result = neverReported(dataset, 2015);
    expect(result.map((row) => [row.member.code, row.indicators.length])).toEqual([
      ['AAA', 2],
      ['BBB', 5],
    ]);
  });
});

describe('provenance shares', () => {
  it('counts every observation, scored or context', () => {
    // 2015: AAA 4 validated, BBB 1 validated; 2016: AAA 1 + CCC 5 self-reported
    expect(provenanceShares(cycleReports(dataset.observations, 2015))).toEqual({
      validated: 5,
      selfReported: 0,
      total: 5,
      validatedShare: 1,
    });
    expect(provenanceShares(cycleReports(dataset.observations, 2016))).toMatchObject({
      validated: 0,
      selfReported: 6,
      validatedShare: 0,
    });
  });

  it('has no share without observations', () => {
    expect(provenanceShares([]).validatedShare).toBeNull();
  });

  it('gives the size of the dataset', () => {
    expect(datasetCounts(dataset)).toEqual({
      members: 3,
      submissions: 4,
      observations: 11,
      provenance: { validated: 5, selfReported: 6, total: 11, validatedShare: 5 / 11 },
    });
  });

  it('counts the Members that submitted anything in a cycle', () => {
    expect(membersSubmitting(dataset.observations, dataset.members, 2015)).toBe(2);
    expect(membersSubmitting(dataset.observations, dataset.members, 2016)).toBe(2);
  });
});
