// The legend under a line chart, in HTML: each series' line, marker and full label (the chart's direct labels
// carry only short codes). Kept apart from line-chart.tsx so that only the charts that need it load it.
import { paint, type ChartConfig } from '@/lib/chart/chart-config';
import { useChartConfig } from './chart-context';
import { MarkerShapeSvg } from './chart-marker';

/** The legend of `config`, by default the enclosing ChartFrame's; `dense` for small frames (an embed). */
export function ChartLegend(props: { readonly config?: ChartConfig; readonly dense?: boolean }) {
  const config = useChartConfig(props.config);
  const dense = props.dense ?? false;
  return (
    <ul
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: dense ? '0 0.9rem' : '0.25rem 1.25rem',
        margin: dense ? '0.25rem 0 0' : '0.5rem 0 0',
        padding: 0,
        fontSize: dense ? '0.75rem' : '0.875rem',
        lineHeight: dense ? 1.35 : undefined,
      }}
    >
      {Object.entries(config).map(([key, series]) => (
        <li key={key} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <svg width="26" height="12" aria-hidden="true" focusable="false" className="chart-legend__key">
            <line
              x1="1"
              x2="25"
              y1="6"
              y2="6"
              stroke={paint(series.color)}
              strokeWidth="2"
              strokeDasharray={series.dashed ? '5 3' : undefined}
            />
            <MarkerShapeSvg x={13} y={6} shape={series.marker ?? 'circle'} color={paint(series.color)} />
          </svg>
          {series.short && series.short !== series.label ? <b>{series.short}</b> : null}
          {series.label}
        </li>
      ))}
    </ul>
  );
}
