// The Overview (`/`): headline figures since the resolution, the world and regional Security Index over time,
// adoption of key measures and the programme areas.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { datasetQueryOptions } from '@/api/dataset';
import { ChartFrame } from '@/components/ui/chart-frame';
import { DataBoundary } from '@/components/ui/data-boundary';
import { LineChart } from '@/components/ui/line-chart';
import { Stat } from '@/components/ui/stat';
import { StatusPanel } from '@/components/ui/status-panel';
import type { AggregatePoint } from '@/domain/score-table';
import type { ChartConfig } from '@/lib/chart/chart-config';
import { useI18n, type I18n } from '@/lib/i18n/i18n';
import { selectOverview, type OverviewModel } from './overview-model';

// The sections below the world chart load as their own chunk, fetched as soon as this module runs (in parallel
// with the data): the Overview's first-load bytes are budgeted (DESIGN §7) and these are below the fold.
const sections = import('./overview-sections');
const OverviewSections = lazy(() => sections.then((module) => ({ default: module.OverviewSections })));

export function OverviewPage() {
  const i18n = useI18n();
  const query = useQuery({ ...datasetQueryOptions(), select: selectOverview });
  return (
    <>
      <h1>{i18n.t('overview.title')}</h1>
      <p className="lead">{i18n.t('overview.lead')}</p>
      <DataBoundary query={query}>{(model) => <OverviewContent model={model} i18n={i18n} />}</DataBoundary>
    </>
  );
}

function OverviewContent({ model, i18n }: { readonly model: OverviewModel; readonly i18n: I18n }) {
  const { t, fmt } = i18n;
  const { reporting, worldIndex, change } = model;
  const showSections = useAfterFirstChart();
  if (!model.hasData) {
    return (
      <StatusPanel tone="empty" title={t('empty.title')}>
        <p>{t('empty.body')}</p>
      </StatusPanel>
    );
  }
  return (
    <>
      <dl className="stats">
        <Stat
          label={t('overview.reporting.label', { cycle: model.cycle })}
          value={t('overview.reporting.value', { n: fmt.integer(reporting.n), of: fmt.integer(reporting.of) })}
          note={t('overview.reporting.note', { share: fmt.percent(reporting.coverage) })}
        />
        <Stat
          label={t('overview.index.label', { cycle: model.cycle })}
          value={
            worldIndex?.value == null ? (
              t('coverage.insufficient', { n: worldIndex?.aggregate.n ?? 0, of: worldIndex?.aggregate.of ?? 0 })
            ) : (
              <>
                <span className="stat__number">{fmt.score(worldIndex.value)}</span>{' '}
                {model.worldRating ? <span className="rating">{i18n.name(model.worldRating.name)}</span> : null}
              </>
            )
          }
          note={
            <>
              {change
                ? t('overview.index.change', { change: fmt.change(change.change), baseline: change.baseline.cycle })
                : t('overview.index.noChange', { baseline: model.baselineCycle })}
              {' · '}
              {t(`trend.${model.trend.direction}`)}
              {worldIndex ? ` · ${t('coverage', { n: worldIndex.aggregate.n, of: worldIndex.aggregate.of })}` : null}
            </>
          }
        />
      </dl>
      {model.openCycle ? (
        <p className="note">
          {t('overview.openCycle', {
            cycle: model.openCycle.cycle,
            share: fmt.percent(model.openCycle.completeness ?? 0),
          })}
        </p>
      ) : null}
      <WorldIndexChart model={model} i18n={i18n} />
      {showSections ? (
        <Suspense fallback={null}>
          <OverviewSections model={model} i18n={i18n} />
        </Suspense>
      ) : null}
    </>
  );
}

function WorldIndexChart({ model, i18n }: { readonly model: OverviewModel; readonly i18n: I18n }) {
  const { t, fmt } = i18n;
  const first = model.series[0]?.cycle ?? model.baselineCycle;
  const last = model.series.at(-1)?.cycle ?? model.cycle;
  const rows = model.series.map((point) => ({ cycle: point.cycle, world: point.value }));
  const config: ChartConfig = { world: { label: t('overview.chart.series'), color: '--series-1' } };
  return (
    <ChartFrame
      title={t('overview.chart.title', { first, last })}
      subtitle={t('overview.chart.subtitle')}
      summary={chartSummary(model, i18n)}
      showTableLabel={t('chart.showTable')}
      hideTableLabel={t('chart.hideTable')}
      footnote={<ChartFootnote i18n={i18n} />}
      config={config}
      file={{ measure: 'security-index', group: 'world', cycles: [first, last] }}
      table={{
        caption: t('overview.chart.title', { first, last }),
        rows: model.series,
        rowKey: (point: AggregatePoint) => String(point.cycle),
        columns: [
          { key: 'cycle', header: t('table.cycle'), cell: (point) => point.cycle },
          {
            key: 'value',
            header: t('table.value'),
            numeric: true,
            cell: (point) => (point.value === null ? t('trend.insufficient') : fmt.score(point.value)),
            value: (point) => point.value,
          },
          {
            key: 'coverage',
            header: t('table.coverage'),
            cell: (point) => t('coverage', { n: point.aggregate.n, of: point.aggregate.of }),
          },
        ],
      }}
    >
      <LineChart data={rows} config={config} formatValue={fmt.score} />
    </ChartFrame>
  );
}

/**
 * False until the browser is first idle after the world chart mounted (Recharts measures its box and draws the
 * line over a few frames): the sections below render after that, so their work never delays the first chart
 * (the Overview's time-to-chart budget). Browsers without requestIdleCallback wait a moment instead.
 */
function useAfterFirstChart(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const show = () => {
      setReady(true);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(show, { timeout: 1000 });
      return () => {
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(show, 150);
    return () => {
      clearTimeout(id);
    };
  }, []);
  return ready;
}

function ChartFootnote({ i18n }: { readonly i18n: I18n }) {
  return <>{i18n.t('footer.illustrative')}</>;
}

/** One or two sentences that say what the chart shows, from the same numbers. */
export function chartSummary(model: OverviewModel, i18n: I18n): string {
  const { change, worldRating } = model;
  if (!change || !worldRating) return i18n.t('overview.chart.summaryShort');
  return i18n.t('overview.chart.summary', {
    from: i18n.fmt.score(change.baseline.value),
    first: change.baseline.cycle,
    to: i18n.fmt.score(change.latest.value),
    last: change.latest.cycle,
    change: i18n.fmt.change(change.change),
    rating: i18n.name(worldRating.name).toLowerCase(),
  });
}
