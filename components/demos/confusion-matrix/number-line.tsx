import type { BinaryLabel, ConfusionCounts } from '@/lib/metrics';

const W = 440;
const X0 = 98;
const X1 = 404;
const INF_X = 418;
const R = 5;
const STEP = 12;
const STRIP = 16;
const TOP = 22;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

const sx = (s: number) => X0 + s * (X1 - X0);

/** Stacking level of each dot so that none overlaps (ties stack up); `order` is by score. */
function levels(order: readonly number[], scores: readonly number[]): Map<number, number> {
  const last: number[] = [];
  const out = new Map<number, number>();
  for (const i of order) {
    const x = sx(scores[i] ?? 0);
    let level = last.findIndex((lx) => x - lx > 2 * R + 1);
    if (level === -1) level = last.length;
    last[level] = x;
    out.set(i, level);
  }
  return out;
}

/**
 * The examples as dots on a score axis: positives (circles, accent) in the top row, negatives
 * (squares, orange) in the bottom row, the predicted-positive side shaded and each quadrant
 * labelled with its cell of the confusion matrix.
 */
export function NumberLine({
  labels,
  scores,
  threshold,
  counts,
  text,
}: {
  labels: readonly BinaryLabel[];
  scores: readonly number[];
  threshold: number;
  counts: ConfusionCounts;
  text: { label: (pos: number, neg: number) => string; pos: string; neg: string; axis: string; t: string };
}) {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  const lanes = ([1, 0] as const).map((y) => {
    const members = order.filter((i) => labels[i] === y);
    const level = levels(members, scores);
    return { y, members, level, height: STRIP + Math.max(0, ...level.values()) * STEP + 2 * R + 6 };
  });
  const [top, bottom] = lanes;
  const laneY = [TOP, TOP + (top?.height ?? 0) + 6];
  const axisY = (laneY[1] ?? 0) + (bottom?.height ?? 0) + 4;
  const tx = threshold === Infinity ? INF_X : sx(threshold);
  const cells = [
    ['FN', 'TP'],
    ['TN', 'FP'],
  ] as const;

  return (
    <svg
      viewBox={`0 0 ${W} ${axisY + 34}`}
      role="img"
      aria-label={text.label(top?.members.length ?? 0, bottom?.members.length ?? 0)}
      className="w-full max-w-[600px] text-[15px] text-fg sm:text-[11px]"
    >
      {threshold !== Infinity && (
        <rect x={tx} y={TOP - 2} width={W - tx} height={axisY - TOP + 2} fill="var(--accent-soft)" />
      )}
      {lanes.map((lane, k) => {
        const y0 = laneY[k] ?? 0;
        const [left, right] = cells[k] ?? cells[0];
        return (
          <g key={lane.y}>
            <line x1={4} x2={W} y1={y0 + lane.height} y2={y0 + lane.height} stroke="var(--line)" />
            {lane.y === 1 ? (
              <circle cx={9} cy={y0 + 12} r={R} fill="var(--accent)" />
            ) : (
              <rect x={4} y={y0 + 7} width={2 * R} height={2 * R} fill="var(--pitfall)" />
            )}
            <text x={18} y={y0 + 16} fill="currentColor">
              {lane.y === 1 ? text.pos : text.neg}
            </text>
            <text x={X0} y={y0 + 11} fill="currentColor">
              {left} {counts[left === 'FN' ? 'fn' : 'tn']}
            </text>
            <text x={X1} y={y0 + 11} textAnchor="end" fill="currentColor">
              {right} {counts[right === 'TP' ? 'tp' : 'fp']}
            </text>
            {lane.members.map((i) => {
              const cx = sx(scores[i] ?? 0);
              const cy = y0 + STRIP + (lane.level.get(i) ?? 0) * STEP + R;
              return lane.y === 1 ? (
                <circle key={i} cx={cx} cy={cy} r={R} fill="var(--accent)" />
              ) : (
                <rect key={i} x={cx - R} y={cy - R} width={2 * R} height={2 * R} fill="var(--pitfall)" />
              );
            })}
          </g>
        );
      })}
      <line x1={tx} x2={tx} y1={TOP - 6} y2={axisY} stroke="currentColor" strokeWidth={2} />
      <text x={Math.min(tx, W - 22)} y={TOP - 7} textAnchor="middle" fill="currentColor">
        t = {text.t}
      </text>
      <line x1={X0} x2={X1} y1={axisY} y2={axisY} stroke="currentColor" opacity={0.5} />
      {TICKS.map((s) => (
        <text key={s} x={sx(s)} y={axisY + 13} textAnchor="middle" fill="currentColor">
          {s}
        </text>
      ))}
      <text x={(X0 + X1) / 2} y={axisY + 29} textAnchor="middle" fill="currentColor">
        {text.axis}
      </text>
    </svg>
  );
}
