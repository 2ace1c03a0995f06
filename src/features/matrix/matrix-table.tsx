// The Matrix table: one row per Member, a cell per column coloured by rating with the score and the rating
// word as text; region and world average rows with their coverage; headers that sort.
import { Link } from 'react-router';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { Region } from '@/domain/types';
import {
  NAME_KEY,
  type MatrixColumn,
  type MatrixModel,
  type RatedValue,
  type SortDirection,
  type SummaryCell,
  type SummaryRow,
} from './matrix-model';
import type { matrixMessages } from './messages';

type MatrixKey = keyof (typeof matrixMessages)['en'];

interface MatrixTableProps {
  readonly model: MatrixModel;
  readonly caption: string;
  readonly regions: readonly Region[];
  readonly sort: string;
  readonly direction: SortDirection;
  readonly onSort: (key: string) => void;
  readonly i18n: I18n;
  readonly m: Translate<MatrixKey>;
}

export function MatrixTable(props: MatrixTableProps) {
  const { model, caption, regions, sort, direction, onSort, i18n, m } = props;
  const regionName = (code: string) => {
    const region = regions.find((item) => item.code === code);
    return region ? i18n.name(region.name) : code;
  };
  const summaryLabel = (row: SummaryRow) =>
    row.group === 'WORLD' ? m('world') : m('regionAverage', { region: regionName(row.group) });
  const span = model.columns.length + 1;
  return (
    <div className="matrix-scroll">
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader
              label={m('member')}
              sortKey={NAME_KEY}
              sort={sort}
              direction={direction}
              onSort={onSort}
              className="matrix__corner"
            />
            {model.columns.map((column) => (
              <SortHeader
                key={column.key}
                label={columnLabel(column, i18n, m)}
                short={column.kind === 'indicator' ? column.key : undefined}
                sortKey={column.key}
                sort={sort}
                direction={direction}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody className="matrix__summaries">
          {model.summaries.map((row) => (
            <SummaryTableRow key={row.group} row={row} label={summaryLabel(row)} i18n={i18n} m={m} />
          ))}
        </tbody>
        {model.sections.map((section) => (
          <tbody key={section.region?.code ?? 'all'}>
            {section.region ? (
              <tr className="matrix__section">
                <th scope="colgroup" colSpan={span}>
                  {i18n.name(section.region.name)}
                </th>
              </tr>
            ) : null}
            {section.summary ? (
              <SummaryTableRow row={section.summary} label={summaryLabel(section.summary)} i18n={i18n} m={m} />
            ) : null}
            {section.rows.map((row) => (
              <tr key={row.member.code}>
                <th scope="row" className="matrix__member">
                  <Link to={`/members/${row.member.code}`}>{i18n.name(row.member.name)}</Link>
                </th>
                {row.cells.map((cell, i) => (
                  <ScoreCell key={model.columns[i]?.key ?? i} cell={cell} i18n={i18n} m={m} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        {model.memberCount === 0 ? (
          <tbody>
            <tr>
              <td colSpan={span}>{m('empty')}</td>
            </tr>
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

export function columnLabel(column: MatrixColumn, i18n: I18n, m: Translate<MatrixKey>): string {
  return column.name ? i18n.name(column.name) : m('index');
}

interface SortHeaderProps {
  readonly label: string;
  /** A short text shown instead of the label (the label stays the accessible name and the tooltip). */
  readonly short?: string | undefined;
  readonly sortKey: string;
  readonly sort: string;
  readonly direction: SortDirection;
  readonly onSort: (key: string) => void;
  readonly className?: string;
}

function SortHeader({ label, short, sortKey, sort, direction, onSort, className }: SortHeaderProps) {
  const active = sort === sortKey;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button
        type="button"
        className="matrix__sort"
        title={short ? label : undefined}
        onClick={() => {
          onSort(sortKey);
        }}
      >
        {short ? (
          <>
            <span aria-hidden="true">{short}</span>
            <span className="visually-hidden">{label}</span>
          </>
        ) : (
          label
        )}
        <span aria-hidden="true" className="matrix__sort-arrow">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function ScoreCell({ cell, i18n, m }: { cell: RatedValue; i18n: I18n; m: Translate<MatrixKey> }) {
  if (cell.score === null || cell.rating === null) {
    return (
      <td className="matrix__cell matrix__cell--none" title={m('notScored')}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{m('notScored')}</span>
      </td>
    );
  }
  const word = i18n.name(cell.rating.name);
  return (
    <td className={`matrix__cell matrix__cell--${cell.rating.code}`} title={word}>
      {i18n.fmt.score(cell.score)}
      <span className="visually-hidden"> {word}</span>
    </td>
  );
}

function SummaryTableRow(props: { row: SummaryRow; label: string; i18n: I18n; m: Translate<MatrixKey> }) {
  const { row, label, i18n, m } = props;
  return (
    <tr className="matrix__summary">
      <th scope="row" className="matrix__member">
        {label}
      </th>
      {row.cells.map((cell, i) => (
        <SummaryValue key={i} cell={cell} i18n={i18n} m={m} />
      ))}
    </tr>
  );
}

function SummaryValue({ cell, i18n, m }: { cell: SummaryCell; i18n: I18n; m: Translate<MatrixKey> }) {
  const coverage = m('cellCoverage', { n: cell.aggregate.n, of: cell.aggregate.of });
  const word = cell.rating ? i18n.name(cell.rating.name) : null;
  return (
    <td
      className={`matrix__cell matrix__cell--${cell.rating?.code ?? 'none'}`}
      title={word ? `${word} · ${coverage}` : coverage}
    >
      {cell.score === null ? m('insufficient') : i18n.fmt.score(cell.score)}
      {word ? <span className="visually-hidden"> {word}</span> : null}
      <span className="matrix__coverage">
        <span aria-hidden="true">
          {cell.aggregate.n}/{cell.aggregate.of}
        </span>
        <span className="visually-hidden">, {coverage}</span>
      </span>
    </td>
  );
}
