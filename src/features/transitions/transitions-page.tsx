// Transitions (`/transitions`): how many Members moved from each rating to each other between two cycles,
// and who moved up or down, for the Security Index and each programme area. Layout only: the state comes from
// transitions-state.ts, everything drawn from selectTransitions.
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '@/components/ui/chart-frame';
import { useDrawWhenNear } from '@/components/ui/chart-drawing';
import { DataBoundary } from '@/components/ui/data-boundary';
import { ViewPage } from '@/components/ui/view-page';
import { DataTable } from '@/components/ui/data-table';
import { Select } from '@/components/ui/select';
import { TableDownload } from '@/components/ui/table-download';
import { UrlNotice } from '@/components/ui/url-notice';
import { useMessages } from '@/lib/i18n/i18n';
import { useViewModel } from '@/lib/view-model';
import { transitionsMessages } from './messages';
import { selectTransitions, type MoveList, type TransitionsModel } from './transitions-model';
import {
  checkTransitions,
  cyclesChange,
  selectTransitionsFrame,
  transitionsSpec,
  type TransitionsFrame,
  type TransitionsValues,
} from './transitions-state';
import type { TransitionFlow } from './transitions-flow';
import './transitions.css';

// Recharts' Sankey loads with the chart, when it nears the viewport: not with the route, nor the first page.
const FlowChart = lazy(() => import('./flow-chart').then((module) => ({ default: module.FlowChart })));
const FLOW_HEIGHT = 360;

export function TransitionsPage() {
  return <ViewPage messages={transitionsMessages} select={selectTransitionsFrame} view={TransitionsView} />;
}

function TransitionsView({ frame }: { readonly frame: TransitionsFrame }) {
  const options = useMemo(() => ({ check: checkTransitions(frame) }), [frame]);
  const { invalid, set, query } = useViewModel(transitionsSpec, frame, selectTransitions, options);
  return (
    <>
      <UrlNotice invalid={invalid} />
      <DataBoundary query={query}>
        {(model) => <TransitionsContent model={model} frame={frame} set={set} />}
      </DataBoundary>
    </>
  );
}

interface ContentProps {
  readonly model: TransitionsModel;
  readonly frame: TransitionsFrame;
  readonly set: (changes: Partial<TransitionsValues>) => void;
}

function TransitionsContent({ model, frame, set }: ContentProps) {
  const m = useMessages(transitionsMessages);
  const { from, to, detail, measure } = model;
  return (
    <>
      <div className="transitions-controls">
        <Select
          label={m('from')}
          choices={model.choices.from}
          value={String(from)}
          onChange={(id) => {
            set(cyclesChange(frame, Number(id), to));
          }}
        />
        <Select
          label={m('to')}
          choices={model.choices.to}
          value={String(to)}
          onChange={(id) => {
            set(cyclesChange(frame, from, Number(id)));
          }}
        />
        <Select
          label={m('measure')}
          choices={model.choices.measure}
          value={model.measure}
          onChange={(id) => {
            set({ measure: id });
          }}
        />
      </div>
      <nav className="transitions-presets" aria-label={m('presets')}>
        <span>{m('presets')}:</span>
        {model.presets.map((preset) => (
          <Link key={preset.label} to={preset.href}>
            {preset.label}
          </Link>
        ))}
      </nav>
      <DataTable table={model.summary} className="transitions-summary" />
      <FlowFrame flow={detail.flow} measure={measure} />
      <section className="transitions-detail" aria-labelledby="transitions-detail-title">
        <h2 id="transitions-detail-title">{detail.title}</h2>
        <DataTable table={detail.table} className="transition-table" />
        <TableDownload table={detail.table} file={detail.file} measure={measure} />
        <p className="note">{detail.note}</p>
        <div className="transitions-lists">
          {detail.lists.map((list) => (
            <MoveListPanel key={list.title} list={list} measure={measure} />
          ))}
        </div>
      </section>
    </>
  );
}

function MoveListPanel({ list, measure }: { readonly list: MoveList; readonly measure: string }) {
  return (
    <section className="move-list" aria-label={list.title}>
      <h3>{list.title}</h3>
      {list.table ? (
        <>
          <DataTable table={list.table} />
          <TableDownload table={list.table} file={list.file} measure={measure} />
        </>
      ) : (
        <p>{list.empty}</p>
      )}
    </section>
  );
}

function FlowFrame({ flow, measure }: { readonly flow: TransitionFlow; readonly measure: string }) {
  const { ref, draw } = useDrawWhenNear();
  const placeholder = <div className="chart-placeholder" style={{ height: FLOW_HEIGHT }} />;
  return (
    <ChartFrame {...flow} config={{}} measure={measure}>
      {/* Not explorable by keyboard like the line charts: one picture, its words in the summary and the table. */}
      <div ref={ref} className="chart-box flow-chart" data-chart-drawn={draw} role="img" aria-label={flow.title}>
        {draw ? (
          <Suspense fallback={placeholder}>
            <FlowChart nodes={flow.nodes} links={flow.links} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
    </ChartFrame>
  );
}
