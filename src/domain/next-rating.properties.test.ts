// Property tests of the way to the next rating over random reports of the fixture framework: every suggestion,
// applied, gives the score and band it names by the engine's own scoring; and brute force over every possible
// change set finds none smaller (fewer indicators, then fewer stage steps) that reaches the goal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK, report } from './fixtures.test-support';
import { reportValues } from './report-values.test-support';
import { scoredIndicators } from './framework';
import {
  applyChanges,
  compareCost,
  costOf,
  measureScore,
  nextRatings,
  type Goal,
  type IndicatorChange,
} from './next-rating';
import { changesOf } from './next-rating-search';
import { rating } from './ratings';
import { indicatorStage } from './stages';
import type { CycleReport } from './types';

function reachesGoal(goal: Goal, score: number | null): boolean {
  return score !== null && (goal.kind === 'count' || score >= goal.band.min);
}

/** Every change set over the scored indicators: each left alone or given one of its possible changes. */
function everyChangeSet(base: CycleReport): IndicatorChange[][] {
  let sets: IndicatorChange[][] = [[]];
  for (const indicator of scoredIndicators(FRAMEWORK)) {
    const observation = base.get(indicator.code);
    const from = observation ? indicatorStage(indicator.type, observation.value) : null;
    const options = changesOf(indicator, from);
    sets = sets.flatMap((set) => [set, ...options.map((change) => [...set, change])]);
  }
  return sets;
}

describe('the way to the next rating, properties', () => {
  it('gives, applied, the score and band each suggestion names, and reaches the goal', () => {
    fc.assert(
      fc.property(reportValues, (values) => {
        const base = report(values);
        for (const path of nextRatings(FRAMEWORK, base)) {
          expect(path.suggestions.length).toBeGreaterThan(0);
          for (const suggestion of path.suggestions) {
            const score = measureScore(FRAMEWORK, applyChanges(base, suggestion.changes), path.measure);
            expect(score).toBe(suggestion.score);
            expect(rating(suggestion.score, FRAMEWORK.ratingBands)).toBe(suggestion.band);
            expect(reachesGoal(path.goal, score)).toBe(true);
            expect(costOf(suggestion.changes)).toEqual(path.cost);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds no smaller change set that reaches the goal, and counts every one of the same size', () => {
    fc.assert(
      fc.property(reportValues, (values) => {
        const base = report(values);
        const sets = everyChangeSet(base).map((changes) => ({ changes, applied: applyChanges(base, changes) }));
        for (const path of nextRatings(FRAMEWORK, base)) {
          const { goal, cost } = path;
          const reaching = sets
            .filter(({ applied }) => reachesGoal(goal, measureScore(FRAMEWORK, applied, path.measure)))
            .map(({ changes }) => costOf(changes))
            .sort(compareCost);
          expect(reaching[0]).toEqual(cost);
          expect(reaching.filter((other) => reaching[0] && compareCost(other, reaching[0]) === 0)).toHaveLength(
            path.alternatives,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
