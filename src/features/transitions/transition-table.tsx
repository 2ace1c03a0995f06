// The rating-to-rating table of one measure: Members by rating in the first cycle (rows) and the second
// (columns), with totals; the diagonal is "kept its rating".
import { RatingBadge } from '@/components/ui/rating-badge';
import type { Transitions } from '@/domain/transitions';
import type { RatingBand } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { transitionsMessages } from './messages';

export type TransitionsKey = keyof (typeof transitionsMessages)['en'];

interface TransitionTableProps {
  readonly caption: string;
  readonly transitions: Transitions;
  readonly bands: readonly RatingBand[];
  readonly from: number;
  readonly to: number;
  readonly i18n: I18n;
  readonly m: Translate<TransitionsKey>;
}

export function TransitionTable({ caption, transitions, bands, from, to, i18n, m }: TransitionTableProps) {
  const { counts, ratings } = transitions;
  const band = (code: string) => bands.find((item) => item.code === code);
  const name = (code: string) => {
    const found = band(code);
    return found ? i18n.name(found.name) : code;
  };
  const columnTotals = ratings.map((_, j) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return (
    <div className="table-scroll">
      <table className="data-table transition-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="transition-table__corner">{m('matrixCorner', { from, to })}</td>
            {ratings.map((code) => (
              <th key={code} scope="col" className="numeric">
                <RatingBadge code={band(code)?.code ?? null} label={name(code)} />
              </th>
            ))}
            <th scope="col" className="numeric">
              {m('total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((code, i) => {
            const row = counts[i] ?? [];
            return (
              <tr key={code}>
                <th scope="row">
                  <RatingBadge code={band(code)?.code ?? null} label={name(code)} />
                </th>
                {ratings.map((target, j) => (
                  <td
                    key={target}
                    className={`numeric transition-table__cell transition-table__cell--${j === i ? 'same' : j > i ? 'up' : 'down'}`}
                  >
                    {i18n.fmt.integer(row[j] ?? 0)}
                  </td>
                ))}
                <td className="numeric transition-table__total">{i18n.fmt.integer(row.reduce((a, b) => a + b, 0))}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m('total')}</th>
            {columnTotals.map((total, j) => (
              <td key={ratings[j]} className="numeric transition-table__total">
                {i18n.fmt.integer(total)}
              </td>
            ))}
            <td className="numeric transition-table__total">{i18n.fmt.integer(transitions.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
