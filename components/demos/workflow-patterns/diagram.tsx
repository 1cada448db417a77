import { useId } from 'react';
import { layoutDiagram, VIEW_HEIGHT, VIEW_WIDTH, type DiagramEdge, type DiagramNode } from './layout';
import type { ParallelMode, Pattern } from './model';
import type { WorkflowText } from './text';

/** How far below the boxes the evaluator loop's curve dips (viewBox units). */
const LOOP_DIP = 62;

function Node({ node, t }: { node: DiagramNode; t: WorkflowText }) {
  const label = t.node(node.label);
  if (node.kind === 'gap') {
    return (
      <text x={node.x} y={node.y + 5} textAnchor="middle" fontSize={18} fill="var(--muted)">
        {label}
      </text>
    );
  }
  const x = node.x - node.w / 2;
  const y = node.y - node.h / 2;
  return (
    <g data-node={node.kind}>
      <rect
        x={x}
        y={y}
        width={node.w}
        height={node.h}
        rx={node.kind === 'io' ? node.h / 2 : 6}
        fill={node.kind === 'io' ? 'var(--surface-2)' : 'var(--surface)'}
        stroke={node.kind === 'llm' ? 'var(--accent)' : 'var(--muted)'}
        strokeWidth={node.kind === 'llm' ? 2 : 1.25}
        strokeDasharray={node.kind === 'code' ? '5 3' : undefined}
      />
      <text x={node.x} y={node.y + 4.5} textAnchor="middle" fontSize={13} fill="var(--fg)">
        {label}
      </text>
    </g>
  );
}

function Edge({
  edge,
  nodes,
  marker,
  t,
}: {
  edge: DiagramEdge;
  nodes: ReadonlyMap<string, DiagramNode>;
  marker: string;
  t: WorkflowText;
}) {
  const a = nodes.get(edge.from);
  const b = nodes.get(edge.to);
  if (!a || !b) return null;
  const dash = edge.dashed ? '5 4' : undefined;
  if (edge.loop) {
    // From the bottom of `from` back to the bottom of `to`, dipping under both boxes.
    const y0 = a.y + a.h / 2;
    const y1 = b.y + b.h / 2;
    const low = Math.max(y0, y1) + LOOP_DIP;
    // A cubic whose two inner control points sit at `low` bottoms out ¾ of the way down.
    const bottom = Math.max(y0, y1) + 0.75 * LOOP_DIP;
    return (
      <g>
        <path
          d={`M ${a.x} ${y0} C ${a.x} ${low}, ${b.x} ${low}, ${b.x} ${y1 + 2}`}
          fill="none"
          stroke="var(--muted)"
          strokeWidth={1.5}
          strokeDasharray={dash}
          markerEnd={`url(#${marker})`}
        />
        {edge.label && (
          <text x={(a.x + b.x) / 2} y={bottom + 16} textAnchor="middle" fontSize={12} fill="var(--muted)">
            {t.edge[edge.label]}
          </text>
        )}
      </g>
    );
  }
  const x0 = a.x + a.w / 2;
  const x1 = b.x - b.w / 2 - 2;
  return (
    <g>
      <line
        x1={x0}
        y1={a.y}
        x2={x1}
        y2={b.y}
        stroke="var(--muted)"
        strokeWidth={1.5}
        strokeDasharray={dash}
        markerEnd={`url(#${marker})`}
      />
      {edge.label && (
        <text x={(x0 + x1) / 2} y={(a.y + b.y) / 2 - 8} textAnchor="middle" fontSize={12} fill="var(--muted)">
          {t.edge[edge.label]}
        </text>
      )}
    </g>
  );
}

/**
 * The pattern as a node-and-arrow diagram (not a chart: no axes, no data scale). LLM calls are
 * solid boxes, code steps dashed boxes, arrows taken only sometimes dashed — line style, not
 * colour, carries the meaning, and the legend under the picture says so in words.
 */
export function WorkflowDiagram({
  pattern,
  mode,
  count,
  summary,
  t,
}: {
  pattern: Pattern;
  mode: ParallelMode;
  count: number;
  summary: string;
  t: WorkflowText;
}) {
  const ids = useId();
  const marker = `${ids}-arrow`;
  const diagram = layoutDiagram(pattern, mode, count);
  const nodes = new Map(diagram.nodes.map((node) => [node.id, node]));
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="img"
        aria-labelledby={`${ids}-title ${ids}-desc`}
        className="h-auto w-full max-w-2xl"
        data-diagram={pattern}
      >
        <title id={`${ids}-title`}>{t.diagramTitle}</title>
        <desc id={`${ids}-desc`}>{summary}</desc>
        <defs>
          <marker
            id={marker}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--muted)" />
          </marker>
        </defs>
        {diagram.edges.map((edge) => (
          <Edge key={`${edge.from}-${edge.to}`} edge={edge} nodes={nodes} marker={marker} t={t} />
        ))}
        {diagram.nodes.map((node) => (
          <Node key={node.id} node={node} t={t} />
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-muted">
        {summary} {t.legend}
      </figcaption>
    </figure>
  );
}
