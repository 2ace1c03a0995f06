// The Methodology page's live content: a worked example computed by the engine for one Member, the
// framework's lists, and the facts about the loaded data. Pure (a `select` function).
import { areaScoredIndicators, scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { rating } from '@/domain/ratings';
import { datasetCounts, type DatasetCounts } from '@/domain/reporting';
import { memberLatestCycle, scoresOf } from '@/domain/score-table';
import { areaScore } from '@/domain/scores';
import { indicatorScore, indicatorStage } from '@/domain/stages';
import type { Area, Dataset, Framework, Indicator, Member, Observation, RatingBand, Stage } from '@/domain/types';

export interface ExampleIndicator {
  readonly indicator: Indicator;
  /** The reported observation, or null where the Member reported nothing. */
  readonly observation: Observation | null;
  /** Null for context indicators and unreported ones. */
  readonly stage: Stage | null;
  readonly score: number | null;
}

export interface ExampleArea {
  readonly area: Area;
  readonly indicators: readonly ExampleIndicator[];
  /** Scored indicators of the area, and how many were reported. */
  readonly scored: number;
  readonly reported: number;
  /** Null for an area without scored indicators (shown, never scored). */
  readonly score: number | null;
}

export interface WorkedExample {
  readonly member: Member;
  readonly cycle: number;
  readonly areas: readonly ExampleArea[];
  readonly reported: number;
  readonly expected: number;
  readonly index: number;
  readonly rating: RatingBand;
}

export interface MethodologyModel {
  readonly framework: Framework;
  readonly example: WorkedExample | null;
  readonly counts: DatasetCounts;
  readonly source: Dataset['source'];
  readonly scoredCount: number;
}

export function selectMethodology(dataset: Dataset): MethodologyModel {
  return {
    framework: dataset.framework,
    example: workedExample(dataset),
    counts: datasetCounts(dataset),
    source: dataset.source,
    scoredCount: scoredIndicators(dataset.framework).length,
  };
}

/**
 * The example Member: the first, by code, whose latest return has every scored indicator, so that each
 * step of the method shows; failing that, the Member whose latest return is the most complete.
 */
export function workedExample(dataset: Dataset): WorkedExample | null {
  const table = scoresOf(dataset);
  let best: { member: Member; cycle: number; reported: number } | null = null;
  const members = [...dataset.members].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const member of members) {
    const cycle = memberLatestCycle(table, member.code);
    const scores = cycle === null ? undefined : table.members.get(member.code)?.get(cycle);
    if (cycle === null || !scores) continue;
    if (!best || scores.reported > best.reported) best = { member, cycle, reported: scores.reported };
    if (scores.reported === scores.expected) break;
  }
  if (!best) return null;
  const { member, cycle } = best;
  const scores = table.members.get(member.code)?.get(cycle);
  if (scores?.index == null) return null;
  const { framework } = dataset;
  const report = reportOf(dataset.observations, member.code, cycle);
  const withScores = new Set(scoredAreas(framework));
  const areas = framework.areas.map((area): ExampleArea => {
    const scored = areaScoredIndicators(framework, area.code);
    return {
      area,
      indicators: framework.indicators
        .filter((indicator) => indicator.area === area.code)
        .map((indicator) => {
          const observation = report.get(indicator.code) ?? null;
          return {
            indicator,
            observation,
            stage: observation ? indicatorStage(indicator.type, observation.value) : null,
            score: observation ? indicatorScore(indicator.type, observation.value) : null,
          };
        }),
      scored: scored.length,
      reported: scored.filter((indicator) => report.has(indicator.code)).length,
      score: withScores.has(area.code) ? areaScore(scored, report) : null,
    };
  });
  return {
    member,
    cycle,
    areas,
    reported: scores.reported,
    expected: scores.expected,
    index: scores.index,
    rating: rating(scores.index, framework.ratingBands),
  };
}
