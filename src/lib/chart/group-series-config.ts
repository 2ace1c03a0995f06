// The config of a chart of the world beside regions (and Members), as the Explorer and the Overview draw it: the
// world is the reference line — its own token, dashed, ring markers — and the other series take the categorical
// colours and markers in order, so that the same series looks the same in both views and in both themes.
import { seriesColor, SERIES_MARKERS, type ChartConfig, type SeriesConfig } from './chart-config';

export interface GroupSeries {
  /** The series' key in the chart rows. */
  readonly key: string;
  readonly label: string;
  /** The short name drawn at the line's end (a region or Member code). */
  readonly short: string;
  /** An average drawn behind other series (regions behind Members) is dashed. */
  readonly dashed?: boolean;
}

/** The world's line first, then `series` (regions, then Members) in the order given. */
export function groupSeriesConfig(
  world: { readonly key: string; readonly label: string },
  series: readonly GroupSeries[],
): ChartConfig {
  const config: Record<string, SeriesConfig> = {
    [world.key]: { label: world.label, short: world.label, color: '--series-world', dashed: true, marker: 'ring' },
  };
  series.forEach((entry, i) => {
    config[entry.key] = {
      label: entry.label,
      short: entry.short,
      color: seriesColor(i),
      marker: SERIES_MARKERS[i % SERIES_MARKERS.length] ?? 'circle',
      dashed: entry.dashed ?? false,
    };
  });
  return config;
}
