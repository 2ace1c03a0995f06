// The line chart as views use it: a box of the chart's height that draws the Recharts chart (line-chart.tsx,
// its own chunk) once the box nears the viewport, the page is printed or the frame asks (chart-drawing.ts).
import { lazy, Suspense } from 'react';
import { loadLineChart, useDrawWhenNear } from './chart-drawing';
import type { LineChartProps } from './line-chart';

const DrawnLineChart = lazy(() => loadLineChart().then((module) => ({ default: module.LineChart })));

const DEFAULT_HEIGHT = 320;

export function LineChart(props: LineChartProps) {
  const height = props.height ?? DEFAULT_HEIGHT;
  const { ref, draw } = useDrawWhenNear();
  const placeholder = <div className="chart-placeholder" style={{ height }} />;
  return (
    <div ref={ref} className="chart-box" data-chart-drawn={draw}>
      {draw ? (
        <Suspense fallback={placeholder}>
          <DrawnLineChart {...props} height={height} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
