// The line chart as views use it: a box of the chart's height that draws the chart once the box nears the
// viewport, the page is printed or the frame asks (chart-drawing.ts). It draws a static sketch first
// (chart-sketch.tsx); the Recharts chart (line-chart.tsx, its own chunk: tooltips, keyboard exploration) takes its
// place when the reader reaches for it — a pointer over it, a touch, the keyboard focus — or the whole chart is
// needed (printing, an export). In a
// frame the box is a named group that can be explored by keyboard, point by point: it takes the focus (a stop even
// before the chart is drawn, so tabbing never skips it), and the drawn chart handles the keys and says each point
// in a live region (chart-keyboard.ts), so that code loads with Recharts, not with the page.
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFocusRing } from 'react-aria/useFocusRing';
import { chartMessages } from '@/lib/chart/chart-messages';
import { isNavigationKey } from '@/lib/chart/chart-navigation';
import { useMessages } from '@/lib/i18n/i18n';
import { useDrawWhenNear, useLineChartModule } from './chart-drawing';
import { ChartSketch } from './chart-sketch';
import { useChartFrame } from './chart-context';
import type { KeyHandler } from './chart-keyboard';
import type { LineChartProps } from './line-chart';

const DEFAULT_HEIGHT = 320;

export function LineChart(props: LineChartProps) {
  const height = props.height ?? DEFAULT_HEIGHT;
  const { ref, draw, now } = useDrawWhenNear();
  // Reached for: a pointer over the chart, a touch or the focus. It stays the interactive chart from then on.
  const [reached, setReached] = useState(false);
  const reach = useCallback(() => {
    setReached(true);
  }, []);
  // A chart drawn whole once (printed, exported) stays so: it does not go back to its sketch.
  if (now && !reached) setReached(true);
  const drawing = useLineChartModule(draw && (reached || now));
  const frame = useChartFrame();
  const m = useMessages(chartMessages);
  const hintId = useId();
  const { isFocused, isFocusVisible, focusProps } = useFocusRing();
  // The keys are handled by the drawn chart (its code loads with Recharts); the box only has the focus.
  const keys = useRef<KeyHandler | null>(null);
  // A key pressed while the drawn chart is still loading (the focus brings it) is kept and handled once it is there.
  const pending = useRef<KeyboardEvent<HTMLDivElement> | null>(null);
  const setKeys = useCallback((handler: KeyHandler | null) => {
    keys.current = handler;
    const waiting = pending.current;
    if (!handler || !waiting) return;
    pending.current = null;
    handler(waiting);
  }, []);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (keys.current) {
      keys.current(event);
    } else if (isNavigationKey(event.key)) {
      event.preventDefault();
      pending.current = event;
    }
  }, []);
  const explorable = frame !== null && !props.decorative;
  const facts = frame?.facts;
  const explore = useMemo(
    () => (explorable && facts ? { setKeys, focused: isFocused, facts } : null),
    [explorable, facts, isFocused, setKeys],
  );
  const placeholder = <div className="chart-placeholder" style={{ height }} />;
  // Until the Recharts chart is there, the sketch stands in for it, in the same place.
  const chart = !draw ? (
    placeholder
  ) : drawing ? (
    <drawing.LineChart {...props} height={height} explore={explore} />
  ) : (
    <ChartSketch {...props} height={height} />
  );
  const box = {
    ref,
    'data-chart-drawn': draw,
    'data-chart-interactive': drawing !== undefined,
    onPointerEnter: reach,
    onTouchStart: reach,
  };
  if (!frame || !explorable) {
    return (
      <div className="chart-box" {...box}>
        {chart}
      </div>
    );
  }
  return (
    // The group is interactive: the arrows, Home and End explore the chart (handled by the drawn chart).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="chart-box chart-box--explorable"
      {...box}
      data-focus-visible={isFocusVisible || undefined}
      role="group"
      // A chart explored by keyboard takes focus as a whole, as Highcharts' and Open SDG's do; its points are
      // reached with the arrows, not Tab.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-roledescription={m('role')}
      aria-labelledby={frame.titleId}
      aria-describedby={`${frame.summaryId} ${hintId}`}
      {...focusProps}
      onFocus={(event) => {
        reach();
        focusProps.onFocus?.(event);
      }}
      onKeyDown={onKeyDown}
    >
      {chart}
      <span id={hintId} className="visually-hidden">
        {m('keys')}
      </span>
    </div>
  );
}
