// The line chart as views use it: a box of the chart's height that draws the Recharts chart (line-chart.tsx,
// its own chunk) once the box nears the viewport, the page is printed or the frame asks (chart-drawing.ts). In a
// frame the box is a named group that can be explored by keyboard, point by point, with a live region that says
// each point (chart-keyboard.ts); it is a keyboard stop before the chart is drawn, so tabbing never skips it.
import { lazy, Suspense, useId } from 'react';
import { useMessages } from '@/lib/i18n/i18n';
import { loadLineChart, useDrawWhenNear } from './chart-drawing';
import { useChartConfig, useChartFrame } from './chart-context';
import { useChartKeyboard } from './chart-keyboard';
import type { LineChartProps } from './line-chart';
import { chartMessages } from '@/lib/chart/chart-messages';

const DrawnLineChart = lazy(() => loadLineChart().then((module) => ({ default: module.LineChart })));

const DEFAULT_HEIGHT = 320;
const NO_FACTS = {};

export function LineChart(props: LineChartProps) {
  const height = props.height ?? DEFAULT_HEIGHT;
  const { ref, draw } = useDrawWhenNear();
  const frame = useChartFrame();
  const config = useChartConfig(props.config);
  const m = useMessages(chartMessages);
  const hintId = useId();
  const explore = useChartKeyboard(props.data, config, frame?.facts ?? NO_FACTS, props.formatValue);
  const placeholder = <div className="chart-placeholder" style={{ height }} />;
  const chart = draw ? (
    <Suspense fallback={placeholder}>
      <DrawnLineChart {...props} height={height} active={explore.active} />
    </Suspense>
  ) : (
    placeholder
  );
  if (!frame || props.decorative) {
    return (
      <div ref={ref} className="chart-box" data-chart-drawn={draw}>
        {chart}
      </div>
    );
  }
  return (
    <div
      ref={ref}
      className="chart-box chart-box--explorable"
      data-chart-drawn={draw}
      data-focus-visible={explore.focusVisible || undefined}
      role="group"
      // A chart explored by keyboard takes focus as a whole, as Highcharts' and Open SDG's do; its points are
      // reached with the arrows, not Tab.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-roledescription={m('role')}
      aria-labelledby={frame.titleId}
      aria-describedby={`${frame.summaryId} ${hintId}`}
      {...explore.props}
    >
      {chart}
      <span id={hintId} className="visually-hidden">
        {m('keys')}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {explore.announcement}
      </span>
    </div>
  );
}
