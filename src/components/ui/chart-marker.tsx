// A series' marker (circle, ring, square, cross…), drawn on the lines and in the legend (chart-legend.tsx) alike;
// apart from line-chart.tsx so that a legend does not load Recharts.
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
