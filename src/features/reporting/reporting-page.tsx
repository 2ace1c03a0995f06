// Reporting (`/reporting`): how complete Members' returns are by region, Member and cycle; the open cycle's
// progress; indicators never reported; validated vs self-reported data. Layout only: the state comes from
// reporting-state.ts, everything drawn from selectReporting.
import { DataBoundary } from '@/components/ui/data-boundary';
import { ViewPage } from '@/components/ui/view-page';
import { DataTable } from '@/components/ui/data-table';
import { Select } from '@/components/ui/select';
import { Stat } from '@/components/ui/stat';
import { StatusPanel } from '@/components/ui/status-panel';
import { TableDownload } from '@/components/ui/table-download';
import { UrlNotice } from '@/components/ui/url-notice';
import { useMessages } from '@/lib/i18n/i18n';
import type { SetUrlState } from '@/lib/url-state';
import { useViewModel } from '@/lib/view-model';
import { CompletenessChart } from './completeness-chart';
import { reportingMessages } from './messages';
import { selectReporting, type ReportingView } from './reporting-model';
import { reportingSpec, selectReportingFrame, type ReportingFrame } from './reporting-state';
import './reporting.css';

export function ReportingPage() {
  return <ViewPage messages={reportingMessages} select={selectReportingFrame} view={ReportingState} />;
}

function ReportingState({ frame }: { readonly frame: ReportingFrame }) {
  const { invalid, set, query } = useViewModel(reportingSpec, frame, selectReporting);
  return (
    <>
      <UrlNotice invalid={invalid} />
      <DataBoundary query={query}>{(view) => <ReportingContent view={view} set={set} />}</DataBoundary>
    </>
  );
}

interface ContentProps {
  readonly view: ReportingView;
  readonly set: SetUrlState<ReturnType<typeof reportingSpec>>;
}

function ReportingContent({ view, set }: ContentProps) {
  const m = useMessages(reportingMessages);
  const { empty } = view;
  if (empty)
    return (
      <StatusPanel tone="empty" title={empty.title}>
        {<p>{empty.body}</p>}
      </StatusPanel>
    );
  return (
    <>
      <dl className="stats">
        {view.stats.map((stat) => (
          <Stat key={stat.label} label={stat.label} value={stat.value} note={stat.note} />
        ))}
      </dl>
      <div className="reporting-controls">
        <Select
          label={m('region')}
          choices={view.regionChoices}
          value={view.region}
          onChange={(id) => {
            set({ region: id });
          }}
        />
      </div>
      <CompletenessChart chart={view.chart} />
      <section className="status-panel reporting-section" aria-labelledby="reporting-grid-title">
        <h2 id="reporting-grid-title">{m('gridTitle')}</h2>
        <div className="reporting-grid">
          <DataTable table={view.grid} className="data-table--sticky" />
        </div>
        <TableDownload table={view.grid} file={view.files.grid} />
      </section>
      <section className="status-panel reporting-section" aria-labelledby="reporting-gaps-title">
        <h2 id="reporting-gaps-title">{view.gaps.title}</h2>
        <p>{view.gaps.body}</p>
        {view.gaps.table ? (
          <>
            <div className="reporting-gaps">
              <DataTable table={view.gaps.table} />
            </div>
            <TableDownload table={view.gaps.table} file={view.files.gaps} />
          </>
        ) : (
          <p>{m('gapsNone')}</p>
        )}
      </section>
      <section className="status-panel reporting-section" aria-labelledby="reporting-provenance-title">
        <h2 id="reporting-provenance-title">{m('provenanceTitle')}</h2>
        <DataTable table={view.provenance} />
        <TableDownload table={view.provenance} file={view.files.provenance} />
      </section>
    </>
  );
}
