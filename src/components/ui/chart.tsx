// The line chart as views use it: a box of the chart's height that draws the Recharts chart (line-chart.tsx,
// its own chunk) once the box nears the viewport, the page is printed or the frame asks (chart-drawing.ts). In a
// frame the box is a named group that can be explored by keyboard, point by point: it takes the focus (a stop even
// before the chart is drawn, so tabbing never skips it), and the drawn chart handles the keys and says each point
// in a live region (chart-keyboard.ts), so that code loads with Recharts, not with the page.
import { useCallback, useId, useMemo, useRef } from 'react';
import { useFocusRing } from 'react-aria/useFocusRing';
import { chartMessages } from '@/lib/chart/chart-messages';
import { useMessages } from '@/lib/i18n/i18n';
import { useDrawWhenNear, useLineChartModule } from './chart-drawing';
import { useChartFrame } from './chart-context';
import type { KeyHandler } from './chart-keyboard';
import type { LineChartProps } from './line-chart';

const DEFAULT_HEIGHT = 320;

export function LineChart(props: LineChartProps) {
  const height = props.height ?? DEFAULT_HEIGHT;
  const { ref, draw } = useDrawWhenNear();
  const drawing = useLineChartModule(draw);
  const frame = useChartFrame();
  const m = useMessages(chartMessages);
  const hintId = useId();
  const { isFocused, isFocusVisible, focusProps } = useFocusRing();
  // The keys are handled by the drawn chart (its code loads with Recharts); the box only has the focus.
  const keys = useRef<KeyHandler | null>(null);
  const setKeys = useCallback((handler: KeyHandler | null) => {
    keys.current = handler;
  }, []);
  const explorable = frame !== null && !props.decorative;
  const facts = frame?.facts;
  const explore = useMemo(
    () => (explorable && facts ? { setKeys, focused: isFocused, facts } : null),
    [explorable, facts, isFocused, setKeys],
  );
  const placeholder = <div className="chart-placeholder" style={{ height }} />;
  const chart = drawing ? <drawing.LineChart {...props} height={height} explore={explore} /> : placeholder;
  if (!frame || !explorable) {
    return (
      <div ref={ref} className="chart-box" data-chart-drawn={draw}>
        {chart}
      </div>
    );
  }
  return (
    // The group is interactive: the arrows, Home and End explore the chart (handled by the drawn chart).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      className="chart-box chart-box--explorable"
      data-chart-drawn={draw}
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
      onKeyDown={(event) => keys.current?.(event)}
    >
      {chart}
      <span id={hintId} className="visually-hidden">
        {m('keys')}
      </span>
    </div>
  );
}
