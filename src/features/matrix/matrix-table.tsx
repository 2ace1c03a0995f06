// The Matrix table as a spec for the one DataTable: a row per Member with a cell per column coloured by rating
// (the score and the rating word as text), region and world average rows with their coverage, sortable headers.
// Region group rows: DataTable has no cell spanning all columns, so a region's name is its row's header cell and
// the row's other cells stay empty; the Members under it are sorted within their region.
import { Link } from 'react-router';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { sortRows, type Column, type TableSort, type TableSpec } from '@/lib/table/table-spec';
import { NAME_KEY, type MatrixColumn } from './matrix-columns';
import type { MatrixModel, MatrixRow, RatedValue, SummaryCell, SummaryRow } from './matrix-model';
import type { matrixMessages } from './messages';

export type MatrixKey = keyof (typeof matrixMessages)['en'];

export type MatrixTableRow =
  | { readonly kind: 'member'; readonly key: string; readonly row: MatrixRow }
  | { readonly kind: 'summary'; readonly key: string; readonly label: string; readonly row: SummaryRow }
  | { readonly kind: 'section'; readonly key: string; readonly label: string };

export interface MatrixText {
  readonly m: Translate<MatrixKey>;
  readonly i18n: I18n;
  readonly regionName: (code: string) => string;
}

export function columnLabel(column: MatrixColumn, text: MatrixText): string {
  return column.name ? text.i18n.name(column.name) : text.m('index');
}

export function matrixTable(
  model: MatrixModel,
  text: MatrixText,
  caption: string,
  sort: TableSort,
): TableSpec<MatrixTableRow> {
  const { m, i18n } = text;
  const columns: Column<MatrixTableRow>[] = [
    {
      key: NAME_KEY,
      header: m('member'),
      rowHeader: true,
      firstDirection: 'ascending',
      sortValue: (entry) => (entry.kind === 'member' ? i18n.name(entry.row.member.name) : null),
      cell: (entry) =>
        entry.kind === 'member' ? (
          <Link to={`/members/${entry.row.member.code}`}>{i18n.name(entry.row.member.name)}</Link>
        ) : (
          entry.label
        ),
      value: (entry) => (entry.kind === 'member' ? i18n.name(entry.row.member.name) : entry.label),
    },
    {
      key: 'code',
      header: m('code'),
      csvOnly: true,
      cell: (entry) =>
        entry.kind === 'member' ? entry.row.member.code : entry.kind === 'summary' ? entry.row.group : '',
    },
    ...model.columns.map((column, i): Column<MatrixTableRow> => ({
      key: column.key,
      header: columnLabel(column, text),
      ...(column.kind === 'indicator' ? { headerContent: column.key } : {}),
      numeric: true,
      sortValue: (entry) => (entry.kind === 'member' ? (entry.row.cells[i]?.score ?? null) : null),
      value: (entry) => (entry.kind === 'section' ? null : (entry.row.cells[i]?.score ?? null)),
      cell: (entry) => {
        if (entry.kind === 'section') return null;
        if (entry.kind === 'summary') {
          const cell = entry.row.cells[i];
          return cell ? <SummaryValue cell={cell} text={text} /> : null;
        }
        const cell = entry.row.cells[i];
        return cell ? <ScoreCell cell={cell} text={text} /> : null;
      },
      cellClass: (entry) => {
        if (entry.kind === 'section') return undefined;
        const cell = entry.row.cells[i];
        return `matrix__cell matrix__cell--${cell?.rating?.code ?? 'none'}`;
      },
    })),
  ];
  const summary = (row: SummaryRow): MatrixTableRow => ({
    kind: 'summary',
    key: `summary-${row.group}`,
    label: row.group === 'WORLD' ? m('world') : m('regionAverage', { region: text.regionName(row.group) }),
    row,
  });
  const rows: MatrixTableRow[] = model.summaries.map(summary);
  for (const section of model.sections) {
    if (section.region)
      rows.push({ kind: 'section', key: `section-${section.region.code}`, label: i18n.name(section.region.name) });
    if (section.summary) rows.push(summary(section.summary));
    const members = section.rows.map((row): MatrixTableRow => ({ kind: 'member', key: row.member.code, row }));
    // Names first, so that Members with the same score (or none) stay in alphabetical order.
    const named = sortRows(members, columns, { key: NAME_KEY, direction: 'ascending' }, i18n.lang);
    rows.push(...sortRows(named, columns, sort, i18n.lang));
  }
  return {
    caption,
    columns,
    rows,
    sort,
    rowKey: (entry) => entry.key,
    rowClass: (entry) => (entry.kind === 'member' ? undefined : `matrix__${entry.kind}`),
    groupHeading: (entry) => entry.kind === 'section',
  };
}

function ScoreCell({ cell, text }: { readonly cell: RatedValue; readonly text: MatrixText }) {
  const { m, i18n } = text;
  if (cell.score === null || cell.rating === null) {
    return (
      <span title={m('notScored')}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{m('notScored')}</span>
      </span>
    );
  }
  const word = i18n.name(cell.rating.name);
  return (
    <span title={word}>
      {i18n.fmt.score(cell.score)}
      <span className="visually-hidden"> {word}</span>
    </span>
  );
}

function SummaryValue({ cell, text }: { readonly cell: SummaryCell; readonly text: MatrixText }) {
  const { m, i18n } = text;
  const coverage = m('cellCoverage', { n: cell.aggregate.n, of: cell.aggregate.of });
  const word = cell.rating ? i18n.name(cell.rating.name) : null;
  return (
    <span title={word ? `${word} · ${coverage}` : coverage}>
      {cell.score === null ? m('insufficient') : i18n.fmt.score(cell.score)}
      {word ? <span className="visually-hidden"> {word}</span> : null}
      <span className="matrix__coverage">
        <span aria-hidden="true">
          {cell.aggregate.n}/{cell.aggregate.of}
        </span>
        <span className="visually-hidden">, {coverage}</span>
      </span>
    </span>
  );
}
