// A standalone SVG of a chart: the drawn chart (its colours already inlined) with the frame's title, subtitle,
// a legend drawn in SVG and the footnote as real text, Noto Sans embedded, on white. Built with DOM calls and
// serialised, so text from data is escaped by the serialiser, never pasted into markup.
import { MARKER_PATHS, type MarkerShape } from '@/lib/chart/chart-config';
import { EXPORT_FONT } from './fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const INK = '#1a2233';
const MUTED = '#4a5568';
const RULE = '#d1d5db';

export interface LegendItem {
  readonly label: string;
  /** A resolved colour (no CSS variables: they mean nothing outside the page). */
  readonly color: string;
  readonly dashed: boolean;
  readonly marker: MarkerShape;
  /** Drawn as a filled square (a map's colour class) rather than a line with its marker. */
  readonly swatch?: boolean;
}

/** Width in pixels of a text in the export font. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface SvgInput {
  /** A clone of the chart's surface with its styles inlined (inline-styles.ts). */
  readonly chart: SVGSVGElement;
  readonly chartWidth: number;
  readonly chartHeight: number;
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly LegendItem[];
  readonly footnote: readonly string[];
  readonly fontCss: string;
  readonly lang: string;
  readonly measure: Measure;
}

export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function buildChartSvg(input: SvgInput): ChartSvg {
  const { chartWidth, chartHeight, measure } = input;
  const width = Math.ceil(chartWidth + 2 * PAD);
  const root = element('svg', { 'font-family': `'${EXPORT_FONT}', 'Noto Sans', Arial, sans-serif` });
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', input.lang);
  const title = element('title', {});
  title.textContent = input.title;
  const style = element('style', {});
  style.textContent = input.fontCss;
  const background = element('rect', { x: 0, y: 0, width, fill: '#ffffff' });
  root.append(title, style, background);

  let y = PAD;
  const paragraph = (text: string, size: number, weight: number, color: string, lineHeight: number) => {
    for (const line of wrap(text, chartWidth, (part) => measure(part, size, weight))) {
      y += lineHeight;
      const node = element('text', { x: PAD, y: y - (lineHeight - size) / 2 - 2, 'font-size': size, fill: color });
      if (weight !== 400) node.setAttribute('font-weight', String(weight));
      node.textContent = line;
      root.append(node);
    }
  };
  paragraph(input.title, 18, 700, INK, 24);
  paragraph(input.subtitle, 13, 400, MUTED, 18);
  y += 10;

  input.chart.setAttribute('x', String(PAD));
  input.chart.setAttribute('y', String(y));
  input.chart.setAttribute('width', String(chartWidth));
  input.chart.setAttribute('height', String(chartHeight));
  root.append(input.chart);
  y += chartHeight + 8;

  y = drawLegend(root, input.legend, y, chartWidth, measure);

  y += 10;
  root.append(element('line', { x1: PAD, x2: PAD + chartWidth, y1: y, y2: y, stroke: RULE, 'stroke-width': 1 }));
  y += 4;
  for (const note of input.footnote) paragraph(note, 11, 400, MUTED, 16);
  const height = Math.ceil(y + PAD);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  const svg = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}

const KEY_WIDTH = 26;
const LEGEND_ROW = 20;

/** Legend entries flow left to right and wrap; returns the y below the last row. */
function drawLegend(root: SVGElement, items: readonly LegendItem[], top: number, width: number, measure: Measure) {
  let x = 0;
  let y = top;
  for (const [i, item] of items.entries()) {
    const itemWidth = KEY_WIDTH + 6 + measure(item.label, 12, 400);
    if (i === 0) y += LEGEND_ROW;
    else if (x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    const group = element('g', { transform: `translate(${PAD + x} ${y - 6})` });
    if (item.swatch) group.append(swatch(item.color));
    else
      group.append(
        element('line', {
          x1: 1,
          x2: KEY_WIDTH - 1,
          y1: 0,
          y2: 0,
          stroke: item.color,
          'stroke-width': 2,
          ...(item.dashed ? { 'stroke-dasharray': '5 3' } : {}),
        }),
        marker(item.marker, item.color),
      );
    const label = element('text', { x: KEY_WIDTH + 6, y: 4, 'font-size': 12, fill: INK });
    label.textContent = item.label;
    group.append(label);
    root.append(group);
    x += itemWidth + 20;
  }
  return y;
}

/** A map class's colour key: a square as wide as a line key is tall, outlined so that near-white shows. */
function swatch(color: string): SVGElement {
  return element('rect', { x: 10, y: -7, width: 14, height: 14, fill: color, stroke: MUTED, 'stroke-width': 0.5 });
}

function marker(shape: MarkerShape, color: string): SVGElement {
  const path = MARKER_PATHS[shape];
  if (path) {
    const stroke = shape === 'cross';
    return element('path', {
      d: path,
      transform: `translate(${KEY_WIDTH / 2} 0)`,
      fill: stroke ? 'none' : color,
      stroke: color,
      'stroke-width': stroke ? 2.5 : 1,
    });
  }
  return element('circle', {
    cx: KEY_WIDTH / 2,
    cy: 0,
    r: 3.5,
    fill: shape === 'ring' ? '#ffffff' : color,
    stroke: color,
    'stroke-width': 2,
  });
}

/** Greedy word wrap to a width; a word wider than the width (a long address) is cut between characters. */
export function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => cut(word, width, measure));
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function cut(word: string, width: number, measure: (text: string) => number): string[] {
  if (measure(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

function element(name: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}
