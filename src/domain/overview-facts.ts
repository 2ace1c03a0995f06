// The figures the Overview is drawn from, computed from the whole dataset by the engine: the world's and each
// region's Security Index over every cycle, the world's programme areas, the adoption of the key measures, the
// Members reporting and the open cycle's completeness. The build writes them to the optional summary document
// (summary.json) so that the Overview need not wait for the dataset; the page builds the same model from either.
import { latestClosedCycle, scoredAreas } from './framework';
import { adoptionSeries, type AdoptionPoint } from './measure-series';
import { groupSeries } from './measures';
import { groupCompleteness, INDEX_MEASURE, reportingCount, scoresOf, WORLD, type AggregatePoint } from './score-table';
import type { Dataset, DataSource, Framework } from './types';

/** The measures the resolution names, headlined as adoption rates (when the framework has them). */
export const KEY_MEASURES = ['PAX.API', 'PAX.PNR', 'PGS.MEMBER', 'COP.AGREEMENT'] as const;

export interface OverviewFacts {
  /** Whether any Member reported anything. */
  readonly hasData: boolean;
  /** Members with a Security Index in the latest closed cycle, of the world's Members then. */
  readonly reporting: { readonly n: number; readonly of: number; readonly coverage: number };
  /** Share of the expected reports in the open cycle so far; null when no cycle is open. */
  readonly openCompleteness: number | null;
  /** The Security Index by cycle: the world's, and each region's by its code. */
  readonly index: {
    readonly world: readonly AggregatePoint[];
    readonly regions: Readonly<Record<string, readonly AggregatePoint[]>>;
  };
  /** The world's score of each scored programme area, by area code. */
  readonly areas: Readonly<Record<string, readonly AggregatePoint[]>>;
  /** The world's adoption of each key measure the framework has, by indicator code. */
  readonly adoption: Readonly<Record<string, readonly AdoptionPoint[]>>;
}

/** What the Overview's models read: the framework, where the data comes from, and the facts. */
export interface OverviewInput {
  readonly framework: Framework;
  readonly source: DataSource;
  readonly facts: OverviewFacts;
}

export function overviewFacts(dataset: Dataset): OverviewFacts {
  const table = scoresOf(dataset);
  const { framework } = dataset;
  const open = framework.cycles.open;
  const indicators = KEY_MEASURES.flatMap((code) =>
    framework.indicators.filter((indicator) => indicator.code === code),
  );
  return {
    hasData: dataset.observations.size > 0,
    reporting: reportingCount(table, WORLD, latestClosedCycle(framework)),
    openCompleteness: open === null ? null : (groupCompleteness(table, WORLD, open).share ?? 0),
    index: {
      world: groupSeries(table.dataset, WORLD, INDEX_MEASURE),
      regions: Object.fromEntries(
        framework.regions.map((region) => [region.code, groupSeries(table.dataset, region.code, INDEX_MEASURE)]),
      ),
    },
    areas: Object.fromEntries(
      scoredAreas(framework).map((area) => [area, groupSeries(table.dataset, WORLD, { kind: 'area', area })]),
    ),
    adoption: Object.fromEntries(
      indicators.map((indicator) => [indicator.code, adoptionSeries(dataset, WORLD, indicator)]),
    ),
  };
}

/** The Overview's input from the whole dataset. */
export function overviewInput(dataset: Dataset): OverviewInput {
  return { framework: dataset.framework, source: dataset.source, facts: overviewFacts(dataset) };
}
