// The Trend explorer (`/explore`) shows a measure over the cycles for the world, regions and chosen Members, as a
// chart, a table or a map; the whole view lives in the URL.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { datasetQueryOptions } from '@/api/dataset';
import { ChartFrame } from '@/components/ui/chart-frame';
import { DataBoundary } from '@/components/ui/data-boundary';
import { StatusPanel } from '@/components/ui/status-panel';
import { UrlNotice } from '@/components/ui/url-notice';
import type { Dataset } from '@/domain/types';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { chartConfig, exploreSummary, ExploreChart, ExploreTable, type ChartText } from './explore-chart';
import { ExploreControls } from './explore-controls';
import { measureName, unitName, valueFormatter } from './explore-format';
import { selectExplore, selectExploreFrame, type ExploreFrame, type ExploreModel } from './explore-model';
import { TABS, useExploreState, type ExploreValues, type Tab as TabId } from './explore-state';
import { DEFAULT_SORT, exploreTableSpec } from './explore-table-spec';
import { exploreMessages, type ExploreMessageKey } from './messages';
import './explore.css';

// The map, d3-geo and the world atlas load only when the Map tab is first opened.
const ExploreMap = lazy(() => import('./explore-map').then((module) => ({ default: module.ExploreMap })));

export function ExplorePage() {
  const m = useMessages(exploreMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectExploreFrame });
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
      <DataBoundary query={query}>{(frame) => <ExploreView frame={frame} m={m} />}</DataBoundary>
    </>
  );
}

function ExploreView({ frame, m }: { readonly frame: ExploreFrame; readonly m: Translate<ExploreMessageKey> }) {
  const i18n = useI18n();
  const { values, view, invalid, set } = useExploreState(frame);
  const select = useCallback((dataset: Dataset) => selectExplore(dataset, view), [view]);
  const { data: model } = useQuery({ ...datasetQueryOptions(), select });
  return (
    <>
      <UrlNotice invalid={invalid} />
      <ExploreControls frame={frame} values={values} set={set} i18n={i18n} m={m} />
      {model ? (
        <ExploreResults model={model} frame={frame} values={values} set={set} i18n={i18n} m={m} />
      ) : (
        <StatusPanel tone="empty" title={m('unknownMeasure')} />
      )}
    </>
  );
}

interface ResultsProps {
  readonly model: ExploreModel;
  readonly frame: ExploreFrame;
  readonly values: ExploreValues;
  readonly set: (changes: Partial<ExploreValues>) => void;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}

function ExploreResults({ model, frame, values, set, i18n, m }: ResultsProps) {
  const [sort, setSort] = useState(DEFAULT_SORT);
  const text: ChartText = { format: valueFormatter(model.unit, model.view.mode, i18n), i18n, m };
  const measure = measureLabel(model, frame, i18n, m);
  const { from, to, mode } = model.view;
  const title =
    mode === 'change'
      ? m('chart.titleChange', { measure, baseline: model.baselineCycle, from, to })
      : m('chart.title', { measure, from, to });
  const summary = exploreSummary(model, text);
  const table = exploreTableSpec(model, text, title, sort);
  const tableProps = { model, text, caption: title, rows: table.rows, sort, onSort: setSort };
  const footnote = (
    <>
      {m('footnote.method')} {i18n.t('footer.illustrative')}
    </>
  );
  return (
    <Tabs
      className="explore-tabs"
      selectedKey={values.tab}
      onSelectionChange={(key: Key) => {
        const tab = TABS.find((candidate) => candidate === key);
        if (tab) set({ tab });
      }}
    >
      <TabList aria-label={m('tabs.label')} className="explore-tabs__list">
        {TABS.map((tab) => (
          <Tab key={tab} id={tab} className="explore-tabs__tab">
            {m(`tabs.${tab}` as const)}
          </Tab>
        ))}
      </TabList>
      <TabPanel id={'chart' satisfies TabId} className="explore-tabs__panel">
        <ChartFrame
          title={title}
          subtitle={subtitle(model, frame, i18n, m)}
          summary={summary}
          showTableLabel={i18n.t('chart.showTable')}
          hideTableLabel={i18n.t('chart.hideTable')}
          footnote={footnote}
          config={chartConfig(model, text)}
          file={{ measure: fileMeasure(model), group: fileGroup(model), cycles: [from, to] }}
          table={table}
          tableView={<ExploreTable {...tableProps} />}
        >
          <div data-measure={model.view.measure} className="explore-chart">
            <ExploreChart model={model} text={text} />
          </div>
        </ChartFrame>
      </TabPanel>
      <TabPanel id={'table' satisfies TabId} className="explore-tabs__panel">
        <section className="chart-frame" aria-label={title}>
          <h2 className="chart-frame__title">{title}</h2>
          <p className="chart-frame__subtitle">{subtitle(model, frame, i18n, m)}</p>
          <ExploreTable {...tableProps} />
          <p className="chart-frame__summary">{summary}</p>
          <p className="chart-frame__footnote">{footnote}</p>
        </section>
      </TabPanel>
      <TabPanel id={'map' satisfies TabId} className="explore-tabs__panel">
        <Suspense fallback={<StatusPanel tone="loading" title={m('map.loading')} />}>
          <ExploreMap
            measure={model.measure}
            measureLabel={model.unit === 'score' ? measure : `${measure} (${unitName(model.measure, i18n)})`}
            cycle={values.cycle}
            cycles={frame.cycles}
            onCycleChange={(cycle) => {
              set({ cycle });
            }}
            i18n={i18n}
            m={m}
          />
        </Suspense>
      </TabPanel>
    </Tabs>
  );
}

function measureLabel(model: ExploreModel, frame: ExploreFrame, i18n: I18n, m: Translate<ExploreMessageKey>) {
  const { measure } = model;
  const area =
    measure.kind === 'area'
      ? frame.measures.flatMap((group) => group.options).find((option) => option.code === measure.area)?.area
      : null;
  return measureName(measure, i18n, m, area ? i18n.name(area.name) : '');
}

function subtitle(model: ExploreModel, frame: ExploreFrame, i18n: I18n, m: Translate<ExploreMessageKey>): string {
  const unit = unitName(model.measure, i18n);
  const base = model.unit === 'score' ? m('subtitle.score') : m('subtitle.count', { unit });
  const parts = [
    model.view.mode === 'change'
      ? m('subtitle.change', {
          baseline: model.baselineCycle,
          unitText: model.unit === 'score' ? m('subtitle.points') : unit,
        })
      : null,
    base,
    m('subtitle.cycles', { from: model.view.from, to: model.view.to }),
  ];
  const open = frame.latest > frame.latestClosed && model.view.to > frame.latestClosed ? frame.latest : null;
  if (open !== null) parts.push(m('subtitle.open', { cycle: open }));
  return parts.filter((part): part is string => part !== null).join(' · ');
}

/** Downloads are named after the measure ("security-index", an area or indicator code, "-change" in change mode). */
function fileMeasure(model: ExploreModel): string {
  const { measure, view } = model;
  const name =
    measure.kind === 'index'
      ? 'security-index'
      : measure.kind === 'area'
        ? `area-${measure.area}`
        : measure.indicator.code;
  return view.mode === 'change' ? `${name}-change` : name;
}

/** …and after the groups shown: "world", then region and Member codes. */
function fileGroup(model: ExploreModel): string {
  const codes = model.series.map((series) => (series.kind === 'world' ? 'world' : series.key));
  // A long selection would make an unwieldy name: the first few codes and a count say enough.
  return (codes.length > 8 ? [...codes.slice(0, 8), `${codes.length - 8}-more`] : codes).join('-');
}
