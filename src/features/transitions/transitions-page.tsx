// Transitions (`/transitions`): how many Members moved from each rating to each other between two cycles,
// and who moved up or down, for the Security Index and each programme area.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { UrlNotice } from '@/components/ui/url-notice';
import { scoresOf, type ScoreTable } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { param, useUrlState } from '@/lib/url-state';
import { Select } from '@/components/ui/select';
import { transitionsMessages } from './messages';
import { MoveList } from './move-list';
import { TransitionTable, type TransitionsKey } from './transition-table';
import { buildTransitions, defaultCycles, INDEX_KEY, measureKeys, type MeasureTransitions } from './transitions-model';
import './transitions.css';

/** 0 stands for the data-dependent default (latest closed cycle, and the one before it). */
const spec = {
  from: param.int(0, 9999, 0),
  to: param.int(0, 9999, 0),
  measure: param.code(INDEX_KEY),
};

const selectTable = (dataset: Dataset): ScoreTable => scoresOf(dataset);

export function TransitionsPage() {
  const i18n = useI18n();
  const m = useMessages(transitionsMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectTable });
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
      <DataBoundary query={query}>{(table) => <TransitionsContent table={table} i18n={i18n} m={m} />}</DataBoundary>
    </>
  );
}

interface ContentProps {
  readonly table: ScoreTable;
  readonly i18n: I18n;
  readonly m: Translate<TransitionsKey>;
}

function TransitionsContent({ table, i18n, m }: ContentProps) {
  const url = useUrlState(spec);
  const { values } = url;
  const { framework } = table.dataset;
  const defaults = defaultCycles(table);
  const known = (cycle: number) => cycle === 0 || table.cycles.includes(cycle);
  const to = known(values.to) && values.to !== 0 ? values.to : defaults.to;
  const fromAsked = known(values.from) && values.from !== 0 ? values.from : Math.max(framework.cycles.first, to - 1);
  const order = fromAsked < to;
  const from = order ? fromAsked : Math.max(framework.cycles.first, to - 1);
  const measureValid = measureKeys(table).includes(values.measure);
  const measure = measureValid ? values.measure : INDEX_KEY;
  const invalid = [
    ...url.invalid,
    ...(known(values.to) ? [] : ['to']),
    ...(known(values.from) && order ? [] : ['from']),
    ...(measureValid ? [] : ['measure']),
  ];
  // Eight measures × the membership: cheap enough to compute on each render.
  const model = buildTransitions(table, from, to);
  const selected = model.measures.find((item) => item.key === measure) ?? model.measures[0];
  const label = (item: MeasureTransitions) => (item.name ? i18n.name(item.name) : m('index'));
  const cycles = [...table.cycles].reverse().map((cycle) => ({ id: String(cycle), label: String(cycle) }));
  const baseline = framework.resolution.baselineCycle;
  // Writes the cycles asked for; a value equal to its default is left out of the link.
  const setCycles = (next: { from: number; to: number }) => {
    url.set({
      to: next.to === defaults.to ? 0 : next.to,
      from: next.from === Math.max(framework.cycles.first, next.to - 1) ? 0 : next.from,
    });
  };
  return (
    <>
      <UrlNotice invalid={invalid} />
      <div className="transitions-controls">
        <Select
          label={m('from')}
          choices={cycles.filter((cycle) => Number(cycle.id) < to)}
          value={String(from)}
          onChange={(id) => {
            setCycles({ from: Number(id), to });
          }}
        />
        <Select
          label={m('to')}
          choices={cycles.filter((cycle) => Number(cycle.id) > framework.cycles.first)}
          value={String(to)}
          onChange={(id) => {
            const next = Number(id);
            setCycles({ from: from < next ? from : Math.max(framework.cycles.first, next - 1), to: next });
          }}
        />
        <Select
          label={m('measure')}
          choices={model.measures.map((item) => ({ id: item.key, label: label(item) }))}
          value={measure}
          onChange={(id) => {
            url.set({ measure: id });
          }}
        />
      </div>
      <nav className="transitions-presets" aria-label={m('presets')}>
        <span>{m('presets')}:</span>
        <Link to={`/transitions?measure=${measure}`}>
          {m('presetPrevious', { to: defaults.to, from: defaults.from })}
        </Link>
        <Link to={`/transitions?from=${baseline}&measure=${measure}`}>
          {m('presetBaseline', { to: defaults.to, from: baseline })}
        </Link>
      </nav>
      <SummaryTable
        model={model}
        selected={measure}
        label={label}
        onShow={(key) => {
          url.set({ measure: key });
        }}
        i18n={i18n}
        m={m}
      />
      {selected ? (
        <section className="transitions-detail" aria-labelledby="transitions-detail-title">
          <h2 id="transitions-detail-title">
            {label(selected)}, {from} → {to}
          </h2>
          <TransitionTable
            caption={m('matrixCaption', { measure: label(selected), from, to })}
            transitions={selected.transitions}
            bands={framework.ratingBands}
            from={from}
            to={to}
            i18n={i18n}
            m={m}
          />
          <p className="note">
            {m('matrixNote', {
              total: i18n.fmt.integer(selected.transitions.total),
              left: i18n.fmt.integer(selected.transitions.left),
            })}
          </p>
          <div className="transitions-lists">
            <MoveList
              title={m('upTitle', { n: selected.transitions.up.length })}
              empty={m('noneUp')}
              moves={selected.transitions.up}
              members={model.members}
              bands={framework.ratingBands}
              from={from}
              to={to}
              i18n={i18n}
              m={m}
            />
            <MoveList
              title={m('downTitle', { n: selected.transitions.down.length })}
              empty={m('noneDown')}
              moves={selected.transitions.down}
              members={model.members}
              bands={framework.ratingBands}
              from={from}
              to={to}
              i18n={i18n}
              m={m}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}

interface SummaryProps {
  readonly model: ReturnType<typeof buildTransitions>;
  readonly selected: string;
  readonly label: (item: MeasureTransitions) => string;
  readonly onShow: (key: string) => void;
  readonly i18n: I18n;
  readonly m: Translate<TransitionsKey>;
}

function SummaryTable({ model, selected, label, onShow, i18n, m }: SummaryProps) {
  const n = i18n.fmt.integer;
  return (
    <div className="table-scroll">
      <table className="data-table transitions-summary">
        <caption>{m('summaryCaption', { from: model.from, to: model.to })}</caption>
        <thead>
          <tr>
            <th scope="col">{m('summaryMeasure')}</th>
            <th scope="col" className="numeric">
              {m('both')}
            </th>
            <th scope="col" className="numeric">
              <span aria-hidden="true">↑ </span>
              {m('up')}
            </th>
            <th scope="col" className="numeric">
              <span aria-hidden="true">→ </span>
              {m('same')}
            </th>
            <th scope="col" className="numeric">
              <span aria-hidden="true">↓ </span>
              {m('down')}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {model.measures.map((item) => (
            <tr key={item.key} aria-current={item.key === selected ? 'true' : undefined}>
              <th scope="row">{label(item)}</th>
              <td className="numeric">{n(item.transitions.total)}</td>
              <td className="numeric">{n(item.transitions.up.length)}</td>
              <td className="numeric">{n(item.transitions.same)}</td>
              <td className="numeric">{n(item.transitions.down.length)}</td>
              <td>
                {item.key === selected ? (
                  <span className="transitions-summary__shown">{m('shown')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`${m('show')}: ${label(item)}`}
                    onClick={() => {
                      onShow(item.key);
                    }}
                  >
                    {m('show')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
