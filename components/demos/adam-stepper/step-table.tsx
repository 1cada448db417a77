import { formatFixed, formatScientific } from '@/lib/format';
import type { Optimizer, Track } from './problem';
import type { AdamText, Quantity } from './text';

const QUANTITIES: readonly Quantity[] = ['grad', 'm', 'v', 'update', 'theta'];
const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

/** θ and Δθ with four decimals (scientific once they grow past what fits); moments with 4 significant digits. */
export const fixed = (v: number) => (Math.abs(v) < 1e5 ? formatFixed(v, 4) : formatScientific(v, 4));
const sci = (v: number) => formatScientific(v, 4);

/** The values of one quantity at step t for one optimizer, as lib returned them (Δθ = θ_t − θ_(t−1)). */
function cells(run: Track, q: Quantity, t: number): string[] {
  const theta = run.theta[t] ?? [];
  switch (q) {
    case 'grad':
      return (run.grad[t] ?? []).map(sci);
    case 'm':
      return (run.m[t] ?? []).map(sci);
    case 'v':
      return (run.v[t] ?? []).map(sci);
    case 'update':
      return theta.map((x, i) => fixed(x - (run.theta[t - 1]?.[i] ?? x)));
    case 'theta':
      return theta.map(fixed);
  }
}

/**
 * What each optimizer computed in step t: the gradient it was given, its moments m and v, the
 * change of θ and θ itself, one column per coordinate. Before the first step only θ₀ has values.
 */
export function StepTable({ runs, t, text }: { runs: Record<Optimizer, Track>; t: number; text: AdamText }) {
  return (
    <table className="mt-2 w-full text-sm" data-step-table>
      <caption className="mb-1 text-left text-muted">{text.tableCaption(t)}</caption>
      <thead>
        <tr className="border-b border-line">
          {text.columns.map((c, i) => (
            <th
              key={c}
              scope="col"
              className={i === 0 ? 'py-1 pr-3 text-left font-medium' : `${CELL} font-medium`}
            >
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {QUANTITIES.map((q) => (
          <tr key={q} data-quantity={q} className="border-b border-line/60">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {text.quantities[q]}
            </th>
            {(['adam', 'adamw'] as const).flatMap((o) => {
              const values = t === 0 && q !== 'theta' ? ['—', '—'] : cells(runs[o], q, t);
              return values.map((v, i) => (
                <td key={`${o}${i}`} className={CELL}>
                  {v}
                </td>
              ));
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
