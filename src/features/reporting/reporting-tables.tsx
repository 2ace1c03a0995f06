// The Reporting view's tables as specs for the one DataTable: the Members × cycles completeness heat map (shade
// for a glance, the percentage as text), indicators never reported by Member, observations by provenance.
import { Link } from 'react-router';
import type { CompletenessRow, NeverReported } from '@/domain/reporting';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { Column, TableSpec } from '@/lib/table/table-spec';
import { shadeOf, type ProvenanceRow, type ReportingKey } from './reporting-figures';

interface Text {
  readonly m: Translate<ReportingKey>;
  readonly i18n: I18n;
}

const memberColumn = <Row extends { readonly member: CompletenessRow['member'] }>(text: Text): Column<Row> => ({
  key: 'member',
  header: text.m('member'),
  rowHeader: true,
  cell: (row) => <Link to={`/members/${row.member.code}`}>{text.i18n.name(row.member.name)}</Link>,
  value: (row) => text.i18n.name(row.member.name),
});

/** The Member's code, in the CSV only. */
const codeColumn = <Row extends { readonly member: CompletenessRow['member'] }>(text: Text): Column<Row> => ({
  key: 'code',
  header: text.m('code'),
  csvOnly: true,
  cell: (row) => row.member.code,
});

export function gridTable(
  text: Text,
  caption: string,
  rows: readonly CompletenessRow[],
  model: { readonly cycles: readonly number[]; readonly open: { readonly cycle: number } | null },
): TableSpec<CompletenessRow> {
  const { m, i18n } = text;
  return {
    caption,
    rows,
    rowKey: (row) => row.member.code,
    columns: [
      memberColumn(text),
      codeColumn(text),
      ...model.cycles.map((cycle, i): Column<CompletenessRow> => ({
        key: String(cycle),
        header: cycle === model.open?.cycle ? m('openMark', { cycle }) : String(cycle),
        numeric: true,
        cellClass: (row) => `reporting-grid__cell reporting-grid__cell--${shadeOf(row.cells[i]?.share ?? null)}`,
        value: (row) => row.cells[i]?.share ?? null,
        cell: (row) => {
          const share = row.cells[i]?.share;
          return share == null ? (
            <>
              <span aria-hidden="true">·</span>
              <span className="visually-hidden">{m('notMember')}</span>
            </>
          ) : (
            i18n.fmt.percent(share)
          );
        },
      })),
    ],
  };
}

export function gapsTable(text: Text, caption: string, gaps: readonly NeverReported[]): TableSpec<NeverReported> {
  const { m, i18n } = text;
  return {
    caption,
    rows: gaps,
    rowKey: (row) => row.member.code,
    columns: [
      memberColumn(text),
      codeColumn(text),
      {
        key: 'count',
        header: m('gapsCount'),
        numeric: true,
        cell: (row) => i18n.fmt.integer(row.indicators.length),
        value: (row) => row.indicators.length,
      },
      {
        key: 'indicators',
        header: m('gapsIndicators'),
        cell: (row) => row.indicators.map((indicator) => i18n.name(indicator.name)).join(' · '),
      },
    ],
  };
}

export function provenanceTable(text: Text, rows: readonly ProvenanceRow[]): TableSpec<ProvenanceRow> {
  const { m, i18n } = text;
  const { fmt } = i18n;
  return {
    caption: m('provenanceCaption'),
    rows,
    rowKey: (row) => String(row.cycle),
    columns: [
      { key: 'cycle', header: m('cycle'), rowHeader: true, cell: (row) => row.cycle },
      {
        key: 'validated',
        header: m('validated'),
        numeric: true,
        cell: (row) => fmt.integer(row.shares.validated),
        value: (row) => row.shares.validated,
      },
      {
        key: 'self',
        header: m('selfReported'),
        numeric: true,
        cell: (row) => fmt.integer(row.shares.selfReported),
        value: (row) => row.shares.selfReported,
      },
      {
        key: 'share',
        header: m('share'),
        numeric: true,
        cell: (row) => (row.shares.validatedShare === null ? m('noData') : fmt.percent(row.shares.validatedShare)),
        value: (row) => row.shares.validatedShare,
      },
    ],
  };
}
