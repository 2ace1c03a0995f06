// The explorer's table as a spec: rows are the series (world, regions, Members), one column per cycle, sortable
// by name or any cycle (missing values last). The same spec is the on-screen table (DataTable) and the CSV,
// which adds the code, the unit and each cycle's coverage at full precision.
import { sortTable, type Column, type TableSort, type TableSpec } from '@/lib/table/table-spec';
import type { ExplorePoint, ExploreSeries, ExploreSeriesModel } from './explore-series';
import { seriesLabel, unitName, type ExploreText } from './explore-text';

function coverageOf(point: ExplorePoint | undefined, { i18n }: ExploreText): string {
  return point?.n != null && point.of != null ? i18n.t('coverage', { n: point.n, of: point.of }) : '';
}

/** A value with its coverage as a tooltip; a missing one says why, in words for screen readers. */
function ValueCell({
  series,
  point,
  text,
}: {
  series: ExploreSeries;
  point: ExplorePoint | undefined;
  text: ExploreText;
}) {
  const coverage = coverageOf(point, text) || undefined;
  if (point?.value == null) {
    const why = series.kind === 'member' ? text.m('table.noValue') : text.m('table.insufficient');
    return (
      <span title={coverage ? `${why} · ${coverage}` : why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{why}</span>
      </span>
    );
  }
  return <span title={coverage}>{text.format(point.value)}</span>;
}

export function exploreTableSpec(
  model: ExploreSeriesModel,
  text: ExploreText,
  caption: string,
  sort: TableSort | undefined,
): TableSpec<ExploreSeries> {
  const { m, i18n } = text;
  const unit = model.unit === 'score' ? m('table.unitScore') : unitName(model.measure, i18n);
  const unitText =
    model.view.mode === 'change' ? m('subtitle.change', { baseline: model.baselineCycle, unitText: unit }) : unit;
  const columns: Column<ExploreSeries>[] = [
    {
      key: 'name',
      header: m('table.series'),
      rowHeader: true,
      cell: (series) => seriesLabel(series, text),
      sortValue: (series) => seriesLabel(series, text),
    },
    { key: 'code', header: m('table.code'), csvOnly: true, cell: (series) => series.key },
    { key: 'unit', header: m('table.unit'), csvOnly: true, cell: () => unitText },
  ];
  for (const cycle of model.cycles) {
    const point = (series: ExploreSeries) => series.points.find((candidate) => candidate.cycle === cycle);
    columns.push(
      {
        key: String(cycle),
        header: String(cycle),
        numeric: true,
        cell: (series) => <ValueCell series={series} point={point(series)} text={text} />,
        value: (series) => point(series)?.value ?? null,
        sortValue: (series) => point(series)?.value ?? null,
      },
      {
        key: `${cycle}-coverage`,
        header: `${cycle} · ${i18n.t('table.coverage')}`,
        csvOnly: true,
        cell: (series) => coverageOf(point(series), text),
      },
    );
  }
  // Unsorted, the rows keep the model's order: world, regions, Members.
  const table = { caption, columns, rows: model.series, rowKey: (series: ExploreSeries) => series.key };
  return sortTable(table, sort, i18n.lang);
}
