// The directory table: one row per Member, sortable by any column (buttons in the headers, with aria-sort).
import { Link } from 'react-router';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import type { DirectoryModel, DirectoryRow } from './directory-model';
import type { SortDirection, SortKey } from './directory-state';
import { membersMessages } from './messages';

interface Props {
  readonly model: DirectoryModel;
  readonly rows: readonly DirectoryRow[];
  readonly sort: SortKey;
  readonly dir: SortDirection;
  readonly mine: string | null;
  readonly onSort: (key: SortKey) => void;
}

export function DirectoryTable({ model, rows, sort, dir, mine, onSort }: Props) {
  const t = useMessages(membersMessages);
  const i18n = useI18n();
  const { fmt } = i18n;
  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="directory-sort"
        onClick={() => {
          onSort(key);
        }}
      >
        {label}
        <span aria-hidden="true" className="directory-sort__mark">
          {sort === key ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll directory-scroll">
      <table className="data-table directory-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            {header('name', t('col.member'))}
            {header('region', t('col.region'))}
            {header('index', t('col.index'), true)}
            <th scope="col">{t('col.rating')}</th>
            {header('trend', t('col.trend'))}
            {header('change', t('col.change', { baseline: model.baselineCycle }), true)}
            {header('completeness', t('col.completeness', { cycle: model.closedCycle }), true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.member.code} className={row.member.code === mine ? 'directory-table__mine' : undefined}>
              <th scope="row" className="directory-table__member">
                <Link to={`/members/${row.member.code}`}>{i18n.name(row.member.name)}</Link>{' '}
                <span className="code">{row.member.code}</span>
                {row.member.code === mine ? <span className="directory-table__mine-tag"> ★ {t('mine')}</span> : null}
              </th>
              <td className="directory-table__region">{row.region ? i18n.name(row.region.name) : row.member.region}</td>
              <td className="numeric">
                {row.index === null ? (
                  <span className="directory-table__missing">{t('index.none')}</span>
                ) : (
                  <>
                    {fmt.score(row.index)}
                    {row.cycle !== null && row.cycle !== model.closedCycle ? (
                      <span className="directory-table__cycle"> {t('index.cycle', { cycle: row.cycle })}</span>
                    ) : null}
                  </>
                )}
              </td>
              <td>{row.rating ? <RatingBadge code={row.rating.code} label={i18n.name(row.rating.name)} /> : '—'}</td>
              <td>
                <TrendLabel direction={row.trend.direction} label={i18n.t(`trend.${row.trend.direction}`)} />
              </td>
              <td className="numeric">{row.change ? fmt.change(row.change.change) : t('change.none')}</td>
              <td className="numeric">
                {row.completeness === null ? t('completeness.none') : fmt.percent(row.completeness)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
