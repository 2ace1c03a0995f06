// The Overview as a PDF brief (lib/export/brief-spec.ts): the headline figures, the world and regional Index
// charts as drawn, the key measures and the programme areas — the models' own texts. Loaded on click.
import type { DataSource, Lang } from '@/domain/types';
import { paint, type ChartConfig } from '@/lib/chart/chart-config';
import type { BriefBlock, BriefSpec } from '@/lib/export/brief-spec';
import { inLightTheme, resolvedColor } from '@/lib/export/inline-styles';
import { briefCitation, briefFooter, pageOf } from '@/lib/export/pdf-messages';
import { translator } from '@/lib/i18n/messages';
import type { TableSpec } from '@/lib/table/table-spec';
import { overviewMessages } from './messages';
import type { OverviewModel } from './overview-model';
import type { SectionsModel } from './overview-sections-model';

export interface OverviewBriefInput {
  readonly overview: OverviewModel;
  readonly sections: SectionsModel;
  readonly lang: Lang;
  readonly source: DataSource | null;
  /** The world chart's and the regional chart's frames on the page. */
  readonly figures: readonly (HTMLElement | null)[];
}

/** A drawn chart of the page as a brief block: its title, its frame, the height it may take, its legend. */
function chartBlock(
  chart: { readonly title: string; readonly config: ChartConfig },
  figure: HTMLElement | null,
  height: number,
): BriefBlock {
  const legend = Object.values(chart.config).map((series) => ({
    label: series.label,
    color: figure ? inLightTheme(() => resolvedColor(paint(series.color), figure)) : '#1a2233',
    dashed: series.dashed ?? false,
  }));
  return { kind: 'chart', title: chart.title, figure, height, legend };
}

/** A table's shown text (columns that are not CSV-only), for paper. */
function shownCells<Row>(table: TableSpec<Row>) {
  const columns = table.columns.filter((column) => !column.csvOnly);
  return {
    header: columns.map((column) => column.header),
    rows: table.rows.map((row) =>
      columns.map((column) => {
        const cell = column.cell(row);
        return typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
      }),
    ),
  };
}

export function overviewBrief({ overview, sections, lang, source, figures }: OverviewBriefInput): BriefSpec {
  const m = translator(overviewMessages, lang);
  const { cycle } = sections;
  const figure = (value: OverviewModel['index']) =>
    value.value === null ? value.insufficient : `${value.value} ${value.rating ?? ''}`.trim();
  const areas = shownCells(sections.areas.table);
  const blocks: BriefBlock[] = [
    {
      kind: 'figures',
      items: [
        { label: overview.reporting.label, value: figure(overview.reporting), note: overview.reporting.note },
        { label: overview.index.label, value: figure(overview.index), note: overview.index.note },
      ],
    },
    ...(overview.openCycle ? [{ kind: 'paragraph', text: overview.openCycle } as const] : []),
    chartBlock(overview.chart, figures[0] ?? null, 55),
    { kind: 'paragraph', text: overview.chart.summary },
    { kind: 'heading', text: sections.key.title },
    { kind: 'figures', items: sections.key.figures },
    chartBlock(sections.regions, figures[1] ?? null, 70),
    { kind: 'paragraph', text: sections.regions.summary },
    { kind: 'heading', text: sections.areas.title },
    { kind: 'paragraph', text: sections.areas.lead },
    { kind: 'table', header: areas.header, rows: areas.rows, widths: areas.header.map((_, i) => (i === 0 ? 3 : 1)) },
    { kind: 'paragraph', text: briefCitation(lang, source) },
  ];
  return {
    lang,
    fileName: `world-security-overview-${cycle}-${lang}.pdf`,
    title: m('pdf.title'),
    subtitle: m('pdf.subtitle', { cycle }),
    footer: briefFooter({ lang, source, cycle }),
    pageOf: pageOf(lang),
    blocks,
  };
}
