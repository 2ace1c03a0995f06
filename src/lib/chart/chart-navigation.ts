// Exploring a line chart by keyboard, as Highcharts and Open SDG do: which point an arrow key, Home or End moves
// to, and what a screen reader is told about that point. Pure, so that the chart component only keeps the
// current point and draws it.
import { rating } from '@/domain/ratings';
import type { RatingBand } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { ChartConfig, ChartRow } from './chart-config';

/** A point of the chart: a series (its place in the config) and a row (a cycle). */
export interface ChartPoint {
  readonly series: number;
  readonly row: number;
}

/** Members with a value of the group's Members, for one series' point. */
export interface Coverage {
  readonly n: number;
  readonly of: number;
}

/** What the rows alone do not say about a chart's points: their rating and a group's coverage. */
export interface ChartFacts {
  /** The values are scores: each point's rating is said with it. */
  readonly bands?: readonly RatingBand[];
  /** Per series key, the coverage of each row's value (as `rows`); absent for Members. */
  readonly coverage?: Readonly<Record<string, readonly (Coverage | null)[]>>;
}

export const NAVIGATION_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

const hasValue = (rows: readonly ChartRow[], key: string | undefined, row: number) =>
  key !== undefined && typeof rows[row]?.[key] === 'number';

/** The rows where a series has a value, in order. */
function known(rows: readonly ChartRow[], key: string | undefined): number[] {
  return rows.flatMap((_, row) => (hasValue(rows, key, row) ? [row] : []));
}

/** The series' point nearest to `row` (the earlier one on a tie), or null when the series has no value. */
function nearest(rows: readonly ChartRow[], key: string | undefined, row: number): number | null {
  let best: number | null = null;
  for (const candidate of known(rows, key)) {
    if (best === null || Math.abs(candidate - row) < Math.abs(best - row)) best = candidate;
  }
  return best;
}

/**
 * The point a key moves to. Left and Right go to the series' previous or next cycle with a value (gaps are
 * skipped), Home and End to its first or last; Down and Up go to the next or previous series that has a value,
 * at the same cycle or the nearest one. At an end the point stays. With no current point, any key starts at the
 * first series' first point (End at its last). Null when no series has a value.
 */
export function movePoint(
  rows: readonly ChartRow[],
  keys: readonly string[],
  current: ChartPoint | null,
  key: NavigationKey,
): ChartPoint | null {
  if (current === null || !hasValue(rows, keys[current.series], current.row)) {
    const series = keys.findIndex((candidate) => known(rows, candidate).length > 0);
    if (series < 0) return null;
    const points = known(rows, keys[series]);
    const row = key === 'End' ? points.at(-1) : points[0];
    return row === undefined ? null : { series, row };
  }
  const points = known(rows, keys[current.series]);
  const at = points.indexOf(current.row);
  const stay = (row: number | undefined) => ({ series: current.series, row: row ?? current.row });
  switch (key) {
    case 'ArrowLeft':
      return stay(points[Math.max(at - 1, 0)]);
    case 'ArrowRight':
      return stay(points[Math.min(at + 1, points.length - 1)]);
    case 'Home':
      return stay(points[0]);
    case 'End':
      return stay(points.at(-1));
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let series = current.series + step; series >= 0 && series < keys.length; series += step) {
        const row = nearest(rows, keys[series], current.row);
        if (row !== null) return { series, row };
      }
      return current;
    }
  }
}

/** The words of a point: shared coverage wording, the chart's own point format. */
export interface PointWords {
  readonly i18n: I18n;
  readonly m: Translate<'point' | 'pointCoverage'>;
  /** The value as the chart's tooltip and table write it. */
  readonly formatValue: (value: number) => string;
}

/** "Africa, 2019: 54.2, Established, 40 of 52 Members": series, cycle, value, rating (scores), coverage (groups). */
export function pointAnnouncement(
  rows: readonly ChartRow[],
  config: ChartConfig,
  point: ChartPoint,
  facts: ChartFacts,
  words: PointWords,
): string {
  const key = Object.keys(config)[point.series];
  const row = rows[point.row];
  const value = key === undefined ? undefined : row?.[key];
  if (key === undefined || row === undefined || typeof value !== 'number') return '';
  const { i18n, m } = words;
  const parts = [m('point', { series: config[key]?.label ?? key, cycle: row.cycle, value: words.formatValue(value) })];
  if (facts.bands && facts.bands.length > 0) {
    parts.push(i18n.name(rating(value, facts.bands).name));
  }
  const coverage = facts.coverage?.[key]?.[point.row];
  if (coverage) parts.push(m('pointCoverage', { coverage: i18n.t('coverage', { n: coverage.n, of: coverage.of }) }));
  return parts.join(', ');
}
