// The Reporting view's two plain tables: indicators never reported by Member, and observations by provenance.
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import type { NeverReported, ProvenanceShares } from '@/domain/reporting';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { ReportingKey } from './reporting-keys';

interface GapsProps {
  readonly caption: string;
  readonly gaps: readonly NeverReported[];
  readonly i18n: I18n;
  readonly m: Translate<ReportingKey>;
}

export function GapsTable({ caption, gaps, i18n, m }: GapsProps) {
  if (gaps.length === 0) return <p>{m('gapsNone')}</p>;
  return (
    <div className="reporting-gaps">
      <DataTable<NeverReported>
        table={{
          caption,
          rows: gaps,
          rowKey: (row) => row.member.code,
          columns: [
            {
              key: 'member',
              header: m('member'),
              cell: (row) => <Link to={`/members/${row.member.code}`}>{i18n.name(row.member.name)}</Link>,
            },
            {
              key: 'count',
              header: m('gapsCount'),
              numeric: true,
              cell: (row) => i18n.fmt.integer(row.indicators.length),
            },
            {
              key: 'indicators',
              header: m('gapsIndicators'),
              cell: (row) => row.indicators.map((indicator) => i18n.name(indicator.name)).join(' · '),
            },
          ],
        }}
      />
    </div>
  );
}

interface ProvenanceProps {
  readonly rows: readonly { readonly cycle: number; readonly shares: ProvenanceShares }[];
  readonly i18n: I18n;
  readonly m: Translate<ReportingKey>;
}

export function ProvenanceTable({ rows, i18n, m }: ProvenanceProps) {
  const { fmt } = i18n;
  return (
    <DataTable
      table={{
        caption: m('provenanceCaption'),
        rows,
        rowKey: (row) => String(row.cycle),
        columns: [
          { key: 'cycle', header: m('cycle'), cell: (row) => row.cycle },
          { key: 'validated', header: m('validated'), numeric: true, cell: (row) => fmt.integer(row.shares.validated) },
          {
            key: 'self',
            header: m('selfReported'),
            numeric: true,
            cell: (row) => fmt.integer(row.shares.selfReported),
          },
          {
            key: 'share',
            header: m('share'),
            numeric: true,
            cell: (row) => (row.shares.validatedShare === null ? m('noData') : fmt.percent(row.shares.validatedShare)),
          },
        ],
      }}
    />
  );
}
