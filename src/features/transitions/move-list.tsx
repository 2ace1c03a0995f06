// The Members that moved up (or down) a rating, with their scores and ratings in both cycles.
import { Link } from 'react-router';
import { RatingBadge } from '@/components/ui/rating-badge';
import type { MemberMove } from '@/domain/transitions';
import type { Member, RatingBand } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { TransitionsKey } from './transition-table';

interface MoveListProps {
  readonly title: string;
  readonly empty: string;
  readonly moves: readonly MemberMove[];
  readonly members: ReadonlyMap<string, Member>;
  readonly bands: readonly RatingBand[];
  readonly from: number;
  readonly to: number;
  readonly i18n: I18n;
  readonly m: Translate<TransitionsKey>;
}

export function MoveList({ title, empty, moves, members, bands, from, to, i18n, m }: MoveListProps) {
  const { fmt } = i18n;
  const rated = (score: number, code: string) => {
    const band = bands.find((item) => item.code === code);
    return (
      <>
        {fmt.score(score)} <RatingBadge code={band?.code ?? null} label={band ? i18n.name(band.name) : code} />
      </>
    );
  };
  return (
    <section className="move-list" aria-label={title}>
      <h3>{title}</h3>
      {moves.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="table-scroll move-list__scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{m('listMember')}</th>
                <th scope="col">{from}</th>
                <th scope="col">{to}</th>
                <th scope="col" className="numeric">
                  {m('listChange')}
                </th>
              </tr>
            </thead>
            <tbody>
              {moves.map((move) => {
                const member = members.get(move.member);
                return (
                  <tr key={move.member}>
                    <th scope="row">
                      <Link to={`/members/${move.member}`}>{member ? i18n.name(member.name) : move.member}</Link>
                    </th>
                    <td>{rated(move.from.score, move.from.rating)}</td>
                    <td>{rated(move.to.score, move.to.rating)}</td>
                    <td className="numeric">{fmt.change(move.change)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
