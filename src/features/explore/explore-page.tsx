// The Trend explorer (`/explore`) shows a measure over the cycles for the world, regions and chosen Members, as a
// chart, a table or a map; the whole view lives in the URL. Layout only: every figure and word is the model's.
import { lazy, Suspense, useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { ChartFrame } from '@/components/ui/chart-frame';
import { ChartLegend } from '@/components/ui/chart-legend';
import { ViewPage } from '@/components/ui/view-page';
import { DataTable } from '@/components/ui/data-table';
import { LineChart } from '@/components/ui/chart';
import { StatusPanel } from '@/components/ui/status-panel';
import { TableDownload } from '@/components/ui/table-download';
import { UrlNotice } from '@/components/ui/url-notice';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import type { TableSort } from '@/lib/table/table-spec';
import { ExploreControls } from './explore-controls';
import { selectExploreFrame, type ExploreFrame } from './explore-frame';
import { selectExplore, type ExploreModel } from './explore-model';
import { TABS, useExploreState, type ExploreValues, type SetExplore, type Tab as TabId } from './explore-state';
import { exploreMessages } from './messages';
import './explore.css';

// The map, d3-geo and the world atlas load only when the Map tab is first opened.
const ExploreMap = lazy(() => import('./explore-map').then((module) => ({ default: module.ExploreMap })));

export function ExplorePage() {
  return <ViewPage messages={exploreMessages} select={selectExploreFrame} view={ExploreView} />;
}

function ExploreView({ frame }: { readonly frame: ExploreFrame }) {
  const m = useMessages(exploreMessages);
  const { lang } = useI18n();
  const { values, view, invalid, set } = useExploreState(frame);
  const [sort, setSort] = useState<TableSort>();
  const input = useMemo(() => ({ view, lang, sort }), [view, lang, sort]);
  const { data: model } = useDatasetView(selectExplore, input);
  return (
    <>
      <UrlNotice invalid={invalid} />
      <ExploreControls frame={frame} values={values} set={set} />
      {model ? (
        <ExploreResults model={model} frame={frame} values={values} set={set} onSort={setSort} />
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
  readonly set: SetExplore;
  readonly onSort: (sort: TableSort) => void;
}

function ExploreResults({ model, frame, values, set, onSort }: ResultsProps) {
  const m = useMessages(exploreMessages);
  const table = <DataTable table={model.table} onSort={onSort} className="explore-table" />;
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
        <ChartFrame {...model} tableView={table} embed={{}}>
          <div data-measure={model.code} className="explore-chart">
            <LineChart data={model.rows} {...model.chart} height={380} endLabels />
            <ChartLegend />
          </div>
        </ChartFrame>
      </TabPanel>
      <TabPanel id={'table' satisfies TabId} className="explore-tabs__panel">
        <section className="chart-frame" aria-label={model.title}>
          <h2 className="chart-frame__title">{model.title}</h2>
          <p className="chart-frame__subtitle">{model.subtitle}</p>
          {table}
          <TableDownload {...model} />
          <p className="chart-frame__summary">{model.summary}</p>
          <p className="chart-frame__footnote">{model.footnote}</p>
        </section>
      </TabPanel>
      <TabPanel id={'map' satisfies TabId} className="explore-tabs__panel">
        <Suspense fallback={<StatusPanel tone="loading" title={m('map.loading')} />}>
          <ExploreMap
            {...model.map}
            cycle={values.cycle}
            cycles={frame.cycles}
            onCycleChange={(cycle) => {
              set({ cycle });
            }}
          />
        </Suspense>
      </TabPanel>
    </Tabs>
  );
}
