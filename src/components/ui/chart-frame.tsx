// The frame every chart sits in: title, subtitle, the chart, its text summary (also its accessible
// description), a table view of the same data, the source and method footnote, and a Download menu (PNG, SVG,
// and the table as CSV — one TableSpec feeds both the table view and the CSV, so they hold the same rows).
import { lazy, Suspense, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FileNameParts } from '@/lib/export/file-name';
import { useI18n } from '@/lib/i18n/i18n';
import { useLanguage } from '@/lib/preferences';
import { distinctSeries, type ChartConfig } from '@/lib/chart/chart-config';
import type { ChartFacts } from '@/lib/chart/chart-navigation';
import { tableCells } from '@/lib/table/table-cells';
import type { TableSpec } from '@/lib/table/table-spec';
import { ChartConfigProvider, ChartFrameProvider } from './chart-context';
import { DrawNowContext, whenDrawn } from './chart-drawing';
import type { DataTableProps } from './data-table';

import { DownloadButton } from './download-button';

// React.lazy forgets a component's type parameters; the table is the same generic DataTable once loaded.
const DataTable = lazy(() => import('./data-table').then((module) => ({ default: module.DataTable }))) as <Row>(
  props: DataTableProps<Row>,
) => ReactNode;

interface ChartFrameProps<Row> {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  /** The table alternative of exactly what the chart shows; also the CSV download. */
  readonly table: TableSpec<Row>;
  /** Shows `table` another way (e.g. sortable) instead of the plain DataTable. */
  readonly tableView?: ReactNode;
  /** The series drawn: the chart, its legend and exported images read their labels and colours from it. */
  readonly config: ChartConfig;
  /** What downloads are named after (the language is added). */
  readonly file: FileNameParts;
  /** The measure code drawn (INDEX, an area or indicator code): the data package's full data is all of it. */
  readonly measure?: string;
  /** The view has an embed of this chart (`/embed/…`, `chart` naming it when it is not the view's first). */
  readonly embed?: { readonly chart?: string };
  readonly footnote: ReactNode;
  /** The rating and coverage of the chart's points, said when the chart is explored by keyboard. */
  readonly facts?: ChartFacts;
  readonly children: ReactNode;
}

const NO_FACTS: ChartFacts = {};

export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const { title, subtitle, summary, table, footnote, children } = props;
  const { t } = useI18n();
  const [tableShown, setTableShown] = useState(false);
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const lang = useLanguage();
  // Every series gets a marker of its own, so that lines are told apart without colour (and in forced colours).
  const config = useMemo(() => distinctSeries(props.config), [props.config]);
  const { facts = NO_FACTS } = props;
  const ids = useMemo(() => ({ titleId: `${id}-title`, summaryId: `${id}-summary`, facts }), [id, facts]);
  // A chart not yet drawn (below the fold) is drawn when a download needs it.
  const [drawNow, setDrawNow] = useState(false);
  // Read when a download is asked for; the export code itself loads with the menu (download-menu.tsx).
  const request = async () => {
    const { file, measure } = props;
    if (figure.current) {
      setDrawNow(true);
      await whenDrawn(figure.current);
    }
    return { figure: figure.current, title, subtitle, legend: config, file, lang, measure, table: tableCells(table) };
  };
  return (
    <figure
      ref={figure}
      className="chart-frame"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      data-chart-ready="true"
    >
      <header className="chart-frame__header">
        <h2 id={`${id}-title`} className="chart-frame__title">
          {title}
        </h2>
        <p className="chart-frame__subtitle">{subtitle}</p>
      </header>
      {/* The chart itself is a named group that can be explored by keyboard (chart.tsx). */}
      <div className="chart-frame__chart">
        <DrawNowContext.Provider value={drawNow}>
          <ChartFrameProvider value={ids}>
            <ChartConfigProvider value={config}>{children}</ChartConfigProvider>
          </ChartFrameProvider>
        </DrawNowContext.Provider>
      </div>
      <p id={`${id}-summary`} className="chart-frame__summary">
        {summary}
      </p>
      <div className="chart-frame__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={tableShown}
          aria-controls={`${id}-table`}
          onClick={() => {
            setTableShown((shown) => !shown);
          }}
        >
          {tableShown ? t('chart.hideTable') : t('chart.showTable')}
        </button>
        <DownloadButton request={request} share={{ title, embed: props.embed }} />
      </div>
      <div id={`${id}-table`} hidden={!tableShown}>
        {/* Drawn when first asked for: most readers never open it, and the table code loads with it. */}
        {tableShown
          ? (props.tableView ?? (
              <Suspense fallback={null}>
                <DataTable table={table} />
              </Suspense>
            ))
          : null}
      </div>
      <figcaption className="chart-frame__footnote">{footnote}</figcaption>
    </figure>
  );
}
