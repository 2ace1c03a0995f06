// The Members × cycles heat map of reporting completeness: shade for a glance, the percentage as text.
import { Link } from 'react-router';
import type { CompletenessRow } from '@/domain/reporting';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { shadeOf } from './reporting-model';
import type { ReportingKey } from './reporting-keys';

interface MemberGridProps {
  readonly caption: string;
  readonly rows: readonly CompletenessRow[];
  readonly cycles: readonly number[];
  readonly openCycle: number | null;
  readonly i18n: I18n;
  readonly m: Translate<ReportingKey>;
}

export function MemberGrid({ caption, rows, cycles, openCycle, i18n, m }: MemberGridProps) {
  return (
    <div className="reporting-grid-scroll">
      <table className="reporting-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="reporting-grid__member">
              {m('member')}
            </th>
            {cycles.map((cycle) => (
              <th key={cycle} scope="col">
                {cycle === openCycle ? m('openMark', { cycle }) : cycle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.member.code}>
              <th scope="row" className="reporting-grid__member">
                <Link to={`/members/${row.member.code}`}>{i18n.name(row.member.name)}</Link>
              </th>
              {row.cells.map((cell, i) => (
                <td
                  key={cycles[i]}
                  className={`reporting-grid__cell reporting-grid__cell--${shadeOf(cell?.share ?? null)}`}
                >
                  {cell?.share == null ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">{m('notMember')}</span>
                    </>
                  ) : (
                    i18n.fmt.percent(cell.share)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
