// Trends, latest values and change since the resolution for any score series (DESIGN §3).

export interface SeriesPoint {
  readonly cycle: number;
  readonly value: number | null;
}

export type TrendDirection = 'improving' | 'moderate' | 'stagnating' | 'declining' | 'insufficient';

export interface Trend {
  readonly direction: TrendDirection;
  /** Points per year, or null when there is not enough data. */
  readonly slope: number | null;
  /** The oldest and newest cycles the slope was taken over. */
  readonly from: number | null;
  readonly to: number | null;
}

export interface Change {
  readonly baseline: { readonly cycle: number; readonly value: number };
  readonly latest: { readonly cycle: number; readonly value: number };
  readonly change: number;
}

export const TREND_THRESHOLDS = { improving: 2.5, moderate: 0.5, stagnating: -0.5 } as const;

/** Non-null points, oldest first. */
export function knownPoints(series: readonly SeriesPoint[]): { cycle: number; value: number }[] {
  return series
    .filter((point): point is { cycle: number; value: number } => point.value !== null)
    .sort((a, b) => a.cycle - b.cycle);
}

/**
 * Slope over the most recent three cycles with a value (two are enough): (newest − oldest) / years.
 * ≥ 2.5 improving, ≥ 0.5 moderately improving, > −0.5 stagnating, otherwise declining.
 */
export function trend(series: readonly SeriesPoint[]): Trend {
  const recent = knownPoints(series).slice(-3);
  const oldest = recent[0];
  const newest = recent[recent.length - 1];
  if (!oldest || !newest || recent.length < 2) {
    return { direction: 'insufficient', slope: null, from: null, to: null };
  }
  const slope = (newest.value - oldest.value) / (newest.cycle - oldest.cycle);
  return { direction: trendDirection(slope), slope, from: oldest.cycle, to: newest.cycle };
}

export function trendDirection(slope: number): Exclude<TrendDirection, 'insufficient'> {
  if (slope >= TREND_THRESHOLDS.improving) return 'improving';
  if (slope >= TREND_THRESHOLDS.moderate) return 'moderate';
  if (slope > TREND_THRESHOLDS.stagnating) return 'stagnating';
  return 'declining';
}

/** The most recent point with a value. */
export function latestPoint(series: readonly SeriesPoint[]): { cycle: number; value: number } | null {
  return knownPoints(series).at(-1) ?? null;
}

/**
 * Latest score minus the baseline cycle's score (or the next cycle's where the baseline is missing);
 * null when neither exists or the latest is not after it.
 */
export function sinceResolution(series: readonly SeriesPoint[], baselineCycle: number): Change | null {
  const known = knownPoints(series);
  const baseline =
    known.find((point) => point.cycle === baselineCycle) ?? known.find((point) => point.cycle === baselineCycle + 1);
  const latest = known.at(-1);
  if (!baseline || !latest || latest.cycle <= baseline.cycle) return null;
  return { baseline, latest, change: latest.value - baseline.value };
}
