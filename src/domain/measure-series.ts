// What the Explorer, the map and the Matrix add to measures (measures.ts): a measure from its code, a Member's
// series, change since the baseline, adoption and the evidence behind a value. Kept apart so that the Overview's
// first screen, which needs only group series, does not carry them.
import type { Dataset, Indicator, Measure } from './types';
import { adoptionRate, type Adoption } from './aggregates';
import { areaScoredIndicators, scoredAreas, scoredIndicators } from './framework';
import { INDEX_CODE, memberValue } from './measures';
import { reportOf } from './observations';
import { groupMembers, scoresOf } from './score-table';
import type { SeriesPoint } from './trends';

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
