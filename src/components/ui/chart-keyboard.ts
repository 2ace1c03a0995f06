// The state of exploring a chart by keyboard: the current point, the keys that move it (the rules are in
// lib/chart/chart-navigation.ts) and what the live region says. react-aria's hooks give the focus ring and keys.
import { useState } from 'react';
import { mergeProps } from 'react-aria/mergeProps';
import { useFocusRing } from 'react-aria/useFocusRing';
import { useKeyboard } from 'react-aria/useKeyboard';
import type { ChartConfig, ChartRow } from '@/lib/chart/chart-config';
import {
  isNavigationKey,
  movePoint,
  pointAnnouncement,
  type ChartFacts,
  type ChartPoint,
} from '@/lib/chart/chart-navigation';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { chartMessages } from '@/lib/chart/chart-messages';

interface Exploration {
  /** The point to highlight: shown while the chart has focus. */
  readonly active: { readonly key: string; readonly row: number } | null;
  /** What the live region says about the current point. */
  readonly announcement: string;
  readonly focusVisible: boolean;
  readonly props: ReturnType<typeof mergeProps>;
}

export function useChartKeyboard(
  rows: readonly ChartRow[],
  config: ChartConfig,
  facts: ChartFacts,
  formatValue: (value: number) => string,
): Exploration {
  const [point, setPoint] = useState<ChartPoint | null>(null);
  const i18n = useI18n();
  const m = useMessages(chartMessages);
  const keys = Object.keys(config);
  const { isFocused, isFocusVisible, focusProps } = useFocusRing();
  const { keyboardProps } = useKeyboard({
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
  const key = point ? keys[point.series] : undefined;
  return {
    active: isFocused && point && key !== undefined ? { key, row: point.row } : null,
    announcement: point ? pointAnnouncement(rows, config, point, facts, { i18n, m, formatValue }) : '',
    focusVisible: isFocusVisible,
    props: mergeProps(focusProps, keyboardProps),
  };
}
