// The Overview (`/`): headline figures since the resolution, the world and regional Security Index over time,
// adoption of key measures and the programme areas. Layout only: overview-model.ts says what to show.
import { lazy, Suspense } from 'react';
import { DataBoundary } from '@/components/ui/data-boundary';
import { LineChart } from '@/components/ui/chart';
import { Stat } from '@/components/ui/stat';
import { StatusPanel } from '@/components/ui/status-panel';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n } from '@/lib/i18n/i18n';
import { ChartFrame } from '@/components/ui/chart-frame';
import { selectOverview, type Figure, type OverviewModel } from './overview-model';
import { useIdleOnceDrawn } from '@/lib/idle';
import { useOverviewView } from './overview-view';

// The sections below the world chart load as their own chunk, fetched when the Overview opens (in parallel with
// the data, app/routes.tsx): the Overview's first-load bytes are budgeted (DESIGN §7) and these are below the fold.
const loadSections = () => import('./overview-sections');
const OverviewSections = lazy(() => loadSections().then((module) => ({ default: module.OverviewSections })));

export function preloadOverviewSections(): void {
  loadSections().catch(() => undefined); // a failure shows when the sections render
}

export function OverviewPage() {
  const { t, lang } = useI18n();
  const query = useOverviewView(selectOverview, lang);
  useDocumentTitle(t('overview.title'));
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.lead')}</p>
      <DataBoundary query={query}>{(model) => <OverviewContent model={model} />}</DataBoundary>
    </>
  );
}

function OverviewContent({ model }: { readonly model: OverviewModel }) {
  const { t, fmt } = useI18n();
  // The sections render once the browser is first idle after the world chart mounted, so that their work never
  // delays the first chart (the Overview's time-to-chart budget).
  const showSections = useIdleOnceDrawn(true, 1000);
  if (!model.hasData) {
    return (
      <StatusPanel tone="empty" title={t('empty.title')}>
        <p>{t('empty.body')}</p>
      </StatusPanel>
    );
  }
  const { chart } = model;
  return (
    <>
      <dl className="stats">
        <Stat label={model.reporting.label} value={model.reporting.value} note={model.reporting.note} />
        <Stat label={model.index.label} value={<FigureValue figure={model.index} />} note={model.index.note} />
      </dl>
      {model.openCycle ? <p className="note">{model.openCycle}</p> : null}
      <ChartFrame {...chart} embed={{}}>
        <LineChart data={chart.rows} formatValue={fmt.score} />
      </ChartFrame>
      {showSections ? (
        <Suspense fallback={null}>
          <OverviewSections overview={model} />
        </Suspense>
      ) : null}
    </>
  );
}

function FigureValue({ figure }: { readonly figure: Figure }) {
  if (figure.value === null) return figure.insufficient;
  return (
    <>
      <span className="stat__number">{figure.value}</span>{' '}
      {figure.rating ? <span className="rating">{figure.rating}</span> : null}
    </>
  );
}
