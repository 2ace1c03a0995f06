// A line chart drawn as plain SVG, with the interactive Recharts chart's geometry (lib/chart/chart-geometry.ts):
// what a page shows first. Drawing it costs a few milliseconds where mounting a Recharts chart costs 200–250 ms
// of main thread (about a second on a mid-range phone), so a page's charts appear as soon as their data does
// and the page stays responsive; the Recharts chart (tooltips, keyboard exploration) replaces it, in place, when
// the reader reaches for it (chart.tsx). Our World in Data's grapher shows baked static charts the same way.
import { useMemo, useState } from 'react';
import { paint, type ChartConfig } from '@/lib/chart/chart-config';
import {
  labelOffsets,
  lastIndex,
  linePath,
  lineStroke,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  niceDomain,
  rightMargin,
  visibleXTicks,
  X_AXIS_HEIGHT,
  yAxisWidth,
  yTicks,
} from '@/lib/chart/chart-geometry';
import { useChartConfig } from './chart-context';
import { EndLabel, MarkerShapeSvg } from './chart-marker';
import type { LineChartProps } from './line-chart';
import { useBoxSize } from './use-box-size';

/** Recharts' tick line length and the gap between a tick line and its label. */
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Recharts moves the top y label down this far to keep it inside the axis (measured on its drawing). */
const TOP_LABEL_SHIFT = 4;

export function ChartSketch(props: LineChartProps & { readonly height: number }) {
  const { height } = props;
  const config = useChartConfig(props.config);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const { width } = useBoxSize(box);
  return (
    <div ref={setBox} className="chart-sketch" style={{ height }}>
      {width > 0 ? <Sketch {...props} config={config} width={width} box={box} /> : null}
    </div>
  );
}

interface SketchProps extends LineChartProps {
  readonly config: ChartConfig;
  readonly width: number;
  readonly height: number;
  readonly box: HTMLDivElement | null;
}

function Sketch({ data, config, width, height, endLabels = false, formatTick, yDomain = [0, 100], box }: SketchProps) {
  const keys = Object.keys(config);
  const domain = yDomain === 'auto' ? niceDomain(data, keys) : yDomain;
  const [low, high] = domain;
  const left = yAxisWidth(formatTick !== undefined);
  const right = width - rightMargin(endLabels);
  const top = MARGIN_TOP;
  const bottom = height - MARGIN_BOTTOM - X_AXIS_HEIGHT;
  const xAt = (index: number) =>
    data.length > 1 ? left + (index * (right - left)) / (data.length - 1) : (left + right) / 2;
  const yAt = (value: number) => top + (1 - (value - low) / (high - low || 1)) * (bottom - top);
  const textWidth = useTextWidth(box);
  const xTicks = visibleXTicks(
    data.map((row, index) => ({ label: String(row.cycle), x: xAt(index) })),
    textWidth,
    0,
    width,
  );
  const offsets = endLabels ? labelOffsets(data, config, domain, height) : null;
  const ticks = yTicks(domain);
  return (
    <svg className="chart-sketch__surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden>
      <g className="chart-sketch__grid">
        {ticks.map((tick) => (
          <line key={tick} x1={left} x2={right} y1={yAt(tick)} y2={yAt(tick)} stroke="var(--grid)" />
        ))}
      </g>
      <g className="chart-sketch__axis">
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="var(--axis)" />
        {xTicks.map((tick) => (
          <g key={tick.label}>
            <line x1={tick.x} x2={tick.x} y1={bottom} y2={bottom + TICK_SIZE} stroke="var(--axis)" />
            <text
              x={tick.labelX}
              y={bottom + TICK_SIZE + TICK_MARGIN}
              dy="0.71em"
              textAnchor="middle"
              fill="var(--muted)"
            >
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-sketch__axis">
        <line x1={left} x2={left} y1={top} y2={bottom} stroke="var(--axis)" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left - TICK_SIZE} x2={left} y1={yAt(tick)} y2={yAt(tick)} stroke="var(--axis)" />
            <text
              x={left - TICK_SIZE - TICK_MARGIN}
              y={yAt(tick) + (tick === high ? TOP_LABEL_SHIFT : 0)}
              dy="0.355em"
              textAnchor="end"
              fill="var(--muted)"
            >
              {formatTick ? formatTick(tick) : tick}
            </text>
          </g>
        ))}
      </g>
      {Object.entries(config).map(([key, series]) => {
        const color = paint(series.color);
        const points = data.map((row, index) => {
          const value = row[key];
          return typeof value === 'number' ? ([xAt(index), yAt(value)] as const) : null;
        });
        const end = lastIndex(data, key);
        const endPoint = points[end];
        return (
          <g key={key} className="chart-sketch__series">
            <path
              className="chart-sketch__line"
              d={linePath(points)}
              fill="none"
              stroke={color}
              {...lineStroke(series)}
            />
            {points.map((point, index) =>
              point ? (
                <MarkerShapeSvg key={index} x={point[0]} y={point[1]} shape={series.marker ?? 'circle'} color={color} />
              ) : null,
            )}
            {offsets && endPoint ? (
              <EndLabel x={endPoint[0]} y={endPoint[1]} offset={offsets.get(key) ?? 0} color={color}>
                {series.short ?? series.label}
              </EndLabel>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Measures a label in the box's font, as Recharts measures its ticks before dropping the ones that overlap. */
function useTextWidth(box: HTMLElement | null): (label: string) => number {
  return useMemo(() => {
    const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context && box) context.font = getComputedStyle(box).font;
    // Without a canvas (jsdom), an average glyph width.
    return (label: string) => (context ? context.measureText(label).width : label.length * 8);
  }, [box]);
}
