// The worked example: one Member's latest return, step by step from reported values to its Security Index,
// every number computed by the engine (so this page can never disagree with the other views).
import { Fragment } from 'react';
import { RatingBadge } from '@/components/ui/rating-badge';
import type { Framework } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { ExampleIndicator, WorkedExample as Example } from './methodology-model';
import type { methodologyMessages } from './messages';

export type MethodologyKey = keyof (typeof methodologyMessages)['en'];

interface WorkedExampleProps {
  readonly example: Example;
  readonly framework: Framework;
  readonly i18n: I18n;
  readonly m: Translate<MethodologyKey>;
}

export function WorkedExample({ example, framework, i18n, m }: WorkedExampleProps) {
  const { fmt } = i18n;
  const member = i18n.name(example.member.name);
  const scoredAreas = example.areas.filter((area) => area.score !== null);
  return (
    <>
      <p>
        {m('example.body', {
          member,
          reported: example.reported,
          expected: example.expected,
          cycle: example.cycle,
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table methodology-example">
          <caption>{m('example.caption', { member, cycle: example.cycle })}</caption>
          <thead>
            <tr>
              <th scope="col">{m('example.indicator')}</th>
              <th scope="col">{m('example.value')}</th>
              <th scope="col" className="numeric">
                {m('example.stage')}
              </th>
              <th scope="col" className="numeric">
                {m('example.score')}
              </th>
            </tr>
          </thead>
          {example.areas.map((area) => (
            <tbody key={area.area.code}>
              <tr className="methodology-example__area">
                <th scope="colgroup" colSpan={4}>
                  {i18n.name(area.area.name)}
                </th>
              </tr>
              {area.indicators.map((row) => (
                <tr key={row.indicator.code}>
                  <th scope="row">{i18n.name(row.indicator.name)}</th>
                  <td>{valueText(row, framework, i18n, m)}</td>
                  <td className="numeric">{row.stage ?? '—'}</td>
                  <td className="numeric">{row.score === null ? '—' : fmt.score(row.score)}</td>
                </tr>
              ))}
              <tr className="methodology-example__total">
                <th scope="row">{m('example.areaScore', { area: i18n.name(area.area.name) })}</th>
                <td colSpan={2}>
                  {area.scored === 0
                    ? m('example.areaNone')
                    : area.score === null
                      ? m('example.areaTooFew')
                      : m('example.areaReported', { reported: area.reported, scored: area.scored })}
                </td>
                <td className="numeric">{area.score === null ? '—' : fmt.score(area.score)}</td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      <p className="methodology-example__index">
        {m('example.index', {
          n: scoredAreas.length,
          index: fmt.score(example.index),
          rating: i18n.name(example.rating.name),
        })}{' '}
        <RatingBadge code={example.rating.code} label={i18n.name(example.rating.name)} />
      </p>
    </>
  );
}

function valueText(row: ExampleIndicator, framework: Framework, i18n: I18n, m: Translate<MethodologyKey>) {
  const { observation, indicator } = row;
  if (!observation) return m('example.notReported');
  const { value } = observation;
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? m('example.yes') : m('example.no');
    case 'stage': {
      const stage = framework.stages.find((item) => item.value === value);
      return stage ? `${value} – ${i18n.name(stage.name)}` : String(value);
    }
    case 'percent':
      return i18n.fmt.percent(value / 100);
    case 'count':
    case 'currency':
      return (
        <Fragment>
          {i18n.fmt.integer(value)}
          {indicator.unit ? ` ${i18n.name(indicator.unit)}` : ''}{' '}
          <span className="methodology-context">({m('example.context')})</span>
        </Fragment>
      );
  }
}
