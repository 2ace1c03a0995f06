/**
 * The way to the next rating (DESIGN §3 turned round): for one Member's report in one cycle, and for the Index
 * and each scored area below the top band, the smallest changes that would lift its score into the next band —
 * or, where the score is null for lack of reported indicators, that would make it count at all.
 *
 * A change is one scored indicator either reported for the first time at a stage, or raised to a higher stage.
 * "Smaller" is exact and lexicographic: first the fewest indicators changed; then the fewest stage steps, where
 * a raise costs `to − from` and a first report costs `to` (so a report at stage 0 costs no step). A suggestion
 * names each indicator's lowest sufficient stage: with the same indicators reported, a higher stage never
 * lowers a score, so "at stage 2 or higher" holds. Every change set of the smallest cost that reaches the goal
 * is an alternative; the best resulting scores are kept as suggestions, and the rest are counted.
 */
import type { CycleReport, Framework, Indicator, RatingBand, ScoreMeasure, Stage } from './types';
import { areaScoredIndicators, scoredAreas, scoredIndicators } from './framework';
import { applyChanges, cheapestChanges, costOf, type ChangeCost, type IndicatorChange } from './next-rating-search';
import { rating } from './ratings';
import { areaScore, scoreReport } from './scores';
import { indicatorStage } from './stages';

export type { ChangeCost, IndicatorChange } from './next-rating-search';
export { applyChanges, compareCost, costOf } from './next-rating-search';

/** How many alternatives of the smallest cost a path keeps (best resulting score first). */
export const MAX_SUGGESTIONS = 3;

export interface Suggestion {
  readonly changes: readonly IndicatorChange[];
  /** The score with the changes applied (unrounded). */
  readonly score: number;
  readonly band: RatingBand;
}

export type Goal =
  /** The score is null for lack of reported indicators: the goal is a score at all. */
  { readonly kind: 'count' } | { readonly kind: 'band'; readonly band: RatingBand };

export interface NextRatingPath {
  readonly measure: ScoreMeasure;
  readonly score: number | null;
  readonly band: RatingBand | null;
  readonly goal: Goal;
  /** The smallest change's size, or null when no change reaches the goal. */
  readonly cost: ChangeCost | null;
  /** At most MAX_SUGGESTIONS alternatives of that cost, highest resulting score first. */
  readonly suggestions: readonly Suggestion[];
  /** How many change sets of that cost reach the goal (suggestions holds the best of them). */
  readonly alternatives: number;
}

/** The way to the next band for the Index and every scored area not yet in the top band, Index first. */
export function nextRatings(framework: Framework, report: CycleReport): NextRatingPath[] {
  const measures: ScoreMeasure[] = [
    { kind: 'index' },
    ...scoredAreas(framework).map((area): ScoreMeasure => ({ kind: 'area', area })),
  ];
  const paths: NextRatingPath[] = [];
  for (const measure of measures) {
    const path = nextRating(framework, report, measure);
    if (path) paths.push(path);
  }
  return paths;
}

/** The way to the next band for one measure, or null when its score is already in the top band. */
export function nextRating(framework: Framework, report: CycleReport, measure: ScoreMeasure): NextRatingPath | null {
  const bands = [...framework.ratingBands].sort((a, b) => a.min - b.min);
  const score = measureScore(framework, report, measure);
  const band = score === null ? null : rating(score, bands);
  const goal = goalFor(score, band, bands);
  if (!goal) return null;
  const indicators =
    measure.kind === 'index' ? scoredIndicators(framework) : areaScoredIndicators(framework, measure.area);
  const reaches = (changed: number | null) => changed !== null && (goal.kind === 'count' || changed >= goal.band.min);
  const found = cheapestChanges({
    candidates: indicators.map((indicator) => ({ indicator, from: stageNow(indicator, report) })),
    minReports: reportShortfall(indicators, report, measure),
    reaches: (changes) => reaches(measureScore(framework, applyChanges(report, changes), measure)),
  });
  const scored = found.map((changes): Suggestion => {
    const changed = measureScore(framework, applyChanges(report, changes), measure) ?? 0;
    return { changes, score: changed, band: rating(changed, bands) };
  });
  scored.sort((a, b) => b.score - a.score);
  const [first] = found;
  return {
    measure,
    score,
    band,
    goal,
    cost: first ? costOf(first) : null,
    suggestions: scored.slice(0, MAX_SUGGESTIONS),
    alternatives: found.length,
  };
}

/** The score of a measure in a report, by the engine's own rules. */
export function measureScore(framework: Framework, report: CycleReport, measure: ScoreMeasure): number | null {
  return measure.kind === 'index'
    ? scoreReport(framework, report).index
    : areaScore(areaScoredIndicators(framework, measure.area), report);
}

function goalFor(score: number | null, band: RatingBand | null, bands: readonly RatingBand[]): Goal | null {
  if (score === null || band === null) return { kind: 'count' };
  const next = bands.find((candidate) => candidate.min > band.min);
  return next ? { kind: 'band', band: next } : null;
}

function stageNow(indicator: Indicator, report: CycleReport): Stage | null {
  const observation = report.get(indicator.code);
  return observation ? indicatorStage(indicator.type, observation.value) : null;
}

/**
 * First reports any successful change needs: an area counts from half of its scored indicators reported, the
 * Index from 60% of all (DESIGN §3). Only a lower bound that prunes the search, never a rule of its own.
 */
function reportShortfall(indicators: readonly Indicator[], report: CycleReport, measure: ScoreMeasure): number {
  const reported = indicators.filter((indicator) => report.has(indicator.code)).length;
  const needed = measure.kind === 'index' ? Math.ceil((indicators.length * 3) / 5) : Math.ceil(indicators.length / 2);
  return Math.max(0, needed - reported);
}
