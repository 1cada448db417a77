import type { IsoFlopPoint } from '@/lib/calculators';
import { formatCount, formatFixed } from '@/lib/format';

const W = 560;
const H = 240;
const PAD = { left: 48, right: 12, top: 12, bottom: 36 };

/** IsoFLOP curve (loss against log N) with the optimum and the reader's model marked. */
export function IsoFlopChart({
  curve,
  optimum,
  current,
  label,
  xLabel,
  yLabel,
}: {
  curve: readonly IsoFlopPoint[];
  optimum: { N: number; loss: number };
  current: { N: number; loss: number };
  label: string;
  xLabel: string;
  yLabel: string;
}) {
  const xs = curve.map((p) => Math.log10(p.N));
  const ys = curve.map((p) => p.loss);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.min(Math.max(...ys), Math.min(...ys) + 1.5)];
  const sx = (n: number) => PAD.left + ((Math.log10(n) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (l: number) =>
    PAD.top + (1 - (Math.min(l, y1) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const path = curve
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.N).toFixed(1)},${sy(p.loss).toFixed(1)}`)
    .join('');
  const ticks = [0, 1, 2, 3, 4].map((i) => 10 ** (x0 + ((x1 - x0) * i) / 4));
  const inRange = current.N >= 10 ** x0 && current.N <= 10 ** x1;

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="mt-4 w-full text-fg">
      <line
        x1={PAD.left}
        y1={H - PAD.bottom}
        x2={W - PAD.right}
        y2={H - PAD.bottom}
        stroke="currentColor"
        opacity={0.4}
      />
      <line
        x1={PAD.left}
        y1={PAD.top}
        x2={PAD.left}
        y2={H - PAD.bottom}
        stroke="currentColor"
        opacity={0.4}
      />
      {ticks.map((n) => (
        <text key={n} x={sx(n)} y={H - PAD.bottom + 14} textAnchor="middle" fontSize={11} fill="currentColor">
          {formatCount(n)}
        </text>
      ))}
      {[y0, (y0 + y1) / 2, y1].map((l) => (
        <text key={l} x={PAD.left - 6} y={sy(l) + 4} textAnchor="end" fontSize={11} fill="currentColor">
          {formatFixed(l, 2)}
        </text>
      ))}
      <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="currentColor">
        {xLabel}
      </text>
      <text
        x={12}
        y={H / 2}
        textAnchor="middle"
        fontSize={11}
        fill="currentColor"
        transform={`rotate(-90 12 ${H / 2})`}
      >
        {yLabel}
      </text>
      <path d={path} fill="none" stroke="var(--accent)" strokeWidth={2} />
      <circle cx={sx(optimum.N)} cy={sy(optimum.loss)} r={5} fill="var(--accent)" />
      {inRange && (
        <rect
          x={sx(current.N) - 5}
          y={sy(current.loss) - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${sx(current.N)} ${sy(current.loss)})`}
          fill="var(--underline)"
        />
      )}
    </svg>
  );
}
