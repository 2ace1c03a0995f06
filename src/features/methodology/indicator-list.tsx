// The framework's indicators by programme area: code, name, type and whether each is scored.
import type { Framework } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { MethodologyKey } from './worked-example';

interface IndicatorListProps {
  readonly framework: Framework;
  readonly i18n: I18n;
  readonly m: Translate<MethodologyKey>;
}

export function IndicatorList({ framework, i18n, m }: IndicatorListProps) {
  return (
    <>
      <p>{m('indicators.body', { version: framework.version })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{m('indicators.caption', { version: framework.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('indicators.code')}</th>
              <th scope="col">{m('example.indicator')}</th>
              <th scope="col">{m('indicators.type')}</th>
              <th scope="col">{m('indicators.scored')}</th>
            </tr>
          </thead>
          {framework.areas.map((area) => (
            <tbody key={area.code}>
              <tr className="methodology-example__area">
                <th scope="colgroup" colSpan={4}>
                  {i18n.name(area.name)}
                  {area.description ? (
                    <span className="methodology-area-description"> — {i18n.name(area.description)}</span>
                  ) : null}
                </th>
              </tr>
              {framework.indicators
                .filter((indicator) => indicator.area === area.code)
                .map((indicator) => (
                  <tr key={indicator.code}>
                    <td>
                      <code>{indicator.code}</code>
                    </td>
                    <th scope="row">
                      {i18n.name(indicator.name)}
                      {indicator.unit ? ` (${i18n.name(indicator.unit)})` : ''}
                    </th>
                    <td>{m(`type.${indicator.type}`)}</td>
                    <td>{m(indicator.scored ? 'indicators.yes' : 'indicators.no')}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
