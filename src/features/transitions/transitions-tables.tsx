// The Transitions view's three tables as specs (data for the one DataTable): the summary by measure, the
// rating-to-rating table of the measure shown with its totals, and a list of who moved.
import { Link } from 'react-router';
import { RatingBadge } from '@/components/ui/rating-badge';
import type { MemberMove, RatedScore, Transitions, TransitionTotals } from '@/domain/transitions';
import type { RatingCode } from '@/domain/types';
import type { Column, TableSpec } from '@/lib/table/table-spec';
import type { TransitionsText } from './transitions-model';

export interface MeasureRow {
  readonly key: string;
  readonly label: string;
  readonly transitions: Transitions;
  /** The address that shows this measure's details. */
  readonly href: string;
  readonly shown: boolean;
}

export function summaryTable(
  text: TransitionsText,
  caption: string,
  rows: readonly MeasureRow[],
): TableSpec<MeasureRow> {
  const { m, i18n } = text;
  const n = i18n.fmt.integer;
  const count = (key: string, header: string, mark: string, value: (row: MeasureRow) => number) => ({
    key,
    header,
    headerContent: `${mark} ${header}`,
    numeric: true,
    cell: (row: MeasureRow) => n(value(row)),
    value,
  });
  return {
    caption,
    rows,
    rowKey: (row) => row.key,
    rowClass: (row) => (row.shown ? 'transitions-summary__shown-row' : undefined),
    columns: [
      { key: 'measure', header: m('summaryMeasure'), rowHeader: true, cell: (row) => row.label },
      { key: 'both', header: m('both'), numeric: true, cell: (row) => n(row.transitions.total) },
      count('up', m('up'), '↑', (row) => row.transitions.up.length),
      count('same', m('same'), '→', (row) => row.transitions.same),
      count('down', m('down'), '↓', (row) => row.transitions.down.length),
      {
        key: 'details',
        header: m('show'),
        cell: (row) =>
          row.shown ? (
            <span className="transitions-summary__shown">{m('shown')}</span>
          ) : (
            <Link to={row.href} className="button button--quiet" aria-label={m('showFor', { measure: row.label })}>
              {m('show')}
            </Link>
          ),
      },
    ],
  };
}

/** A row of the rating table: Members rated `code` in the first cycle, or the totals row (code null). */
export interface RatingRow {
  readonly code: RatingCode | null;
  readonly index: number;
  readonly counts: readonly number[];
  readonly total: number;
}

export function ratingTable(
  text: TransitionsText,
  caption: string,
  transitions: Transitions,
  totals: TransitionTotals,
  from: number,
  to: number,
): TableSpec<RatingRow> {
  const { m, i18n } = text;
  const badge = (code: RatingCode) => <Badge text={text} code={code} />;
  const rows: RatingRow[] = [
    ...transitions.ratings.map((code, index) => ({
      code,
      index,
      counts: transitions.counts[index] ?? [],
      total: totals.rows[index] ?? 0,
    })),
    { code: null, index: -1, counts: totals.columns, total: totals.total },
  ];
  // The diagonal kept its rating; to its right moved up, to its left moved down.
  const shade = (row: RatingRow, j: number) =>
    row.code === null
      ? 'transition-table__total'
      : `transition-table__cell--${j === row.index ? 'same' : j > row.index ? 'up' : 'down'}`;
  const columns: Column<RatingRow>[] = [
    {
      key: 'from',
      header: m('matrixCorner', { from, to }),
      rowHeader: true,
      cell: (row) => (row.code === null ? m('total') : badge(row.code)),
      value: (row) => (row.code === null ? m('total') : bandName(text, row.code)),
    },
    ...transitions.ratings.map((code, j): Column<RatingRow> => ({
      key: code,
      header: bandName(text, code),
      headerContent: badge(code),
      numeric: true,
      cell: (row) => i18n.fmt.integer(row.counts[j] ?? 0),
      value: (row) => row.counts[j] ?? 0,
      cellClass: (row) => shade(row, j),
    })),
    {
      key: 'total',
      header: m('total'),
      numeric: true,
      cell: (row) => i18n.fmt.integer(row.total),
      value: (row) => row.total,
      cellClass: () => 'transition-table__total',
    },
  ];
  return {
    caption,
    rows,
    columns,
    rowKey: (row) => row.code ?? 'total',
    rowClass: (row) => (row.code === null ? 'transition-table__totals' : undefined),
  };
}

export type MoveRow = MemberMove;

export function moveTable(
  text: TransitionsText,
  caption: string,
  moves: readonly MemberMove[],
  from: number,
  to: number,
): TableSpec<MoveRow> {
  const { m, i18n } = text;
  const rated = (score: RatedScore) => (
    <>
      {i18n.fmt.score(score.score)} <Badge text={text} code={score.rating} />
    </>
  );
  const name = (code: string) => {
    const member = text.members.get(code);
    return member ? i18n.name(member.name) : code;
  };
  return {
    caption,
    captionHidden: true,
    rows: moves,
    rowKey: (move) => move.member,
    columns: [
      {
        key: 'member',
        header: m('listMember'),
        rowHeader: true,
        cell: (move) => <Link to={`/members/${move.member}`}>{name(move.member)}</Link>,
        value: (move) => name(move.member),
      },
      { key: 'code', header: m('listCode'), csvOnly: true, cell: (move) => move.member },
      // The CSV has each score and rating in columns of their own, at full precision.
      { key: 'from', header: String(from), cell: (move) => rated(move.from), value: (move) => move.from.score },
      ratingColumn(text, 'fromRating', from, (move) => move.from.rating),
      { key: 'to', header: String(to), cell: (move) => rated(move.to), value: (move) => move.to.score },
      ratingColumn(text, 'toRating', to, (move) => move.to.rating),
      {
        key: 'change',
        header: m('listChange'),
        numeric: true,
        cell: (move) => i18n.fmt.change(move.change),
        value: (move) => move.change,
      },
    ],
  };
}

function ratingColumn(
  text: TransitionsText,
  key: string,
  cycle: number,
  code: (move: MoveRow) => RatingCode,
): Column<MoveRow> {
  return {
    key,
    header: text.m('ratingIn', { cycle }),
    csvOnly: true,
    cell: (move) => bandName(text, code(move)),
  };
}

function bandName(text: TransitionsText, code: RatingCode): string {
  const band = text.bands.find((item) => item.code === code);
  return band ? text.i18n.name(band.name) : code;
}

function Badge({ text, code }: { readonly text: TransitionsText; readonly code: RatingCode }) {
  return <RatingBadge code={code} label={bandName(text, code)} />;
}
