// "Where does it stand?" for any score series — a Member's or a group's: the value in a cycle, its rating, the
// trend and the change since the resolution, all taken up to that cycle (DESIGN §3). Every view that shows these
// four figures together asks this one function, so they always agree.
import type { RatingBand } from './types';
import { rating } from './ratings';
import { sinceResolution, trend, type Change, type SeriesPoint, type Trend } from './trends';

export interface SeriesSummary {
  /** The cycle summarised: later cycles are left out of every figure. */
  readonly cycle: number;
  /** The value in that cycle, or null when there is none (no score, or coverage under 50%). */
  readonly value: number | null;
  /** The value's rating band; null without a value or for measures that are not scores. */
  readonly rating: RatingBand | null;
  /** Over the most recent cycles with a value, up to `cycle`. */
  readonly trend: Trend;
  /** From the baseline (or the cycle after it) to the most recent value up to `cycle`. */
  readonly change: Change | null;
}

export interface SummaryOptions {
  /** The cycle to summarise. */
  readonly cycle: number;
  readonly baselineCycle: number;
  /** The framework's rating bands, or null for values that are not scores (counts, currency). */
  readonly bands: readonly RatingBand[] | null;
}

export function summariseSeries(series: readonly SeriesPoint[], options: SummaryOptions): SeriesSummary {
  const { cycle, baselineCycle, bands } = options;
  const upTo = series.filter((point) => point.cycle <= cycle);
  const value = upTo.find((point) => point.cycle === cycle)?.value ?? null;
  return {
    cycle,
    value,
    rating: value === null || bands === null ? null : rating(value, bands),
    trend: trend(upTo),
    change: sinceResolution(upTo, baselineCycle),
  };
}
