// The series of the chosen view — the world, the chosen regions and Members over the chosen cycles, as values or
// as change since the baseline — memoised per dataset and view, so that Back, Forward and re-renders cost nothing.
import { cycleRange } from '@/domain/framework';
import { groupMethod, groupSeries, measureUnit, type GroupMethod, type MeasureUnit } from '@/domain/measures';
import { changeSeries, measureOf, memberMeasureSeries } from '@/domain/measure-series';
import { WORLD } from '@/domain/score-table';
import type { Dataset, Localized, Measure } from '@/domain/types';
import type { ExploreView } from './explore-frame';

export type SeriesKind = 'world' | 'region' | 'member';

export interface ExplorePoint {
  readonly cycle: number;
  /** What is plotted: the value, or its change since the baseline in change mode. */
  readonly value: number | null;
  /** The value itself (in change mode, the level the change is taken from). */
  readonly level: number | null;
  /** Coverage of a group's value: Members with a value of the group's Members; null for a Member. */
  readonly n: number | null;
  readonly of: number | null;
}

export interface ExploreSeries {
  /** The series key in chart rows: the group or Member code. */
  readonly key: string;
  readonly kind: SeriesKind;
  readonly name: Localized | null;
  readonly points: readonly ExplorePoint[];
}

export interface ExploreSeriesModel {
  readonly view: ExploreView;
  readonly measure: Measure;
  readonly unit: MeasureUnit;
  readonly method: GroupMethod;
  readonly baselineCycle: number;
  readonly cycles: readonly number[];
  readonly series: readonly ExploreSeries[];
  /** One row per cycle with a value per series key: exactly what the chart draws and the table lists. */
  readonly rows: readonly ({ readonly cycle: number } & Readonly<Record<string, number | null>>)[];
}

const MAX_CACHED_VIEWS = 32;
const models = new WeakMap<Dataset, Map<string, ExploreSeriesModel>>();

export function viewKey(view: ExploreView): string {
  return [view.measure, view.regions.join(','), view.members.join(','), view.from, view.to, view.mode].join('|');
}

/** The series of a view. Memoised: a view seen before (back, forward, re-render) is not recomputed. */
export function selectExploreSeries(dataset: Dataset, view: ExploreView): ExploreSeriesModel | null {
  let cache = models.get(dataset);
  if (!cache) {
    cache = new Map();
    models.set(dataset, cache);
  }
  const key = viewKey(view);
  const cached = cache.get(key);
  if (cached) return cached;
  const model = buildModel(dataset, view);
  if (!model) return null;
  if (cache.size >= MAX_CACHED_VIEWS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, model);
  return model;
}

function buildModel(dataset: Dataset, view: ExploreView): ExploreSeriesModel | null {
  const measure = measureOf(dataset, view.measure);
  if (!measure) return null;
  const baselineCycle = dataset.framework.resolution.baselineCycle;
  const inRange = (cycle: number) => cycle >= view.from && cycle <= view.to;
  const shape = (
    key: string,
    kind: SeriesKind,
    name: Localized | null,
    full: readonly { cycle: number; value: number | null; aggregate?: { n: number; of: number } }[],
  ): ExploreSeries => {
    // Change is taken from the baseline whatever range is shown, so a narrower range does not move it.
    const change = view.mode === 'change' ? changeSeries(full, baselineCycle) : null;
    const points = full.flatMap((point, i) =>
      inRange(point.cycle)
        ? [
            {
              cycle: point.cycle,
              value: change ? (change[i]?.value ?? null) : point.value,
              level: point.value,
              n: point.aggregate?.n ?? null,
              of: point.aggregate?.of ?? null,
            },
          ]
        : [],
    );
    return { key, kind, name, points };
  };
  const regionName = (code: string) => dataset.framework.regions.find((region) => region.code === code)?.name ?? null;
  const series: ExploreSeries[] = [
    shape(WORLD, 'world', null, groupSeries(dataset, WORLD, measure)),
    ...view.regions.map((code) => shape(code, 'region', regionName(code), groupSeries(dataset, code, measure))),
    ...view.members.map((code) =>
      shape(
        code,
        'member',
        dataset.members.find((member) => member.code === code)?.name ?? null,
        memberMeasureSeries(dataset, code, measure),
      ),
    ),
  ];
  const cycles = cycleRange(dataset.framework).filter(inRange);
  const rows = cycles.map((cycle, i) => {
    const row: Record<string, number | null> = { cycle };
    for (const entry of series) row[entry.key] = entry.points[i]?.value ?? null;
    return row as { cycle: number } & Record<string, number | null>;
  });
  return {
    view,
    measure,
    unit: measureUnit(measure),
    method: groupMethod(measure),
    baselineCycle,
    cycles,
    series,
    rows,
  };
}

export interface SummaryFacts {
  readonly world: { readonly from: ExplorePoint; readonly to: ExplorePoint } | null;
  readonly highest: { readonly series: ExploreSeries; readonly point: ExplorePoint } | null;
  readonly lowest: { readonly series: ExploreSeries; readonly point: ExplorePoint } | null;
  /** The cycle the regions are compared in: the last one where the world has a value. */
  readonly cycle: number | null;
  /** Chosen Members with no value at all in the range. */
  readonly membersWithoutData: readonly ExploreSeries[];
}

/** The facts the chart's text summary states, from the same series the chart draws. */
export function summaryFacts(model: ExploreSeriesModel): SummaryFacts {
  const world = model.series.find((entry) => entry.kind === 'world');
  const known = (world?.points ?? []).filter((point) => point.value !== null);
  const first = known[0];
  const last = known.at(-1);
  const cycle = last?.cycle ?? null;
  const regions = model.series
    .filter((entry) => entry.kind === 'region')
    .map((entry) => ({ series: entry, point: entry.points.find((point) => point.cycle === cycle) }))
    .filter(
      (entry): entry is { series: ExploreSeries; point: ExplorePoint } =>
        entry.point !== undefined && entry.point.value !== null,
    )
    .sort((a, b) => (b.point.value ?? 0) - (a.point.value ?? 0));
  return {
    world: first && last && first !== last ? { from: first, to: last } : null,
    highest: regions.length > 1 ? (regions[0] ?? null) : null,
    lowest: regions.length > 1 ? (regions.at(-1) ?? null) : null,
    cycle,
    membersWithoutData: model.series.filter(
      (entry) => entry.kind === 'member' && entry.points.every((point) => point.value === null),
    ),
  };
}
