// A chart's series config, read through context as shadcn's chart does: the frame a chart sits in (chart-frame.tsx)
// holds the config once, and the lines, legend, tooltip and exported image all read their labels and colours from it.
// The frame also tells its chart what names and describes it, and what its points' rows do not say (their rating
// and coverage), for exploring the chart by keyboard.
import { createContext, useContext } from 'react';
import type { ChartConfig } from '@/lib/chart/chart-config';
import type { ChartFacts } from '@/lib/chart/chart-navigation';

const ChartConfigContext = createContext<ChartConfig | null>(null);

export const ChartConfigProvider = ChartConfigContext.Provider;

const NO_SERIES: ChartConfig = {};

/** The config given to this part, else the enclosing frame's (a chart with neither draws no series). */
export function useChartConfig(own?: ChartConfig): ChartConfig {
  const framed = useContext(ChartConfigContext);
  return own ?? framed ?? NO_SERIES;
}

export interface ChartFrameIds {
  /** The frame's title: the chart's accessible name. */
  readonly titleId: string;
  /** The frame's text summary: the chart's description. */
  readonly summaryId: string;
  readonly facts: ChartFacts;
}

const ChartFrameContext = createContext<ChartFrameIds | null>(null);

export const ChartFrameProvider = ChartFrameContext.Provider;

/** The enclosing frame's names and facts; null for a chart outside a frame (then it is not a keyboard stop). */
export function useChartFrame(): ChartFrameIds | null {
  return useContext(ChartFrameContext);
}
