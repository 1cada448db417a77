/**
 * Where the workflow diagram puts its boxes and arrows: a left-to-right graph in a fixed viewBox,
 * LLM calls as solid boxes, code steps as dashed boxes, input and output as pills. Long chains and
 * wide fans are drawn with their first two members, an ellipsis and the last one. Pure geometry;
 * tested in tests/unit/demos/workflow-patterns-model.test.ts.
 */
import type { ParallelMode, Pattern } from './model';

export const VIEW_WIDTH = 600;
export const VIEW_HEIGHT = 210;
const MID = 95;
const BOX = { w: 96, h: 32 };
const PILL = { w: 44, h: 26 };
const CHAIN_BOX_WIDTH = 80;
/** Members drawn one by one up to this count; beyond it: 1, 2, …, n. */
export const MAX_DRAWN = 4;

/** A node's words: a key the text file translates, with a member number where it has one. */
export type NodeLabel =
  | {
      key:
        | 'in'
        | 'out'
        | 'router'
        | 'vote'
        | 'merge'
        | 'orchestrator'
        | 'synthesizer'
        | 'generator'
        | 'evaluator'
        | 'more';
    }
  | { key: 'step' | 'worker'; index: number }
  | { key: 'handler'; index: number };

export interface DiagramNode {
  readonly id: string;
  /** `llm` a model call, `code` a programmatic step, `io` input/output, `gap` an ellipsis. */
  readonly kind: 'llm' | 'code' | 'io' | 'gap';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly label: NodeLabel;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  /** Dashed: a path taken only sometimes (one route of several, the loop back). */
  readonly dashed?: boolean;
  /** Drawn as a curve under the boxes, from `from` back to `to`. */
  readonly loop?: boolean;
  readonly label?: 'accept' | 'reject';
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

const io = (id: 'in' | 'out', x: number): DiagramNode => ({
  id,
  kind: 'io',
  x,
  y: MID,
  ...PILL,
  label: { key: id },
});
const box = (id: string, kind: 'llm' | 'code', x: number, y: number, label: NodeLabel): DiagramNode => ({
  id,
  kind,
  x,
  y,
  ...BOX,
  label,
});
const gap = (id: string, x: number, y: number): DiagramNode => ({
  id,
  kind: 'gap',
  x,
  y,
  w: 24,
  h: 24,
  label: { key: 'more' },
});

/**
 * The member numbers drawn for n members: all of them up to MAX_DRAWN, else 1, 2, null (the
 * ellipsis), n.
 *
 * @example drawnMembers(3) // [1, 2, 3]
 * @example drawnMembers(10) // [1, 2, null, 10]
 */
export function drawnMembers(n: number): (number | null)[] {
  if (n <= MAX_DRAWN) return Array.from({ length: n }, (_, i) => i + 1);
  return [1, 2, null, n];
}

/** Evenly spaced centres from `from` to `to` (one item sits in the middle). */
function spread(count: number, from: number, to: number): number[] {
  if (count === 1) return [(from + to) / 2];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** A column of members (workers, handlers) at x, with edges from `source` and to `sink`. */
function fan(
  kind: 'worker' | 'handler',
  n: number,
  x: number,
  source: string,
  sink: string,
  dashed: boolean,
): Diagram {
  const members = drawnMembers(n);
  const ys = spread(
    members.length,
    members.length === 1 ? MID : MID - 66,
    members.length === 1 ? MID : MID + 66,
  );
  const nodes = members.map((m, i) =>
    m === null
      ? gap(`${kind}-gap`, x, ys[i] ?? MID)
      : box(`${kind}-${m}`, 'llm', x, ys[i] ?? MID, { key: kind, index: m }),
  );
  const edges = nodes
    .filter((node) => node.kind !== 'gap')
    .flatMap((node): DiagramEdge[] => [
      { from: source, to: node.id, ...(dashed ? { dashed: true } : {}) },
      { from: node.id, to: sink, ...(dashed ? { dashed: true } : {}) },
    ]);
  return { nodes, edges };
}

/**
 * The diagram of a pattern; `count` is the chain's steps or the number of workers (ignored by
 * routing, which draws three handlers, and by the evaluator loop, which draws one round).
 *
 * @example layoutDiagram('chaining', 'sectioning', 3).nodes.map((n) => n.id) // ['in', 'step-1', 'step-2', 'step-3', 'out']
 */
export function layoutDiagram(pattern: Pattern, mode: ParallelMode, count: number): Diagram {
  const start = io('in', 30);
  const end = io('out', VIEW_WIDTH - 30);
  switch (pattern) {
    case 'chaining': {
      const members = drawnMembers(count);
      // Narrower boxes than elsewhere, so four of them in a row still leave room for arrows.
      const xs = spread(members.length, 120, VIEW_WIDTH - 120);
      const steps = members.map((m, i) =>
        m === null
          ? gap('step-gap', xs[i] ?? 0, MID)
          : { ...box(`step-${m}`, 'llm', xs[i] ?? 0, MID, { key: 'step', index: m }), w: CHAIN_BOX_WIDTH },
      );
      const line = [start, ...steps, end];
      const edges = line.slice(1).map((node, i) => ({ from: line[i]?.id ?? '', to: node.id }));
      return { nodes: line, edges };
    }
    case 'routing': {
      const router = box('router', 'llm', 170, MID, { key: 'router' });
      const handlers = fan('handler', 3, 400, 'router', 'out', true);
      return {
        nodes: [start, router, ...handlers.nodes, end],
        edges: [{ from: 'in', to: 'router' }, ...handlers.edges],
      };
    }
    case 'parallelization': {
      const aggregate = box('aggregate', 'code', 440, MID, { key: mode === 'voting' ? 'vote' : 'merge' });
      const workers = fan('worker', count, 220, 'in', 'aggregate', false);
      return {
        nodes: [start, ...workers.nodes, aggregate, end],
        edges: [...workers.edges, { from: 'aggregate', to: 'out' }],
      };
    }
    case 'orchestrator-workers': {
      const orchestrator = box('orchestrator', 'llm', 140, MID, { key: 'orchestrator' });
      const synthesizer = box('synthesizer', 'llm', 460, MID, { key: 'synthesizer' });
      const workers = fan('worker', count, 300, 'orchestrator', 'synthesizer', false);
      return {
        nodes: [start, orchestrator, ...workers.nodes, synthesizer, end],
        edges: [{ from: 'in', to: 'orchestrator' }, ...workers.edges, { from: 'synthesizer', to: 'out' }],
      };
    }
    case 'evaluator-optimizer': {
      const generator = box('generator', 'llm', 180, MID, { key: 'generator' });
      const evaluator = box('evaluator', 'llm', 400, MID, { key: 'evaluator' });
      return {
        nodes: [start, generator, evaluator, end],
        edges: [
          { from: 'in', to: 'generator' },
          { from: 'generator', to: 'evaluator' },
          { from: 'evaluator', to: 'out', label: 'accept' },
          { from: 'evaluator', to: 'generator', dashed: true, loop: true, label: 'reject' },
        ],
      };
    }
  }
}
