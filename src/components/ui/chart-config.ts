// The one place series get their label and colour: feature code names series, never styles Recharts.

export interface SeriesConfig {
  readonly label: string;
  /** A CSS colour token defined in styles.css, e.g. `var(--series-1)`. */
  readonly color: string;
  /** Distinct markers keep series apart without colour. */
  readonly marker?: 'circle' | 'square' | 'diamond' | 'triangle';
}

export type ChartConfig = Readonly<Record<string, SeriesConfig>>;

/** A row of chart data: a cycle and one value (or null for "no value") per series key. */
export type ChartRow = { readonly cycle: number } & Readonly<Record<string, number | null>>;
