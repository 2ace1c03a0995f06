// The directory's table as a TableSpec: one row per Member, every column but the rating sortable, the user's own
// administration marked. The one DataTable draws it; its sort is the link's (directory-state.ts).
import { Link } from 'react-router';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { TableSpec } from '@/lib/table/table-spec';
import type { DirectoryRow } from './directory-model';
import type { MembersKey } from './messages';

interface Words {
  readonly t: Translate<MembersKey>;
  readonly i18n: I18n;
}

interface Facts {
  readonly closedCycle: number;
  readonly baselineCycle: number;
  /** The user's own administration, if chosen. */
  readonly mine: string | null;
}

export function directoryTable(
  rows: readonly DirectoryRow[],
  { t, i18n }: Words,
  { closedCycle, baselineCycle, mine }: Facts,
): TableSpec<DirectoryRow> {
  const { fmt } = i18n;
  const regionName = (row: DirectoryRow) => (row.region ? i18n.name(row.region.name) : row.member.region);
  return {
    caption: t('caption'),
    captionHidden: true,
    rows,
    rowKey: (row) => row.member.code,
    rowClass: (row) => (row.member.code === mine ? 'directory-table__mine' : undefined),
    columns: [
      {
        key: 'name',
        header: t('col.member'),
        rowHeader: true,
        sortValue: (row) => i18n.name(row.member.name),
        cell: (row) => (
          <>
            <Link to={`/members/${row.member.code}`}>{i18n.name(row.member.name)}</Link>{' '}
            <span className="code">{row.member.code}</span>
            {row.member.code === mine ? <span className="directory-table__mine-tag"> ★ {t('mine')}</span> : null}
          </>
        ),
      },
      { key: 'region', header: t('col.region'), sortValue: regionName, cell: regionName },
      {
        key: 'index',
        header: t('col.index'),
        numeric: true,
        sortValue: (row) => row.summary.value,
        cell: ({ summary, cycle }) =>
          summary.value === null ? (
            <span className="directory-table__missing">{t('index.none')}</span>
          ) : (
            <>
              {fmt.score(summary.value)}
              {cycle !== null && cycle !== closedCycle ? (
                <span className="directory-table__cycle"> {t('index.cycle', { cycle })}</span>
              ) : null}
            </>
          ),
      },
      {
        key: 'rating',
        header: t('col.rating'),
        cell: ({ summary }) =>
          summary.rating ? <RatingBadge code={summary.rating.code} label={i18n.name(summary.rating.name)} /> : '—',
      },
      {
        key: 'trend',
        header: t('col.trend'),
        // Improving first, as for the numbers.
        firstDirection: 'descending',
        sortValue: (row) => row.summary.trend.slope,
        cell: ({ summary }) => (
          <TrendLabel direction={summary.trend.direction} label={i18n.t(`trend.${summary.trend.direction}`)} />
        ),
      },
      {
        key: 'change',
        header: t('col.change', { baseline: baselineCycle }),
        numeric: true,
        sortValue: (row) => row.summary.change?.change ?? null,
        cell: ({ summary }) => (summary.change ? fmt.change(summary.change.change) : t('change.none')),
      },
      {
        key: 'completeness',
        header: t('col.completeness', { cycle: closedCycle }),
        numeric: true,
        sortValue: (row) => row.completeness,
        cell: (row) => (row.completeness === null ? t('completeness.none') : fmt.percent(row.completeness)),
      },
    ],
  };
}
