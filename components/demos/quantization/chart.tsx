import { formatScientific } from '@/lib/format';

const W = 560;
const H = 200;
const PAD = { left: 44, right: 8, top: 10, bottom: 10 };

/**
 * Original (grey) and dequantized (accent) value of every weight as paired bars around 0, the
 * grid of group 1 as dashed lines (when it is small enough to draw) and group boundaries.
 */
export function QuantChart({
  x,
  xHat,
  grid,
  groupSize,
  label,
}: {
  x: readonly number[];
  xHat: readonly number[];
  grid: readonly number[];
  groupSize: number;
  label: string;
}) {
  const all = [...x, ...xHat, 0];
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  // Scaled by the largest magnitude first, so values near ±Number.MAX_VALUE cannot overflow.
  const m = Math.max(-lo, hi) || 1;
  const y = (v: number) => PAD.top + ((hi / m - v / m) / (hi / m - lo / m || 1)) * (H - PAD.top - PAD.bottom);
  const band = (W - PAD.left - PAD.right) / x.length;
  const left = (i: number) => PAD.left + band * i;
  const bar = (v: number, i: number, offset: number, fill: string) => (
    <rect
      x={left(i) + band * offset}
      width={band * 0.36}
      y={Math.min(y(v), y(0))}
      height={Math.abs(y(v) - y(0))}
      fill={fill}
    />
  );
  const firstGroupEnd = left(Math.min(groupSize, x.length));

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="mt-3 w-full text-fg">
      {[hi, 0, lo].map((v, i) => (
        <text key={i} x={PAD.left - 4} y={y(v) + 4} textAnchor="end" fontSize={12} fill="currentColor">
          {formatScientific(v, 2)}
        </text>
      ))}
      {grid.map((g) => (
        <line
          key={g}
          x1={PAD.left}
          x2={firstGroupEnd}
          y1={y(g)}
          y2={y(g)}
          stroke="currentColor"
          strokeOpacity={0.35}
          strokeDasharray="3 3"
        />
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.6} />
      {x.map((v, i) => (
        <g key={i}>
          {bar(v, i, 0.12, 'var(--muted)')}
          {bar(xHat[i] ?? 0, i, 0.52, 'var(--accent)')}
          {i > 0 && i % groupSize === 0 && (
            <line
              x1={left(i)}
              x2={left(i)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke="var(--line)"
              strokeWidth={2}
            />
          )}
        </g>
      ))}
    </svg>
  );
}
