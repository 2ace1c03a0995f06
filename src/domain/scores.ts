// Area scores and the Security Index of one Member in one cycle (DESIGN §3).
import type { CycleReport, Framework, Indicator } from './types';
import { areaScoredIndicators, scoredAreas, scoredIndicators } from './framework';
import { indicatorScore } from './stages';

export interface MemberCycleScores {
  /** Security Index, or null when fewer than 60% of the scored indicators were reported. */
  readonly index: number | null;
  /** Score per scored area; null when fewer than half of its scored indicators were reported. */
  readonly areas: ReadonlyMap<string, number | null>;
  /** Scored indicators reported in the cycle. */
  readonly reported: number;
  /** Scored indicators in the framework. */
  readonly expected: number;
}

/** Mean of the scores of the reported indicators, or null when fewer than half of them were reported. */
export function areaScore(indicators: readonly Indicator[], report: CycleReport): number | null {
  if (indicators.length === 0) return null;
  const scores = reportedScores(indicators, report);
  if (scores.length * 2 < indicators.length) return null;
  return mean(scores);
}

/** Scores every scored area and the Index of one Member's report for one cycle. */
export function scoreReport(framework: Framework, report: CycleReport): MemberCycleScores {
  const areas = new Map<string, number | null>();
  for (const area of scoredAreas(framework)) {
    areas.set(area, areaScore(areaScoredIndicators(framework, area), report));
  }
  const all = scoredIndicators(framework);
  const reported = all.filter((indicator) => report.has(indicator.code)).length;
  return { index: securityIndex(areas, reported, all.length), areas, reported, expected: all.length };
}

/**
 * Mean of the non-null area scores; null when fewer than 60% of all scored indicators were reported
 * (compared in integers, so exactly 60% counts as enough).
 */
export function securityIndex(
  areas: ReadonlyMap<string, number | null>,
  reported: number,
  expected: number,
): number | null {
  if (expected === 0 || reported * 5 < expected * 3) return null;
  const scores = [...areas.values()].filter((score): score is number => score !== null);
  return scores.length === 0 ? null : mean(scores);
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function reportedScores(indicators: readonly Indicator[], report: CycleReport): number[] {
  const scores: number[] = [];
  for (const indicator of indicators) {
    const observation = report.get(indicator.code);
    if (!observation) continue;
    const score = indicatorScore(indicator.type, observation.value);
    if (score !== null) scores.push(score);
  }
  return scores;
}
