// The explorer's chart and its sortable table: the same rows, drawn or listed, with the text summary that
// describes the chart to everyone (and to assistive technology as its description).
import { seriesColor, SERIES_MARKERS, type ChartConfig } from '@/lib/chart/chart-config';
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/line-chart';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { tickFormatter } from './explore-format';
import { summaryFacts, type ExploreModel, type ExploreSeries } from './explore-model';
import type { ExploreMessageKey } from './messages';

export interface ChartText {
  readonly format: (value: number) => string;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}

export function seriesLabel(series: ExploreSeries, { i18n, m }: ChartText): string {
  return series.name ? i18n.name(series.name) : m('series.world');
}

/** Colour, marker and dash per series: the world dashed in grey; regions, then Members, in distinct colours. */
export function chartConfig(model: ExploreModel, text: ChartText): ChartConfig {
  const config: Record<string, ChartConfig[string]> = {};
  let i = 0;
  for (const series of model.series) {
    const label = seriesLabel(series, text);
    if (series.kind === 'world') {
      config[series.key] = { label, short: label, color: '--series-world', dashed: true, marker: 'ring' };
      continue;
    }
    config[series.key] = {
      label,
      short: series.key,
      color: seriesColor(i),
      marker: SERIES_MARKERS[i % SERIES_MARKERS.length] ?? 'circle',
      // Regions are averages behind the Members when both are shown: dash them.
      dashed: series.kind === 'region' && model.view.members.length > 0,
    };
    i++;
  }
  return config;
}

export function ExploreChart({ model, text }: { readonly model: ExploreModel; readonly text: ChartText }) {
  const score = model.unit === 'score' && model.view.mode === 'value';
  const config = chartConfig(model, text);
  return (
    <>
      <LineChart
        data={model.rows}
        config={config}
        formatValue={text.format}
        yDomain={score ? [0, 100] : 'auto'}
        formatTick={score ? undefined : tickFormatter(text.i18n.lang)}
        height={380}
        endLabels
      />
      <ChartLegend config={config} />
    </>
  );
}

/** One or two sentences from the same series the chart draws. */
export function exploreSummary(model: ExploreModel, text: ChartText): string {
  const { m } = text;
  const facts = summaryFacts(model);
  const parts: string[] = [];
  if (facts.world) {
    const { from, to } = facts.world;
    parts.push(
      model.view.mode === 'change'
        ? m('summary.worldChange', {
            last: to.cycle,
            to: text.format(to.value ?? 0),
            baseline: model.baselineCycle,
          })
        : m('summary.world', {
            from: text.format(from.value ?? 0),
            first: from.cycle,
            to: text.format(to.value ?? 0),
            last: to.cycle,
          }),
    );
  } else {
    parts.push(m('summary.noWorld'));
  }
  if (facts.highest && facts.lowest && facts.cycle !== null) {
    parts.push(
      m('summary.regions', {
        cycle: facts.cycle,
        high: seriesLabel(facts.highest.series, text),
        highValue: text.format(facts.highest.point.value ?? 0),
        low: seriesLabel(facts.lowest.series, text),
        lowValue: text.format(facts.lowest.point.value ?? 0),
      }),
    );
  }
  if (facts.membersWithoutData.length > 0) {
    parts.push(m('summary.noData', { names: facts.membersWithoutData.map((s) => seriesLabel(s, text)).join(', ') }));
  }
  return parts.join(' ');
}

export type SortKey = 'name' | number;
export interface TableSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/**
 * Rows are series, columns are cycles; any column sorts, missing values last. The page holds the sort and the
 * sorted rows (explore-table-spec.ts), so that the chart frame's CSV lists the rows in the order shown.
 */
export function ExploreTable({
  model,
  text,
  caption,
  rows,
  sort,
  onSort,
}: {
  readonly model: ExploreModel;
  readonly text: ChartText;
  readonly caption: string;
  readonly rows: readonly ExploreSeries[];
  readonly sort: TableSort;
  readonly onSort: (sort: TableSort) => void;
}) {
  const { m } = text;
  const setSort = onSort;
  const header = (key: SortKey, label: string, numeric: boolean) => {
    const active = sort.key === key;
    return (
      <th
        key={String(key)}
        scope="col"
        className={numeric ? 'numeric' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="explore-sort"
          onClick={() => {
            // Numbers sort highest first on the first click: that is what an analyst looks for.
            setSort({ key, descending: active ? !sort.descending : key !== 'name' });
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table explore-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', m('table.series'), false)}
            {model.cycles.map((cycle) => header(cycle, String(cycle), true))}
          </tr>
        </thead>
        <tbody>
          {rows.map((series) => (
            <tr key={series.key}>
              <th scope="row">{seriesLabel(series, text)}</th>
              {series.points.map((point) => (
                <td key={point.cycle} className="numeric">
                  <Cell series={series} point={point} text={text} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({
  series,
  point,
  text,
}: {
  readonly series: ExploreSeries;
  readonly point: ExploreSeries['points'][number];
  readonly text: ChartText;
}) {
  const { m, i18n } = text;
  const coverage = point.n !== null && point.of !== null ? i18n.t('coverage', { n: point.n, of: point.of }) : undefined;
  if (point.value === null) {
    const why = series.kind === 'member' ? m('table.noValue') : m('table.insufficient');
    return (
      <span title={coverage ? `${why} · ${coverage}` : why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{why}</span>
      </span>
    );
  }
  return <span title={coverage}>{text.format(point.value)}</span>;
}
