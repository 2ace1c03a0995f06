import { describe, expect, it } from 'vitest';
import { FRAMEWORK, observation, BANDS } from './fixtures.test-support';
import { INDEX_MEASURE, scoreDataset } from './score-table';
import { measureTransitions, previousCycle, ratingTransitions, transitionTotals } from './transitions';
import type { CycleReport, Dataset, Member, ObservationIndex } from './types';

describe('rating transitions', () => {
  // Bands: Initial 0–19, Emerging 20–39, Developing 40–59, Established 60–79, Advanced 80–100.
  const pairs = [
    { member: 'AAA', from: 10, to: 45 }, // Initial → Developing: up 2
    { member: 'BBB', from: 39.99, to: 40 }, // Emerging → Developing: up 1 (bands on unrounded scores)
    { member: 'CCC', from: 85, to: 62 }, // Advanced → Established: down 1
    { member: 'DDD', from: 50, to: 55 }, // Developing → Developing: same
    { member: 'EEE', from: null, to: 70 }, // not scored in the first cycle: left out
    { member: 'FFF', from: 30, to: null }, // not scored in the second: left out
  ];
  const result = ratingTransitions(pairs, BANDS);

  it('counts each Member scored in both cycles once, in its from-rating row and to-rating column', () => {
    expect(result.ratings).toEqual(['initial', 'emerging', 'developing', 'established', 'advanced']);
    expect(result.counts).toEqual([
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
  });

  it('adds up to the Members scored in both cycles', () => {
    const sum = result.counts.flat().reduce((a, b) => a + b, 0);
    expect(sum).toBe(4);
    expect(result.total).toBe(4);
    expect(result.up.length + result.down.length + result.same).toBe(4);
    expect(result.left).toBe(2);
  });

  it('lists who moved up (biggest move first) and who moved down', () => {
    expect(result.up.map((move) => [move.member, move.steps])).toEqual([
      ['AAA', 2],
      ['BBB', 1],
    ]);
    expect(result.down).toEqual([
      {
        member: 'CCC',
        from: { score: 85, rating: 'advanced' },
        to: { score: 62, rating: 'established' },
        steps: -1,
        change: -23,
      },
    ]);
    expect(result.same).toBe(1);
  });

  it('breaks ties between equal moves by the larger change in score', () => {
    const tie = ratingTransitions(
      [
        { member: 'AAA', from: 25, to: 45 },
        { member: 'BBB', from: 21, to: 59 },
      ],
      BANDS,
    );
    expect(tie.up.map((move) => move.member)).toEqual(['BBB', 'AAA']);
  });

  it('is empty when no Member is scored in both cycles', () => {
    const none = ratingTransitions([{ member: 'AAA', from: null, to: null }], BANDS);
    expect(none.total).toBe(0);
    expect(none.counts.flat().every((cell) => cell === 0)).toBe(true);
  });
});

describe('transitions of a measure between two cycles', () => {
  const member = (code: string, joined = 2015): Member => ({
    code,
    name: { en: code, fr: code },
    region: 'R1',
    kind: 'state',
    joined,
  });
  // Every scored indicator at one stage (a yes/no is 4 only at stage 4; a percent in that stage's band).
  const PERCENT_AT = [0, 10, 30, 60, 90];
  const all = (code: string, cycle: number, stage: number): CycleReport =>
    new Map(
      ['A.YES', 'A.STAGE', 'A.PCT', 'B.ONE', 'B.TWO'].map((indicator) => {
        const value =
          indicator === 'A.YES' ? (stage === 4 ? 1 : 0) : indicator === 'A.PCT' ? (PERCENT_AT[stage] ?? 0) : stage;
        return [indicator, observation(code, cycle, indicator, value)];
      }),
    );

  it('takes every Member of the dataset and counts only those scored in both cycles', () => {
    // AAA: 2015 all stage 1 → A = (0 + 25 + 25)/3 = 16.7, B = 25, Index 20.8 (Emerging);
    //      2016 all stage 4 → Index 100 (Advanced). BBB: only 2016. CCC joined 2016.
    const observations: ObservationIndex = new Map([
      [
        'AAA',
        new Map([
          [2015, all('AAA', 2015, 1)],
          [2016, all('AAA', 2016, 4)],
        ]),
      ],
      ['BBB', new Map([[2016, all('BBB', 2016, 2)]])],
      ['CCC', new Map([[2016, all('CCC', 2016, 3)]])],
    ]);
    const dataset: Dataset = {
      framework: FRAMEWORK,
      members: [member('AAA'), member('BBB'), member('CCC', 2016)],
      observations,
      source: { illustrative: true, name: 'test', asOf: '2020-01-01' },
    };
    const result = measureTransitions(scoreDataset(dataset), INDEX_MEASURE, 2015, 2016);
    expect(result.total).toBe(1);
    expect(result.left).toBe(2);
    expect(result.up).toHaveLength(1);
    expect(result.up[0]?.from.rating).toBe('emerging');
    expect(result.up[0]?.from.score).toBeCloseTo((50 / 3 + 25) / 2, 10);
    expect(result.up[0]?.to).toEqual({ score: 100, rating: 'advanced' });
    expect(result.up[0]?.steps).toBe(3);
  });
});

describe('the margins of a transition table', () => {
  it('sums each row (ratings in the first cycle) and each column (ratings in the second)', () => {
    // Worked by hand: rows 1+2+0 = 3, 0+4+1 = 5, 0+0+6 = 6; columns 1+0+0 = 1, 2+4+0 = 6, 0+1+6 = 7; all 14.
    const totals = transitionTotals({
      ratings: ['initial', 'emerging', 'developing'],
      counts: [
        [1, 2, 0],
        [0, 4, 1],
        [0, 0, 6],
      ],
    });
    expect(totals).toEqual({ rows: [3, 5, 6], columns: [1, 6, 7], total: 14 });
  });

  it('gives zeros for an empty table', () => {
    expect(
      transitionTotals({
        ratings: ['initial', 'emerging'],
        counts: [
          [0, 0],
          [0, 0],
        ],
      }),
    ).toEqual({
      rows: [0, 0],
      columns: [0, 0],
      total: 0,
    });
  });
});

describe('the default first cycle of a comparison', () => {
  it('is the cycle before the second one, but never before the first cycle of the data', () => {
    expect(previousCycle(2015, 2019)).toBe(2018);
    expect(previousCycle(2015, 2016)).toBe(2015);
    expect(previousCycle(2015, 2015)).toBe(2015);
  });
});
