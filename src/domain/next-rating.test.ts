// Hand-worked cases of the way to the next rating at every band edge (DESIGN §3: indicator score = stage / 4 × 100;
// area = mean of its reported scored indicators, null under half reported; Index = mean of the non-null areas,
// null under 60% of all scored indicators reported; bands 0 / 20 / 40 / 60 / 80 on the unrounded score).
import { describe, expect, it } from 'vitest';
import { BANDS, FRAMEWORK, report } from './fixtures.test-support';
import { nextRating, nextRatings, type NextRatingPath } from './next-rating';
import type { Framework, Indicator } from './types';

const stage = (code: string): Indicator => ({
  code,
  area: 'F',
  name: { en: code, fr: code },
  type: 'stage',
  scored: true,
  direction: 'up',
});

/** One area F of five stage indicators: its score is 5 × (sum of stages), so every band edge is reachable. */
const FIVE: Framework = {
  ...FRAMEWORK,
  areas: [{ code: 'F', name: { en: 'F', fr: 'F' } }],
  indicators: ['F1', 'F2', 'F3', 'F4', 'F5'].map(stage),
};
const AREA_F = { kind: 'area', area: 'F' } as const;

/** A score to nine decimals, so hand-worked fractions compare equal. */
const near = (score: number) => Number(score.toFixed(9));

/** Each suggestion as "code:from→to" lists, with its score and band. */
function described(path: NextRatingPath | null) {
  return path?.suggestions.map((s) => ({
    changes: s.changes.map((c) => `${c.indicator.code}:${c.from ?? '-'}→${c.to}`),
    score: near(s.score),
    band: s.band.code,
  }));
}

describe('the way to the next rating, at each band edge', () => {
  it.each([
    // stages 1+1+1+0+0 = 3 → 15 Initial; 4 stages → 20, exactly the Emerging edge: one step on any indicator
    [{ F1: 1, F2: 1, F3: 1, F4: 0, F5: 0 }, 15, 'initial', 'emerging', 20],
    // 7 stages → 35 Emerging; 8 → 40, the Developing edge
    [{ F1: 2, F2: 2, F3: 1, F4: 1, F5: 1 }, 35, 'emerging', 'developing', 40],
    // 11 → 55 Developing; 12 → 60, the Established edge
    [{ F1: 3, F2: 2, F3: 2, F4: 2, F5: 2 }, 55, 'developing', 'established', 60],
    // 15 → 75 Established; 16 → 80, the Advanced edge
    [{ F1: 3, F2: 3, F3: 3, F4: 3, F5: 3 }, 75, 'established', 'advanced', 80],
  ])('lifts %o (score %s, %s) to %s with one stage step (score %s)', (values, now, from, to, after) => {
    const path = nextRating(FIVE, report(values), AREA_F);
    expect(path?.score).toBe(now);
    expect(path?.band?.code).toBe(from);
    expect(path?.goal).toEqual({ kind: 'band', band: BANDS.find((band) => band.code === to) });
    expect(path?.cost).toEqual({ indicators: 1, steps: 1 });
    for (const suggestion of path?.suggestions ?? []) {
      expect(suggestion.score).toBe(after);
      expect(suggestion.band.code).toBe(to);
    }
    // every indicator below stage 4 is an alternative of the same cost
    expect(path?.alternatives).toBe(Object.values(values).filter((v) => v < 4).length);
  });

  it('needs two steps when one stage short of the edge is not enough', () => {
    // stages 1+1+1+0+0 minus one = 2 → 10 Initial; 20 needs 4 stages: two steps on one indicator (1 change, 2
    // steps) beats one step on each of two (2 changes)
    const path = nextRating(FIVE, report({ F1: 1, F2: 1, F3: 0, F4: 0, F5: 0 }), AREA_F);
    expect(path?.cost).toEqual({ indicators: 1, steps: 2 });
    expect(described(path)?.[0]).toEqual({ changes: ['F1:1→3'], score: 20, band: 'emerging' });
  });

  it('leaves out an area already Advanced', () => {
    // 4+4+4+4+0 = 16 → 80, Advanced by the unrounded rule
    expect(nextRating(FIVE, report({ F1: 4, F2: 4, F3: 4, F4: 4, F5: 0 }), AREA_F)).toBeNull();
  });

  it('reports a first indicator at stage 0 when that is all an area needs to count', () => {
    // 2 of 5 reported is under half → null; a third report at stage 0 makes it count: (100 + 100 + 0) / 3 = 66.67
    const path = nextRating(FIVE, report({ F1: 4, F2: 4 }), AREA_F);
    expect(path?.goal).toEqual({ kind: 'count' });
    expect(path?.cost).toEqual({ indicators: 1, steps: 0 });
    expect(path?.alternatives).toBe(3);
    expect(described(path)?.[0]).toEqual({ changes: ['F3:-→0'], score: near(200 / 3), band: 'established' });
  });

  it('says which indicators would make the Index count when too few are reported', () => {
    // fixture: 5 scored indicators, 60% = 3. Reported: A.YES yes (100) and B.ONE stage 1 (25): 2 of 5 → null.
    // One more report at stage 0 is the smallest change. A.STAGE at 0: A = (100 + 0) / 2 = 50, B = 25 → 37.5;
    // A.PCT at 0 gives the same 37.5; B.TWO at 0: A is 1 of 3 → null, B = (25 + 0) / 2 = 12.5 → Index 12.5
    const path = nextRating(FRAMEWORK, report({ 'A.YES': 1, 'B.ONE': 1 }), { kind: 'index' });
    expect(path?.goal).toEqual({ kind: 'count' });
    expect(path?.cost).toEqual({ indicators: 1, steps: 0 });
    expect(described(path)).toEqual([
      { changes: ['A.STAGE:-→0'], score: 37.5, band: 'emerging' },
      { changes: ['A.PCT:-→0'], score: 37.5, band: 'emerging' },
      { changes: ['B.TWO:-→0'], score: 12.5, band: 'initial' },
    ]);
  });

  it('weighs an indicator by its area in the Index', () => {
    // A: yes (100), stage 0 (0), 10% (stage 1, 25) → 41.67; B: 0, 0 → 0; Index 20.83 Emerging. 40 needs +19.17:
    // one B step adds 12.5 / 2 = 6.25, one A step 8.33 / 2 = 4.17. B.ONE 0→4 adds 25 → 45.83 (1 change, 4 steps);
    // A.STAGE 0→4 adds 16.67 → 37.5, short. So B.ONE or B.TWO to stage 4, nothing smaller.
    const path = nextRating(FRAMEWORK, report({ 'A.YES': 1, 'A.STAGE': 0, 'A.PCT': 10, 'B.ONE': 0, 'B.TWO': 0 }), {
      kind: 'index',
    });
    expect(path?.band?.code).toBe('emerging');
    expect(path?.cost).toEqual({ indicators: 1, steps: 4 });
    expect(described(path)).toEqual([
      { changes: ['B.ONE:0→4'], score: near(275 / 6), band: 'developing' },
      { changes: ['B.TWO:0→4'], score: near(275 / 6), band: 'developing' },
    ]);
  });

  it('gives the Index first, then each scored area below the top band', () => {
    const paths = nextRatings(FRAMEWORK, report({ 'A.YES': 1, 'A.STAGE': 4, 'A.PCT': 100, 'B.ONE': 1, 'B.TWO': 1 }));
    // A = 100 (Advanced, left out); B = 25; Index = 62.5
    expect(paths.map((path) => path.measure)).toEqual([{ kind: 'index' }, { kind: 'area', area: 'B' }]);
  });
});
