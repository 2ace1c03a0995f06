// The Sankey of who moved between ratings (Recharts, its own chunk: loaded when the chart nears the viewport). A
// rating's node is filled with its colour and named with its count; a link is coloured by the rating reached.
// Drawing only: transitions-flow.ts says what to draw.
import type { CSSProperties } from 'react';
import { ResponsiveContainer, Sankey, type SankeyLinkProps, type SankeyNodeProps } from 'recharts';
import type { RatingCode } from '@/domain/types';
import type { FlowLink, FlowNode } from './transitions-flow';

const HEIGHT = 360; // the page keeps a box of this height until the chart loads

interface FlowChartProps {
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
}

export function FlowChart({ nodes, links }: FlowChartProps) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <Sankey
        data={{ nodes: [...nodes], links: links.map(({ source, target, value }) => ({ source, target, value })) }}
        node={FlowNodeShape}
        link={FlowLinkShape}
        nodePadding={18}
        nodeWidth={12}
        sort={false}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      />
    </ResponsiveContainer>
  );
}

function FlowNodeShape({ x, y, width, height, payload }: SankeyNodeProps) {
  const node = payload as unknown as FlowNode;
  const left = node.side === 'from';
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} className="flow-chart__node" style={ratingColour(node.rating)} />
      <text
        x={left ? x + width + 6 : x - 6}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={left ? 'start' : 'end'}
        className="flow-chart__label"
      >
        {node.name}
      </text>
    </g>
  );
}

function FlowLinkShape(props: SankeyLinkProps) {
  const { sourceX, sourceY, sourceControlX, targetX, targetY, targetControlX, linkWidth, payload } = props;
  const target = payload.target as unknown as FlowNode;
  return (
    <path
      d={`M${sourceX},${sourceY}C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      strokeWidth={Math.max(1, linkWidth)}
      className="recharts-sankey-link flow-chart__link"
      style={ratingColour(target.rating)}
    />
  );
}

/** The rating's colour token, for the shape's fill or stroke (transitions.css). */
function ratingColour(rating: RatingCode): CSSProperties {
  return { '--flow-colour': `var(--rating-${rating})` } as CSSProperties;
}
