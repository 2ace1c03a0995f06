// Any measure an analyst can plot — the Security Index, an area score or one indicator — per Member and per
// group, in its own unit; plus adoption rates and change since the baseline (DESIGN §3).
import type { Dataset, Indicator, Measure, Observation, ScoreMeasure } from './types';
import { aggregate, type Aggregate } from './aggregates';
import { reportOf } from './observations';
import { groupAggregate, groupMembers, memberScore, scoresOf, type AggregatePoint } from './score-table';
import { indicatorScore, isContextType } from './stages';

/** The measure code of the Security Index; areas and indicators use their framework codes. */
export const INDEX_CODE = 'INDEX';

/** Scores run 0–100; context indicators keep their own unit and are never scored. */
export type MeasureUnit = 'score' | 'count' | 'currency';

/** How a group's value is formed: the mean of scores, or the median of raw context values. */
export type GroupMethod = 'mean' | 'median';

export function measureUnit(measure: Measure): MeasureUnit {
  if (measure.kind !== 'indicator' || !isContextType(measure.indicator.type)) return 'score';
  return measure.indicator.type === 'currency' ? 'currency' : 'count';
}

export function groupMethod(measure: Measure): GroupMethod {
  return measureUnit(measure) === 'score' ? 'mean' : 'median';
}

/** Whether the measure's values are scores 0–100, so they have a rating (scored indicators too). */
export function hasRating(measure: Measure): boolean {
  return measureUnit(measure) === 'score';
}

function scoreMeasure(measure: Measure): ScoreMeasure | null {
  if (measure.kind === 'index') return { kind: 'index' };
  return measure.kind === 'area' ? { kind: 'area', area: measure.area } : null;
}

/** An indicator's value for a Member: its score when scored, its raw value when context. */
export function indicatorValue(indicator: Indicator, observation: Observation | undefined): number | null {
  if (!observation) return null;
  return isContextType(indicator.type) ? observation.value : indicatorScore(indicator.type, observation.value);
}

/** A Member's value of a measure in a cycle, or null when it has none. */
export function memberValue(dataset: Dataset, member: string, cycle: number, measure: Measure): number | null {
  const score = scoreMeasure(measure);
  if (score) return memberScore(scoresOf(dataset), member, cycle, score);
  if (measure.kind !== 'indicator') return null;
  const { indicator } = measure;
  return indicatorValue(indicator, reportOf(dataset.observations, member, cycle).get(indicator.code));
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Median over the Members with a value, with coverage n of N and the same 50% rule as a mean. */
export function medianAggregate(values: readonly (number | null)[], groupSize: number): Aggregate {
  return aggregate(values, groupSize, median);
}

/** A group's (region's or WORLD's) value of a measure in a cycle: mean of scores or median of raw values. */
export function groupValue(dataset: Dataset, group: string, cycle: number, measure: Measure): Aggregate {
  const table = scoresOf(dataset);
  const score = scoreMeasure(measure);
  if (score) return groupAggregate(table, group, cycle, score);
  const members = groupMembers(table, group, cycle);
  const values = members.map((member) => memberValue(dataset, member.code, cycle, measure));
  return groupMethod(measure) === 'mean' ? aggregate(values, members.length) : medianAggregate(values, members.length);
}

/** A group's value over every cycle of the framework; `value` is null where coverage is under 50%. */
export function groupSeries(dataset: Dataset, group: string, measure: Measure): AggregatePoint[] {
  return scoresOf(dataset).cycles.map((cycle) => {
    const result = groupValue(dataset, group, cycle, measure);
    return { cycle, value: result.value, aggregate: result };
  });
}
