import type { PassAtKPoint } from '@/lib/metrics';

const W = 320;
const H = 200;
const L = 38;
const R = 14;
const T = 10;
const B = 34;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const TICKS = [1, 2, 5, 10, 20, 50, 100];

/** Line styles: colour AND dash pattern tell the two estimators apart. */
export const SERIES = {
  unbiased: { stroke: 'var(--accent)', dash: undefined },
  naive: { stroke: 'var(--pitfall)', dash: '6 4' },
} as const;

/** A short line in a series' style, for the legend. */
export function Swatch({ series }: { series: keyof typeof SERIES }) {
  const s = SERIES[series];
  return (
    <svg width="28" height="10" aria-hidden="true" className="shrink-0">
      <line x1="0" y1="5" x2="28" y2="5" stroke={s.stroke} strokeWidth="2.5" strokeDasharray={s.dash} />
    </svg>
  );
}

/** Both pass@k estimates against k = 1 … n, with the current k marked. */
export function PassAtKChart({
  curve,
  k,
  label,
  xLabel,
}: {
  curve: readonly PassAtKPoint[];
  k: number;
  label: string;
  xLabel: string;
}) {
  const n = curve.length;
  // Log scale: pass@1, @10 and @100 (what papers report) get room, the flat tail does not.
  const x = (kk: number) => (n === 1 ? (L + W - R) / 2 : L + (Math.log(kk) / Math.log(n)) * (W - L - R));
  const y = (v: number) => H - B - v * (H - B - T);
  const path = (key: 'unbiased' | 'naive') =>
    curve.map((p, i) => `${i ? 'L' : 'M'}${x(p.k).toFixed(1)},${y(p[key]).toFixed(1)}`).join('');
  const at = curve[k - 1];
  const xTicks = [...TICKS.filter((v) => v < n && x(n) - x(v) >= 26), n];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="mt-3 w-full max-w-md text-fg">
      <g fontSize={12} fill="currentColor">
        {Y_TICKS.map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} stroke="var(--line)" />
            <text x={L - 5} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {xTicks.map((kk) => (
          <text key={kk} x={x(kk)} y={H - B + 15} textAnchor="middle">
            {kk}
          </text>
        ))}
        <text x={(L + W - R) / 2} y={H - 4} textAnchor="middle">
          {xLabel}
        </text>
        <text x={11} y={(H - B + T) / 2} textAnchor="middle" transform={`rotate(-90 11 ${(H - B + T) / 2})`}>
          pass@k
        </text>
      </g>
      {at && (
        <line
          x1={x(k)}
          x2={x(k)}
          y1={T}
          y2={H - B}
          stroke="currentColor"
          strokeOpacity={0.5}
          strokeDasharray="2 3"
        />
      )}
      {(['naive', 'unbiased'] as const).map((key) => (
        <g key={key} stroke={SERIES[key].stroke} fill="none" strokeWidth={2.5}>
          <path d={path(key)} strokeDasharray={SERIES[key].dash} strokeLinejoin="round" />
          {at && <circle cx={x(k)} cy={y(at[key])} r={4} fill="var(--surface)" />}
        </g>
      ))}
    </svg>
  );
}
