// Where a line chart's parts go, shared by the static sketch (components/ui/chart-sketch.tsx) and the interactive
// Recharts chart (components/ui/line-chart.tsx), so that the one replaces the other without moving: the margins,
// the y axis' ticks (Recharts' rule for a fixed domain), the x labels kept when they would overlap (Recharts'
// "preserveEnd"), the end labels nudged apart and the bounds of values in their own unit.
import type { ChartConfig, ChartRow, SeriesConfig } from './chart-config';

export const MARGIN_TOP = 8;
export const MARGIN_BOTTOM = 8;
export const X_AXIS_HEIGHT = 30;
const LABEL_GAP = 13;
/** The gap Recharts keeps between two x labels (its `minTickGap`). */
const MIN_TICK_GAP = 5;
/** Recharts' default number of y ticks. */
const Y_TICK_COUNT = 5;

/** How a series' line is stroked: a reference line (an average behind others) thinner and dashed. */
export function lineStroke(series: SeriesConfig): { readonly strokeWidth: number; readonly strokeDasharray?: string } {
  return series.dashed ? { strokeWidth: 2, strokeDasharray: '6 4' } : { strokeWidth: 2.5 };
}

/** The space right of the plot: room for the end labels when there are some. */
export function rightMargin(endLabels: boolean): number {
  return endLabels ? 56 : 24;
}

/** The y axis' width: wider for formatted ticks (compact counts). */
export function yAxisWidth(formatted: boolean): number {
  return formatted ? 52 : 40;
}

export function lastIndex(data: readonly ChartRow[], key: string): number {
  for (let i = data.length - 1; i >= 0; i--) if (typeof data[i]?.[key] === 'number') return i;
  return -1;
}

/** Pixel offsets that move each end label off its neighbours, from the values' positions on the y scale. */
export function labelOffsets(
  data: readonly ChartRow[],
  config: ChartConfig,
  [low, high]: readonly [number, number],
  height: number,
): Map<string, number> {
  const plot = height - MARGIN_TOP - MARGIN_BOTTOM - X_AXIS_HEIGHT;
  const span = high - low || 1;
  const labels = Object.keys(config)
    .map((key) => {
      const value = data[lastIndex(data, key)]?.[key];
      return typeof value === 'number' ? { key, y: (1 - (value - low) / span) * plot } : null;
    })
    .filter((label): label is { key: string; y: number } => label !== null)
    .sort((a, b) => a.y - b.y);
  const placed = labels.map((label) => label.y);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + LABEL_GAP);
  // Labels pushed past the bottom are pulled back up together.
  const overflow = (placed.at(-1) ?? 0) - plot;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = (placed[i] ?? 0) - overflow;
  return new Map(labels.map((label, i) => [label.key, (placed[i] ?? label.y) - label.y]));
}

/** Bounds that include zero and every value, rounded outwards to a round number. */
export function niceDomain(data: readonly ChartRow[], keys: readonly string[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const row of data) {
    for (const key of keys) {
      const value = row[key];
      if (typeof value !== 'number') continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  const span = Math.max(high - low, 1);
  const magnitude = 10 ** Math.floor(Math.log10(span));
  const step = span / magnitude < 3 ? magnitude / 2 : magnitude;
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step || 1];
}

/** Rounds away binary noise (0.1 + 0.2), as Recharts' decimal arithmetic does. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/**
 * The y ticks Recharts draws for a fixed domain: a step of (high − low) / 4 rounded up to a round figure (its
 * "adaptive" step), ticks from `low` while below `high`, then `high` itself.
 */
export function yTicks([low, high]: readonly [number, number]): number[] {
  if (low === high) return [low];
  const rough = (high - low) / (Y_TICK_COUNT - 1);
  // Recharts' digit count: 1 for [1, 10), 0 for [0.1, 1), 2 for [10, 100)…
  const digits = Math.floor(Math.log10(rough)) + 1;
  const unit = 10 ** digits;
  const scale = digits === 1 ? 0.1 : 0.05;
  const step = clean(Math.ceil(clean(rough / unit / scale)) * scale * unit);
  const ticks: number[] = [];
  for (let tick = low; tick < high && ticks.length < 100; tick = clean(tick + step)) ticks.push(tick);
  return [...ticks, high];
}

export interface XTick {
  readonly label: string;
  /** Where the tick is on the axis. */
  readonly x: number;
  /** Where its label is centred (the last one is pulled in to stay inside the chart). */
  readonly labelX: number;
}

/**
 * The x labels kept, as Recharts' "preserveEnd" keeps them: from the last one backwards, each label that fits
 * inside [start, end] without coming within the gap of the one kept after it.
 */
export function visibleXTicks(
  ticks: readonly { readonly label: string; readonly x: number }[],
  width: (label: string) => number,
  start: number,
  end: number,
): XTick[] {
  const kept: XTick[] = [];
  let limit = end;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i];
    if (!tick) continue;
    const size = width(tick.label);
    let labelX = tick.x;
    if (i === ticks.length - 1) {
      const gap = labelX + size / 2 - end;
      if (gap > 0) labelX -= gap;
    }
    if (labelX < start || labelX > limit) continue;
    if (labelX - size / 2 < start || labelX + size / 2 > limit) continue;
    kept.unshift({ ...tick, labelX });
    limit = labelX - (size / 2 + MIN_TICK_GAP);
  }
  return kept;
}

/** An SVG path through the points, broken where a value is missing (Recharts' connectNulls={false}). */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${clean(point[0])},${clean(point[1])}`;
    drawing = true;
  }
  return path;
}
