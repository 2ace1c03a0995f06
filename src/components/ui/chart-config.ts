// The one place series get their label and colour: feature code names series, never styles Recharts.

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'ring';

export interface SeriesConfig {
  readonly label: string;
  /** A CSS colour token defined in styles.css, e.g. `var(--series-1)`, or one of SERIES_COLORS. */
  readonly color: string;
  /** Distinct markers keep series apart without colour. */
  readonly marker?: MarkerShape;
  /** A reference line (a world or region average behind Members) is drawn dashed. */
  readonly dashed?: boolean;
  /** A short name (a code) drawn at the line's end when the chart has direct labels. */
  readonly short?: string;
}

export type ChartConfig = Readonly<Record<string, SeriesConfig>>;

/** A row of chart data: a cycle and one value (or null for "no value") per series key. */
export type ChartRow = { readonly cycle: number } & Readonly<Record<string, number | null>>;

/**
 * Categorical colours for charts with more series than four: the `--series-*` tokens (styles.css, palette.css),
 * so each theme paints its own; colour-blind-safe and ≥ 4.5:1 on the background (tests/unit/palette.test.ts).
 */
export const SERIES_COLORS: readonly string[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `var(--series-${n})`);

/** Marker outlines centred on (0, 0); circles and rings are drawn as circles (line-chart.tsx, exported images). */
export const MARKER_PATHS: Partial<Record<MarkerShape, string>> = {
  square: 'M-3.5-3.5h7v7h-7z',
  diamond: 'M0-5L5 0L0 5L-5 0z',
  triangle: 'M0-5L4.5 3.5H-4.5z',
  'triangle-down': 'M0 5L4.5-3.5H-4.5z',
  cross: 'M-4-4L4 4M4-4L-4 4',
};

export const SERIES_MARKERS: readonly MarkerShape[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'cross',
  'ring',
];
