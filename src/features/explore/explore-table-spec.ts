// The explorer table's rows in their on-screen order, and the same table as a spec for the chart frame's CSV
// download: one value column per cycle at full precision, plus the unit, code and coverage the screen shows
// in its subtitle and tooltips.
import type { Column, TableSpec } from '@/lib/table/table-spec';
import { seriesLabel, type ChartText, type TableSort } from './explore-chart';
import { unitName } from './explore-format';
import type { ExploreModel, ExploreSeries } from './explore-model';

export const DEFAULT_SORT: TableSort = { key: 'name', descending: false };

const valueAt = (series: ExploreSeries, cycle: number) =>
  series.points.find((point) => point.cycle === cycle)?.value ?? null;

/** Rows sorted by any column, missing values last; by default in the model's order (world, regions, Members). */
export function sortedSeries(model: ExploreModel, sort: TableSort, text: ChartText): ExploreSeries[] {
  const rows = [...model.series];
  if (sort.key === 'name' && !sort.descending) return rows;
  const key = sort.key;
  const direction = sort.descending ? -1 : 1;
  return rows.sort((a, b) => {
    if (key === 'name') return direction * seriesLabel(a, text).localeCompare(seriesLabel(b, text), text.i18n.lang);
    const left = valueAt(a, key);
    const right = valueAt(b, key);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    return direction * (left - right);
  });
}

export function exploreTableSpec(
  model: ExploreModel,
  text: ChartText,
  caption: string,
  sort: TableSort,
): TableSpec<ExploreSeries> {
  const { m, i18n } = text;
  const unit = model.unit === 'score' ? m('table.unitScore') : unitName(model.measure, i18n);
  const columns: Column<ExploreSeries>[] = [
    { key: 'name', header: m('table.series'), cell: (series) => seriesLabel(series, text) },
    { key: 'code', header: m('table.code'), csvOnly: true, cell: (series) => series.key },
    {
      key: 'unit',
      header: m('table.unit'),
      csvOnly: true,
      cell: () =>
        model.view.mode === 'change' ? m('subtitle.change', { baseline: model.baselineCycle, unitText: unit }) : unit,
    },
  ];
  for (const cycle of model.cycles) {
    const point = (series: ExploreSeries) => series.points.find((candidate) => candidate.cycle === cycle);
    columns.push(
      {
        key: String(cycle),
        header: String(cycle),
        numeric: true,
        cell: (series) => {
          const value = point(series)?.value;
          return value == null ? '' : text.format(value);
        },
        value: (series) => point(series)?.value ?? null,
      },
      {
        key: `${cycle}-coverage`,
        header: `${cycle} · ${i18n.t('table.coverage')}`,
        csvOnly: true,
        cell: (series) => {
          const found = point(series);
          return found?.n != null && found.of != null ? i18n.t('coverage', { n: found.n, of: found.of }) : '';
        },
      },
    );
  }
  return { caption, columns, rows: sortedSeries(model, sort, text), rowKey: (series) => series.key };
}
