// Every indicator of the framework, grouped by area: its latest value in its own unit, stage, cycle and
// provenance; and, on request, what the Member reported in every cycle. The first table is written out rather
// than a DataTable: it groups rows under area headers (rowgroups) and, on a phone, turns each row into a card
// whose cells carry their column's name (data-label).
import { useId, useState } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { useMessages } from '@/lib/i18n/i18n';
import type { IndicatorLine as Line } from './indicator-model';
import { scorecardMessages, type ScorecardKey } from './messages';
import type { ScorecardModel } from './scorecard-model';

/** The columns, and which hold numbers. */
const HEADERS: readonly (readonly [ScorecardKey, boolean])[] = [
  ['col.indicator', false],
  ['col.value', false],
  ['col.stage', true],
  ['col.cycle', true],
  ['col.provenance', false],
];

export function IndicatorTables({ model }: { readonly model: ScorecardModel }) {
  const t = useMessages(scorecardMessages);
  const [historyShown, setHistoryShown] = useState(false);
  const id = useId();
  const toggleHistory = () => {
    setHistoryShown((shown) => !shown);
  };
  return (
    <section className="scorecard__section scorecard__indicators" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('indicators.title')}</h2>
      <p className="scorecard__lead">{t('indicators.lead')}</p>
      <TableScroll labelledBy={`${id}-caption`}>
        <table className="data-table indicator-table">
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('indicators.title')}
          </caption>
          <thead>
            <tr>
              {HEADERS.map(([key, numeric]) => (
                <th key={key} scope="col" className={numeric ? 'numeric' : undefined}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          {model.indicators.map((group) => (
            <tbody key={group.code}>
              <tr className="indicator-table__area">
                <th scope="rowgroup" colSpan={HEADERS.length}>
                  {group.name}
                </th>
              </tr>
              {group.lines.map((line) => (
                <IndicatorLine key={line.code} line={line} />
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
      <button
        type="button"
        className="button button--quiet scorecard__history-toggle"
        aria-expanded={historyShown}
        aria-controls={`${id}-history`}
        onClick={toggleHistory}
      >
        {historyShown ? t('history.hide') : t('history.show')}
      </button>
      <div id={`${id}-history`} hidden={!historyShown} className="scorecard__history">
        {historyShown ? <DataTable table={model.history} className="history-table" /> : null}
      </div>
    </section>
  );
}

function IndicatorLine({ line }: { readonly line: Line }) {
  const t = useMessages(scorecardMessages);
  return (
    <tr>
      <th scope="row" className="indicator-table__name">
        {line.name}
      </th>
      <td data-label={t('col.value')}>{line.value}</td>
      <td className="numeric" data-label={t('col.stage')}>
        {line.stage ?? <span className="indicator-table__context">{t('stage.context')}</span>}
      </td>
      <td className="numeric" data-label={t('col.cycle')}>
        {line.cycle}
      </td>
      <td data-label={t('col.provenance')}>{line.provenance}</td>
    </tr>
  );
}
