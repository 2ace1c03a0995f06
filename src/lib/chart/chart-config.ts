// The one place series get their label and colour: feature code names series, never styles Recharts. Colours are
// tokens, each defined for the light and the dark theme in app/styles.css and app/palette.css and checked there
// for contrast on the chart surface (tests/unit/palette.test.ts); a chart can use no other colour.

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'ring';

export interface SeriesConfig {
  readonly label: string;
  /** The series' colour token (one value per theme). */
  readonly color: ChartToken;
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
 * Every colour a chart may paint a series with: eight categorical ones, colour-blind-safe, and the world's
 * reference line. Each is a CSS custom property with a light and a dark value.
 */
export const CHART_TOKENS = [
  '--series-1',
  '--series-2',
  '--series-3',
  '--series-4',
  '--series-5',
  '--series-6',
  '--series-7',
  '--series-8',
  '--series-world',
] as const;

export type ChartToken = (typeof CHART_TOKENS)[number];

/** The categorical colours, in the order series take them. */
export const SERIES_COLORS: readonly ChartToken[] = CHART_TOKENS.filter((token) => token !== '--series-world');

/** A categorical colour for the i-th series (they repeat past eight; markers keep such series apart). */
export function seriesColor(i: number): ChartToken {
  return SERIES_COLORS[i % SERIES_COLORS.length] ?? '--series-1';
}

/** The CSS value that paints with a token. */
export function paint(token: ChartToken): string {
  return `var(${token})`;
}

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

/** The config with a marker for every series that has none, taken in order, so that no two lines rely on colour. */
export function distinctSeries(config: ChartConfig): ChartConfig {
  const entries = Object.entries(config);
  if (entries.every(([, series]) => series.marker)) return config;
  return Object.fromEntries(
    entries.map(([key, series], i) => [
      key,
      { ...series, marker: series.marker ?? SERIES_MARKERS[i % SERIES_MARKERS.length] },
    ]),
  );
}
