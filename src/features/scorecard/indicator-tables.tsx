// Every indicator of the framework, grouped by area: its latest value in its own unit, stage, cycle and
// provenance; and, on request, what the Member reported in every cycle.
import { useId, useState } from 'react';
import type { IndicatorRow, ScorecardModel } from './scorecard-model';
import { formatShort, formatValue, type ScorecardText } from './scorecard-text';

interface Props {
  readonly model: ScorecardModel;
  readonly text: ScorecardText;
}

export function IndicatorTables({ model, text }: Props) {
  const { t, i18n } = text;
  const [historyShown, setHistoryShown] = useState(false);
  const id = useId();
  return (
    <section className="scorecard__section scorecard__indicators" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('indicators.title')}</h2>
      <p className="scorecard__lead">{t('indicators.lead')}</p>
      <div className="table-scroll">
        <table className="data-table indicator-table">
          <caption className="visually-hidden">{t('indicators.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.indicator')}</th>
              <th scope="col">{t('col.value')}</th>
              <th scope="col" className="numeric">
                {t('col.stage')}
              </th>
              <th scope="col" className="numeric">
                {t('col.cycle')}
              </th>
              <th scope="col">{t('col.provenance')}</th>
            </tr>
          </thead>
          {model.areas.map((card) => (
            <tbody key={card.area.code}>
              <tr className="indicator-table__area">
                <th scope="rowgroup" colSpan={5}>
                  {i18n.name(card.area.name)}
                </th>
              </tr>
              {card.indicators.map((row) => (
                <IndicatorLine key={row.indicator.code} row={row} model={model} text={text} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <button
        type="button"
        className="button button--quiet scorecard__history-toggle"
        aria-expanded={historyShown}
        aria-controls={`${id}-history`}
        onClick={() => {
          setHistoryShown((shown) => !shown);
        }}
      >
        {historyShown ? t('history.hide') : t('history.show')}
      </button>
      <div id={`${id}-history`} hidden={!historyShown} className="scorecard__history">
        {historyShown ? <HistoryTable model={model} text={text} /> : null}
      </div>
    </section>
  );
}

function IndicatorLine({ row, model, text }: Props & { readonly row: IndicatorRow }) {
  const { t, i18n } = text;
  const { indicator, latest } = row;
  return (
    <tr>
      <th scope="row" className="indicator-table__name">
        {i18n.name(indicator.name)}
      </th>
      <td data-label={t('col.value')}>
        {latest ? formatValue(text, model.framework, indicator, latest.value) : t('value.notReported')}
      </td>
      <td className="numeric" data-label={t('col.stage')}>
        {indicator.scored ? (row.stage ?? '—') : <span className="indicator-table__context">{t('stage.context')}</span>}
      </td>
      <td className="numeric" data-label={t('col.cycle')}>
        {latest ? latest.cycle : '—'}
      </td>
      <td data-label={t('col.provenance')}>
        {latest ? (
          <>
            {t(`provenance.${latest.provenance}`)},{' '}
            {t('provenance.submitted', { date: i18n.fmt.date(latest.submitted) })}
            {latest.status === 'provisional' ? ` (${t('provenance.provisional')})` : null}
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

function HistoryTable({ model, text }: Props) {
  const { t, i18n } = text;
  const cycles = model.cycles.filter((cycle) => cycle >= model.member.joined);
  return (
    <div className="table-scroll">
      <table className="data-table history-table">
        <caption>{t('history.caption', { area: t('indicators.title'), member: i18n.name(model.member.name) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.indicator')}</th>
            {cycles.map((cycle) => (
              <th key={cycle} scope="col" className="numeric">
                {cycle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.areas.flatMap((card) =>
            card.indicators.map((row) => (
              <tr key={row.indicator.code}>
                <th scope="row">{i18n.name(row.indicator.name)}</th>
                {row.history.map(({ cycle, observation }) => (
                  <td key={cycle} className="numeric">
                    {observation ? formatShort(text, row.indicator, observation.value) : t('history.none')}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
