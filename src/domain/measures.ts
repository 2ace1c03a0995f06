// Any measure an analyst can plot — the Security Index, an area score or one indicator — per Member and per
// group, in its own unit; plus adoption rates and change since the baseline (DESIGN §3).
import type { Dataset, Indicator, Measure, Observation, ScoreMeasure } from './types';
import { adoptionRate, aggregate, type Adoption, type Aggregate } from './aggregates';
import { areaScoredIndicators, scoredAreas, scoredIndicators } from './framework';
import { reportOf } from './observations';
import { groupAggregate, groupMembers, memberScore, scoresOf, type AggregatePoint } from './score-table';
import { indicatorScore, isContextType } from './stages';
import type { SeriesPoint } from './trends';

/** The measure code of the Security Index; areas and indicators use their framework codes. */
export const INDEX_CODE = 'INDEX';

/** Scores run 0–100; context indicators keep their own unit and are never scored. */
export type MeasureUnit = 'score' | 'count' | 'currency';

/** How a group's value is formed: the mean of scores, or the median of raw context values. */
export type GroupMethod = 'mean' | 'median';

export function measureCode(measure: Measure): string {
  if (measure.kind === 'index') return INDEX_CODE;
  return measure.kind === 'area' ? measure.area : measure.indicator.code;
}

/** The measure a code stands for in a framework, or null: only scored areas have an area measure. */
export function measureOf(dataset: Dataset, code: string): Measure | null {
  if (code === INDEX_CODE) return { kind: 'index' };
  const { framework } = dataset;
  if (scoredAreas(framework).includes(code)) return { kind: 'area', area: code };
  const indicator = framework.indicators.find((candidate) => candidate.code === code);
  return indicator ? { kind: 'indicator', indicator } : null;
}

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

/** A Member's value over every cycle of the framework (null before it joined or where it has none). */
export function memberMeasureSeries(dataset: Dataset, member: string, measure: Measure): SeriesPoint[] {
  return scoresOf(dataset).cycles.map((cycle) => ({ cycle, value: memberValue(dataset, member, cycle, measure) }));
}

/**
 * Each point minus the baseline: the baseline cycle's value, or the next cycle's where it is missing (the rule
 * of "since the resolution"). Null before the baseline, where a value is missing, or when there is no baseline.
 */
export function changeSeries(series: readonly SeriesPoint[], baselineCycle: number): SeriesPoint[] {
  const base =
    series.find((point) => point.cycle === baselineCycle && point.value !== null) ??
    series.find((point) => point.cycle === baselineCycle + 1 && point.value !== null);
  const baseValue = base?.value ?? null;
  return series.map((point) => ({
    cycle: point.cycle,
    value:
      base === undefined || baseValue === null || point.value === null || point.cycle < base.cycle
        ? null
        : point.value - baseValue,
  }));
}

export interface AdoptionPoint {
  readonly cycle: number;
  readonly adoption: Adoption;
}

/** Share of a group's Members reporting the indicator at stage ≥ 3, for every cycle of the framework. */
export function adoptionSeries(dataset: Dataset, group: string, indicator: Indicator): AdoptionPoint[] {
  const table = scoresOf(dataset);
  return table.cycles.map((cycle) => ({
    cycle,
    adoption: adoptionRate(
      indicator,
      groupMembers(table, group, cycle).map((member) => reportOf(dataset.observations, member.code, cycle)),
    ),
  }));
}

/** The indicators a measure is computed from: scored ones for the Index and areas, the one for an indicator. */
export function measureIndicators(dataset: Dataset, measure: Measure): readonly Indicator[] {
  if (measure.kind === 'index') return scoredIndicators(dataset.framework);
  if (measure.kind === 'area') return areaScoredIndicators(dataset.framework, measure.area);
  return [measure.indicator];
}

export interface MemberEvidence {
  /** Indicators of the measure the Member reported in the cycle, of those it is computed from. */
  readonly reported: number;
  readonly expected: number;
  readonly validated: number;
  readonly selfReported: number;
  readonly provisional: number;
  /** The most recent submission date among them (ISO), or null when nothing was reported. */
  readonly submitted: string | null;
}

/** Coverage and provenance behind a Member's value: what was reported, validated, and when. */
export function memberEvidence(dataset: Dataset, member: string, cycle: number, measure: Measure): MemberEvidence {
  const report = reportOf(dataset.observations, member, cycle);
  const indicators = measureIndicators(dataset, measure);
  let reported = 0;
  let validated = 0;
  let provisional = 0;
  let submitted: string | null = null;
  for (const indicator of indicators) {
    const observation = report.get(indicator.code);
    if (!observation) continue;
    reported++;
    if (observation.provenance === 'validated') validated++;
    if (observation.status === 'provisional') provisional++;
    if (submitted === null || observation.submitted > submitted) submitted = observation.submitted;
  }
  return {
    reported,
    expected: indicators.length,
    validated,
    selfReported: reported - validated,
    provisional,
    submitted,
  };
}
