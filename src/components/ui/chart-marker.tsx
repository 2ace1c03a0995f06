// A series' marker (circle, ring, square, cross…), drawn on the lines and in the legend (chart-legend.tsx) alike,
// and its end label: apart from line-chart.tsx so that a legend and a sketch (chart-sketch.tsx) do not load
// Recharts.
import { MARKER_PATHS, type MarkerShape } from '@/lib/chart/chart-config';

/** A series' marker, shared with the legend (chart-legend.tsx). */
export function MarkerShapeSvg({ x, y, shape, color }: { x: number; y: number; shape: MarkerShape; color: string }) {
  const path = MARKER_PATHS[shape];
  if (path) {
    const stroke = shape === 'cross';
    return (
      <path
        className="recharts-line-dot"
        data-shape={shape}
        d={path}
        transform={`translate(${x} ${y})`}
        fill={stroke ? 'none' : color}
        stroke={color}
        strokeWidth={stroke ? 2.5 : 1}
      />
    );
  }
  const ring = shape === 'ring';
  return (
    <circle
      className="recharts-line-dot"
      data-shape={shape}
      cx={x}
      cy={y}
      r={3.5}
      fill={ring ? 'var(--surface)' : color}
      stroke={color}
      strokeWidth={2}
    />
  );
}

/** A series' name at its line's end (`x`, `y` the last point), moved by `offset` off its neighbours' labels. */
export function EndLabel({ x, y, offset, color, children }: EndLabelProps) {
  return (
    <text x={x + 8} y={y + offset + 4} fill={color} fontSize={12} fontWeight={600}>
      {children}
    </text>
  );
}

interface EndLabelProps {
  readonly x: number;
  readonly y: number;
  readonly offset: number;
  readonly color: string;
  readonly children: string;
}
