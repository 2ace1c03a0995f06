// A chart's series config, read through context as shadcn's chart does: the frame a chart sits in (chart-frame.tsx)
// holds the config once, and the lines, legend, tooltip and exported image all read their labels and colours from it.
import { createContext, useContext } from 'react';
import type { ChartConfig } from '@/lib/chart/chart-config';

const ChartConfigContext = createContext<ChartConfig | null>(null);

export const ChartConfigProvider = ChartConfigContext.Provider;

const NO_SERIES: ChartConfig = {};

/** The config given to this part, else the enclosing frame's (a chart with neither draws no series). */
export function useChartConfig(own?: ChartConfig): ChartConfig {
  const framed = useContext(ChartConfigContext);
  return own ?? framed ?? NO_SERIES;
}
