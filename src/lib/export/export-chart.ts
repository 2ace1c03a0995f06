// What the Download menu runs (loaded only when a download is asked for): a chart's table as CSV, or the chart
// as a standalone SVG or a PNG, each with title, legend, source, method and the page's address.
import { paint, type ChartConfig } from '@/lib/chart/chart-config';
import type { Dataset, Lang } from '@/domain/types';
import { toCsv, type CsvTable } from './csv';
import { downloadBlob } from './download';
import { exportFileName, type ExportFormat, type FileNameParts } from './file-name';
import { EXPORT_FONT, exportFontCss } from './fonts';
import { inLightTheme, inlinedClone, resolvedColor } from './inline-styles';
import { svgToPng } from './png';
import { buildChartSvg, type ChartSvg, type Measure } from './svg';

/** What the chart frame hands over (chart-frame.tsx). */
export interface ChartExportRequest {
  /** The chart frame: the drawn chart and the footnote are read from it (null once unmounted). */
  readonly figure: HTMLElement | null;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: ChartConfig;
  /** The frame's table, as cells (data-table.tsx `tableCells`). */
  readonly table: CsvTable;
  readonly file: FileNameParts;
  readonly lang: Lang;
  /** The measure code drawn (INDEX, an area or indicator code) for the data package's full data, or null. */
  readonly measure?: string;
  /** Where the drawn chart is in the frame, when it is not a Recharts chart (the world map). */
  readonly surface?: string;
  /** A legend of colour swatches (a CSS colour each) instead of the series' lines (`legend`). */
  readonly swatches?: readonly { readonly label: string; readonly color: string }[];
}

/**
 * The footnote's words in the reader's language, from the menu: this module stays free of React (a lazy chunk
 * that imports React-using modules makes the bundler split React out of the first-load chunk, costing bytes).
 */
export interface ExportWords {
  /** The "illustrative data" label, or null for real data. */
  readonly illustrative: string | null;
  readonly method: (url: string) => string;
  /** "Cite as: …" with the page's address (lib/export/citation.ts), which names the source and its date. */
  readonly cite: (url: string) => string;
}

interface ChartExport extends ChartExportRequest {
  readonly figure: HTMLElement;
  readonly words: ExportWords;
}

/** Builds the file and starts its download; returns the file's name. */
export async function exportChart(
  format: ExportFormat,
  { figure, ...rest }: ChartExportRequest & { readonly words: ExportWords; readonly dataset: () => Promise<Dataset> },
): Promise<string> {
  if (format === 'zip') {
    // fflate and the full-data tables load only for a package.
    const [dataset, { packageFiles, zipPackage }] = await Promise.all([rest.dataset(), import('./data-package')]);
    const files = packageFiles({
      ...rest,
      dataset,
      shown: rest.table,
      pageUrl: pageUrl(rest.lang),
      methodUrl: methodUrl(rest.lang),
    });
    downloadBlob(zipPackage(files), files.name);
    return files.name;
  }
  const fileName = exportFileName(rest.file, rest.lang, format);
  if (format === 'csv') {
    const csv = toCsv(rest.table.header, rest.table.rows);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  if (!figure) throw new Error('the chart is no longer on the page');
  const image = await chartSvg({ ...rest, figure });
  const blob =
    format === 'svg'
      ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(image.svg, image.width, image.height, Math.max(2, window.devicePixelRatio));
  downloadBlob(blob, fileName);
  return fileName;
}

async function chartSvg(request: ChartExport): Promise<ChartSvg> {
  // Legend icons are SVGs too and come first: the chart is the surface inside Recharts' wrapper.
  const surface = request.figure.querySelector<SVGSVGElement>(
    request.surface ?? '.recharts-wrapper > svg.recharts-surface',
  );
  if (!surface) throw new Error('the chart is not drawn');
  const fontCss = await exportFontCss();
  const { width, height } = surface.getBoundingClientRect();
  const { chart, legend } = inLightTheme(() => ({
    chart: inlinedClone(surface),
    legend: request.swatches
      ? request.swatches.map((swatch) => ({
          label: swatch.label,
          color: resolvedColor(swatch.color, request.figure),
          dashed: false,
          marker: 'square' as const,
          swatch: true,
        }))
      : Object.values(request.legend).map((series) => ({
          label: series.label,
          color: resolvedColor(paint(series.color), request.figure),
          dashed: series.dashed ?? false,
          marker: series.marker ?? 'circle',
        })),
  }));
  return buildChartSvg({
    chart,
    chartWidth: width,
    chartHeight: height,
    title: request.title,
    subtitle: request.subtitle,
    legend,
    footnote: footnote(request),
    fontCss,
    lang: request.lang,
    measure: canvasMeasure(),
  });
}

/** The frame's own footnote, then the method and the citation (source, data date and the page's address). */
function footnote({ figure, lang, words }: ChartExport): string[] {
  const caption = (figure.querySelector('figcaption, .chart-frame__footnote')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const { illustrative } = words;
  return [
    caption,
    illustrative && !caption.includes(illustrative) ? illustrative : '',
    words.method(methodUrl(lang)),
    words.cite(pageUrl(lang)),
  ].filter(Boolean);
}

/** This page's address in the export's language. */
function pageUrl(lang: Lang): string {
  const page = new URL(window.location.href);
  page.searchParams.set('lang', lang);
  return page.href;
}

function methodUrl(lang: Lang): string {
  return new URL(`${import.meta.env.BASE_URL}methodology?lang=${lang}`, window.location.origin).href;
}

function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    // Without a canvas, an average glyph width is near enough for wrapping.
    if (!context) return text.length * size * 0.55;
    context.font = `${weight} ${size}px '${EXPORT_FONT}', sans-serif`;
    return context.measureText(text).width;
  };
}
