// Recharts, wrapped once: a line chart of series over cycles, styled from a ChartConfig, with optional
// markers per series, dashed reference lines and direct labels at the lines' ends (legend: chart-legend.tsx).
import {
  CartesianGrid,
  Line,
  LineChart as RechartsLineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { paint, type ChartConfig, type ChartRow, type MarkerShape } from '@/lib/chart/chart-config';
import {
  labelOffsets,
  lastIndex,
  lineStroke,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  niceDomain,
  rightMargin,
  X_AXIS_HEIGHT,
  yAxisWidth,
} from '@/lib/chart/chart-geometry';
import { EndLabel, MarkerShapeSvg } from './chart-marker';
import { useChartConfig } from './chart-context';
import { useChartKeyboard, type ExploreHandle } from './chart-keyboard';

export interface LineChartProps {
  readonly data: readonly ChartRow[];
  /** The series to draw; by default the enclosing ChartFrame's. */
  readonly config?: ChartConfig;
  readonly formatValue: (value: number) => string;
  /** Fixed bounds, or 'auto' for values in their own unit (counts, changes), rounded outwards. */
  readonly yDomain?: readonly [number, number] | 'auto';
  readonly height?: number;
  /** Draw each series' `short` name at its last point, nudged apart so that labels do not overlap. */
  readonly endLabels?: boolean;
  /** Formats the y axis' ticks (e.g. compact numbers in the user's language for counts). */
  readonly formatTick?: (value: number) => string;
  /** A small chart whose figure text says it all: no keyboard stop of its own (it sits in an aria-hidden box). */
  readonly decorative?: boolean;
  /** Set by the chart box (chart.tsx) when the chart can be explored by keyboard. */
  readonly explore?: ExploreHandle | null;
}

export function LineChart(props: LineChartProps) {
  const { data, formatValue, yDomain = [0, 100], height = 320 } = props;
  const config = useChartConfig(props.config);
  const { endLabels = false, formatTick, explore = null } = props;
  // The explored point: its cycle gets a guide line, the point a ring, and the live region says it.
  const { active, announcement } = useChartKeyboard(data, config, formatValue, explore);
  const domain = yDomain === 'auto' ? niceDomain(data, Object.keys(config)) : yDomain;
  const offsets = endLabels ? labelOffsets(data, config, domain, height) : null;
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <RechartsLineChart
          // The chart box (chart.tsx) is the keyboard stop and says each point; Recharts' own layer would be a second.
          accessibilityLayer={false}
          data={[...data]}
          margin={{ top: MARGIN_TOP, right: rightMargin(endLabels), bottom: MARGIN_BOTTOM, left: 0 }}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis dataKey="cycle" stroke="var(--axis)" tick={{ fill: 'var(--muted)' }} height={X_AXIS_HEIGHT} />
          <YAxis
            domain={[...domain]}
            stroke="var(--axis)"
            tick={{ fill: 'var(--muted)' }}
            tickFormatter={formatTick}
            width={yAxisWidth(formatTick !== undefined)}
          />
          <Tooltip
            formatter={(value, name) => [
              typeof value === 'number' ? formatValue(value) : '—',
              config[String(name)]?.label ?? String(name),
            ]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          {active ? (
            <ReferenceLine
              x={data[active.row]?.cycle}
              className="chart-focus-guide"
              stroke="var(--focus)"
              strokeWidth={1.5}
            />
          ) : null}
          {Object.entries(config).map(([key, series]) => (
            <Line
              key={key}
              dataKey={key}
              name={key}
              type="linear"
              stroke={paint(series.color)}
              {...lineStroke(series)}
              dot={(dot: DotProps) => (
                <Marker
                  key={dot.index}
                  {...dot}
                  shape={series.marker}
                  color={paint(series.color)}
                  focused={active?.key === key && active.row === dot.index}
                />
              )}
              label={
                offsets
                  ? (label: LabelProps) =>
                      label.index === lastIndex(data, key) ? (
                        <EndLabel
                          key="end"
                          x={Number(label.x ?? 0)}
                          y={Number(label.y ?? 0)}
                          offset={offsets.get(key) ?? 0}
                          color={paint(series.color)}
                        >
                          {series.short ?? series.label}
                        </EndLabel>
                      ) : (
                        <g key={label.index} />
                      )
                  : undefined
              }
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </RechartsLineChart>
      </ResponsiveContainer>
      {explore ? (
        <span className="visually-hidden" aria-live="polite">
          {announcement}
        </span>
      ) : null}
    </>
  );
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly index?: number;
  readonly value?: unknown;
}

interface LabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly index?: number;
}

interface MarkerProps extends DotProps {
  readonly shape?: MarkerShape;
  readonly color: string;
  readonly focused: boolean;
}

function Marker({ cx, cy, shape = 'circle', color, focused }: MarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return <g />;
  const marker = <MarkerShapeSvg x={cx} y={cy} shape={shape} color={color} />;
  if (!focused) return marker;
  return (
    <g>
      <circle className="chart-focus-marker" cx={cx} cy={cy} r={8} fill="none" stroke="var(--focus)" strokeWidth={3} />
      {marker}
    </g>
  );
}
