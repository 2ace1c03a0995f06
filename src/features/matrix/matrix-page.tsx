// The Matrix (`/matrix`): every Member × programme area (or scored indicator) for one cycle, by rating.
// Layout only: the state comes from matrix-state.ts, everything drawn from selectMatrix.
import { Link } from 'react-router';
import { DataBoundary } from '@/components/ui/data-boundary';
import { ViewPage } from '@/components/ui/view-page';
import { DataTable } from '@/components/ui/data-table';
import { RatingBadge } from '@/components/ui/rating-badge';
import { Select } from '@/components/ui/select';
import { TableDownload } from '@/components/ui/table-download';
import { UrlNotice } from '@/components/ui/url-notice';
import { useMessages } from '@/lib/i18n/i18n';
import type { SetUrlState } from '@/lib/url-state';
import { useViewModel } from '@/lib/view-model';
import { ChoiceToggle } from './choice-toggle';
import { selectMatrix, type MatrixView } from './matrix-model';
import { matrixSpec, selectMatrixFrame, toggleChange, type MatrixFrame } from './matrix-state';
import { matrixMessages } from './messages';
import './matrix.css';

type MatrixSpec = ReturnType<typeof matrixSpec>;

export function MatrixPage() {
  return <ViewPage messages={matrixMessages} select={selectMatrixFrame} view={MatrixState} />;
}

function MatrixState({ frame }: { readonly frame: MatrixFrame }) {
  const { values, invalid, set, query } = useViewModel(matrixSpec, frame, selectMatrix);
  return (
    <>
      <UrlNotice invalid={invalid} />
      <DataBoundary query={query}>{(view) => <MatrixContent view={view} values={values} set={set} />}</DataBoundary>
    </>
  );
}

interface ContentProps {
  readonly view: MatrixView;
  readonly values: { readonly group: string; readonly cols: string; readonly region: string };
  readonly set: SetUrlState<MatrixSpec>;
}

function MatrixContent({ view, values, set }: ContentProps) {
  const m = useMessages(matrixMessages);
  return (
    <>
      <div className="matrix-controls">
        <Select
          label={m('cycle')}
          choices={view.choices.cycle}
          value={String(view.cycle)}
          onChange={(id) => {
            set({ cycle: Number(id) });
          }}
        />
        <Select
          label={m('region')}
          choices={view.choices.region}
          value={values.region}
          onChange={(id) => {
            set({ region: id });
          }}
        />
        {view.toggles.map((toggle) => (
          <ChoiceToggle
            key={toggle.param}
            label={toggle.label}
            choices={toggle.choices}
            value={values[toggle.param]}
            onChange={(id) => {
              set(toggleChange(toggle.param, id));
            }}
          />
        ))}
      </div>
      <p className="matrix-meta">
        {view.count} {view.transitions ? <Link to={view.transitions.href}>{view.transitions.label}</Link> : null}
      </p>
      <div className="matrix-legend">
        <span className="matrix-legend__title">{m('legend')}</span>
        <ul>
          {view.legend.map((band) => (
            <li key={band.code}>
              <RatingBadge code={band.code} label={band.label} />
            </li>
          ))}
        </ul>
      </div>
      <div className="matrix-scroll">
        <DataTable
          table={view.table}
          className="data-table--sticky matrix"
          onSort={(sort) => {
            set({ sort: sort.key, dir: sort.direction === 'ascending' ? 'asc' : 'desc' });
          }}
        />
      </div>
      <TableDownload table={view.table} file={view.file} />
      {view.empty ? <p>{view.empty}</p> : null}
      <p className="note matrix-rules">{m('rules', { n: 'n', of: 'N' })}</p>
    </>
  );
}
