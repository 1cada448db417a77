import type { DraftLengthRow } from '@/lib/decoding';

const W = 560;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 38 };

/** Expected tokens per target call (bars) and speed-up (line) against γ, current γ highlighted. */
export function SpeedChart({
  rows,
  gamma,
  ceiling,
  label,
  xLabel,
}: {
  rows: readonly DraftLengthRow[];
  gamma: number;
  ceiling: number;
  label: string;
  xLabel: string;
}) {
  const top = Math.ceil(Math.max(...rows.map((r) => r.tokens), Math.min(ceiling, rows.length + 1)));
  const band = (W - PAD.left - PAD.right) / rows.length;
  const x = (i: number) => PAD.left + band * (i + 0.5);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: top + 1 }, (_, i) => i).filter((v) => top <= 6 || v % 2 === 0);
  const line = rows.map((r, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(r.speedup).toFixed(1)}`).join('');

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="mt-3 w-full text-fg">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--line)" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={13} fill="currentColor">
            {v}
          </text>
        </g>
      ))}
      {rows.map((r, i) => (
        <g key={r.gamma}>
          <rect
            x={x(i) - band * 0.3}
            width={band * 0.6}
            y={y(r.tokens)}
            height={y(0) - y(r.tokens)}
            fill={r.gamma === gamma ? 'var(--accent)' : 'var(--accent-soft)'}
            stroke="var(--accent)"
          />
          <text x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize={13} fill="currentColor">
            {r.gamma}
          </text>
        </g>
      ))}
      {ceiling <= top && (
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(ceiling)}
          y2={y(ceiling)}
          stroke="currentColor"
          strokeDasharray="5 4"
        />
      )}
      <path d={line} fill="none" stroke="var(--underline)" strokeWidth={2} />
      {rows.map((r, i) => (
        <circle key={r.gamma} cx={x(i)} cy={y(r.speedup)} r={3} fill="var(--underline)" />
      ))}
      <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" fontSize={13} fill="currentColor">
        {xLabel}
      </text>
    </svg>
  );
}
