// The state of exploring a chart by keyboard: the current point, the keys that move it (the rules are in
// lib/chart/chart-navigation.ts) and what the live region says. Used by the drawn chart (line-chart.tsx, loaded
// lazily with Recharts), which hands react-aria's key handler to the chart box (chart.tsx) that has the focus.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useKeyboard } from 'react-aria/useKeyboard';
import type { ChartConfig, ChartRow } from '@/lib/chart/chart-config';
import {
  isNavigationKey,
  movePoint,
  pointAnnouncement,
  type ChartFacts,
  type ChartPoint,
} from '@/lib/chart/chart-navigation';
import { chartMessages } from '@/lib/chart/chart-messages';
import { useI18n, useMessages } from '@/lib/i18n/i18n';

export type KeyHandler = (event: KeyboardEvent<HTMLDivElement>) => void;

/** What the chart box gives the chart it holds, to be explored by keyboard. */
export interface ExploreHandle {
  /** Gives the box its key handler (null: none). */
  readonly setKeys: (handler: KeyHandler | null) => void;
  /** Whether the box has focus: the current point is highlighted only then. */
  readonly focused: boolean;
  readonly facts: ChartFacts;
}

interface Exploration {
  /** The point to highlight. */
  readonly active: { readonly key: string; readonly row: number } | null;
  /** What the live region says about the current point. */
  readonly announcement: string;
}

export function useChartKeyboard(
  rows: readonly ChartRow[],
  config: ChartConfig,
  formatValue: (value: number) => string,
  handle: ExploreHandle | null,
): Exploration {
  const [point, setPoint] = useState<ChartPoint | null>(null);
  const i18n = useI18n();
  const m = useMessages(chartMessages);
  const keys = Object.keys(config);
  const { keyboardProps } = useKeyboard({
    isDisabled: !handle,
    onKeyDown: (event) => {
      if (event.key === 'Escape' && point) {
        setPoint(null);
        return;
      }
      if (!isNavigationKey(event.key)) {
        event.continuePropagation();
        return;
      }
      // The page does not scroll while the chart is explored.
      event.preventDefault();
      setPoint(movePoint(rows, keys, point, event.key));
    },
  });
  useEffect(() => {
    if (!handle) return;
    handle.setKeys(keyboardProps.onKeyDown ?? null);
    return () => {
      handle.setKeys(null);
    };
  });
  const key = point ? keys[point.series] : undefined;
  return {
    active: handle?.focused && point && key !== undefined ? { key, row: point.row } : null,
    announcement: point && handle ? pointAnnouncement(rows, config, point, handle.facts, { i18n, m, formatValue }) : '',
  };
}
