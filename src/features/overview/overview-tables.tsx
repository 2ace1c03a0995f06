// The two tables of the Overview's sections as specs (each also a CSV): the Index by region and year behind the
// regions chart, and the world's programme areas with score, rating, change and trend in words.
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import type { AggregatePoint } from '@/domain/score-table';
import type { SeriesSummary } from '@/domain/summary';
import type { Area, RatingCode } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { Column, TableSpec } from '@/lib/table/table-spec';
import type { OverviewMessageKey } from './messages';

interface Words {
  readonly i18n: I18n;
  readonly m: Translate<OverviewMessageKey>;
}

/** A chart series as a table row: the world or a region, with its value in each cycle. */
export interface GroupRow {
  readonly code: string;
  readonly label: string;
  readonly series: readonly AggregatePoint[];
}

export function regionTable(
  caption: string,
  cycles: readonly number[],
  rows: readonly GroupRow[],
  { i18n, m }: Words,
): TableSpec<GroupRow> {
  const { t, fmt } = i18n;
  const at = (row: GroupRow, cycle: number) => row.series.find((point) => point.cycle === cycle);
  const coverage = (point: AggregatePoint) => t('coverage', { n: point.aggregate.n, of: point.aggregate.of });
  const columns: Column<GroupRow>[] = [{ key: 'name', header: m('regions.series'), cell: (row) => row.label }];
  for (const cycle of cycles) {
    columns.push(
      {
        key: String(cycle),
        header: String(cycle),
        numeric: true,
        cell: (row) => {
          const point = at(row, cycle);
          return point?.value == null ? (
            <abbr title={t('trend.insufficient')}>—</abbr>
          ) : (
            <span title={coverage(point)}>{fmt.score(point.value)}</span>
          );
        },
        value: (row) => at(row, cycle)?.value ?? null,
      },
      {
        // On screen the coverage is each value's tooltip; the CSV gives it a column of its own.
        key: `${cycle}-coverage`,
        header: `${cycle} · ${t('table.coverage')}`,
        csvOnly: true,
        cell: (row) => {
          const point = at(row, cycle);
          return point ? coverage(point) : '';
        },
      },
    );
  }
  return { caption, rows, rowKey: (row) => row.code, columns };
}

/** A programme area's world figures in the headline cycle. */
export interface AreaRow {
  readonly area: Area;
  readonly summary: SeriesSummary;
  /** Coverage of the area's world value in that cycle. */
  readonly coverage: { readonly n: number; readonly of: number } | null;
}

const ratingCode = (row: AreaRow): RatingCode | null => row.summary.rating?.code ?? null;

export function areaTable(
  caption: string,
  cycle: number,
  baseline: number,
  rows: readonly AreaRow[],
  { i18n, m }: Words,
): TableSpec<AreaRow> {
  const { t, fmt, name } = i18n;
  return {
    caption,
    rows,
    rowKey: (row) => row.area.code,
    columns: [
      { key: 'area', header: m('areas.area'), cell: (row) => name(row.area.name) },
      {
        key: 'score',
        header: m('areas.score', { cycle }),
        numeric: true,
        cell: ({ summary, coverage }) =>
          summary.value === null ? (
            t('coverage.insufficient', { n: coverage?.n ?? 0, of: coverage?.of ?? 0 })
          ) : (
            <span className="area-score">
              <span className="area-score__bar" style={{ width: `${(summary.value / 20).toFixed(2)}rem` }} />
              {fmt.score(summary.value)}
            </span>
          ),
        value: (row) => row.summary.value,
      },
      {
        key: 'rating',
        header: t('table.rating'),
        cell: (row) => (
          <RatingBadge
            code={ratingCode(row)}
            label={row.summary.rating ? name(row.summary.rating.name) : t('trend.insufficient')}
          />
        ),
        value: (row) => (row.summary.rating ? name(row.summary.rating.name) : t('trend.insufficient')),
      },
      {
        key: 'change',
        header: m('areas.change', { baseline }),
        numeric: true,
        cell: (row) => (row.summary.change ? fmt.change(row.summary.change.change) : m('areas.noChange')),
      },
      {
        key: 'trend',
        header: m('areas.trend'),
        cell: (row) => (
          <TrendLabel direction={row.summary.trend.direction} label={t(`trend.${row.summary.trend.direction}`)} />
        ),
        value: (row) => t(`trend.${row.summary.trend.direction}`),
      },
      {
        key: 'coverage',
        header: t('table.coverage'),
        cell: (row) => (row.coverage ? t('coverage', row.coverage) : '—'),
      },
    ],
  };
}
