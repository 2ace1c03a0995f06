// Recharts, wrapped once: a line chart of score series over cycles, styled from a ChartConfig.
import {
  CartesianGrid,
  Line,
  LineChart as RechartsLineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartConfig, ChartRow } from './chart-config';

interface LineChartProps {
  readonly data: readonly ChartRow[];
  readonly config: ChartConfig;
  readonly formatValue: (value: number) => string;
  readonly yDomain?: readonly [number, number];
  readonly height?: number;
}

export function LineChart({ data, config, formatValue, yDomain = [0, 100], height = 320 }: LineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RechartsLineChart data={[...data]} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="cycle" stroke="var(--axis)" tick={{ fill: 'var(--muted)' }} />
        <YAxis domain={[...yDomain]} stroke="var(--axis)" tick={{ fill: 'var(--muted)' }} width={40} />
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? formatValue(value) : '—',
            config[String(name)]?.label ?? String(name),
          ]}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        {Object.entries(config).map(([key, series]) => (
          <Line
            key={key}
            dataKey={key}
            name={key}
            type="linear"
            stroke={series.color}
            strokeWidth={2.5}
            dot={{ r: 3.5, fill: series.color }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </RechartsLineChart>
    </ResponsiveContainer>
  );
}
