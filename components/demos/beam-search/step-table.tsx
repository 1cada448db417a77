import { formatFixed, formatScientific } from '@/lib/format';
import type { Fate, ShownStep } from './compute';
import type { DemoText } from './text';

/** Fate → look; every fate also carries its text label and an icon, so colour is never alone. */
const DONE = {
  icon: '✓',
  pill: 'border-emerald-600 bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
};
const LOOK: Record<Fate, { icon: string; pill: string }> = {
  running: { icon: '●', pill: 'border-accent bg-accent-soft text-accent-strong' },
  'finished-eos': DONE,
  'finished-length': DONE,
  'dropped-eos': { icon: '✗', pill: 'border-dashed border-line text-muted' },
  pruned: { icon: '✗', pill: 'border-line text-muted' },
};

const out = (fate: Fate) => fate === 'pruned' || fate === 'dropped-eos';

/** One step of the search as a table: the top 2·numBeams candidates, ranked, with their fate. */
export function StepTable({
  t,
  index,
  numBeams,
  step,
}: {
  t: DemoText;
  index: number;
  numBeams: number;
  step: ShownStep;
}) {
  return (
    <table className="w-72 shrink-0 text-sm sm:w-80">
      <caption className="mb-1 text-left font-medium">{t.stepCaption(index + 1, numBeams)}</caption>
      <thead>
        <tr className="border-b border-line text-left text-xs whitespace-nowrap text-muted">
          <th scope="col" className="py-1 pr-1 font-medium">
            {t.rank}
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            {t.candidate}
          </th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">
            {t.logp} <span className="font-normal">({t.prob})</span>
          </th>
          <th scope="col" className="py-1 font-medium">
            {t.fate}
          </th>
        </tr>
      </thead>
      <tbody>
        {step.candidates.map((c, rank) => {
          const look = LOOK[c.fate];
          const finished = c.fate === 'finished-eos' || c.fate === 'finished-length';
          return (
            <tr
              key={c.tokens.join()}
              data-fate={c.fate}
              className="border-b border-line/60 align-top data-[fate=dropped-eos]:text-muted data-[fate=pruned]:text-muted"
            >
              <th scope="row" className="py-1 pr-1 text-left font-mono font-normal tabular-nums">
                {rank + 1}
              </th>
              <td className={`py-1 pr-2 whitespace-nowrap ${out(c.fate) ? 'line-through' : ''}`}>
                <span className="text-muted">{c.prefix} </span>
                <strong className="font-semibold">{c.token}</strong>
              </td>
              <td className="py-1 pr-2 text-right font-mono text-xs whitespace-nowrap tabular-nums">
                {formatFixed(c.sumLogprob, 2)}
                <br />({formatScientific(c.prob, 3)})
              </td>
              <td className="py-1">
                <span className={`inline-block rounded border px-1.5 py-0.5 text-xs ${look.pill}`}>
                  <span aria-hidden="true">{look.icon} </span>
                  {t.fates[c.fate]}
                  {finished && ` · ${t.score} ${formatFixed(c.score, 2)}`}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
      {step.unranked > 0 && (
        <tfoot>
          <tr>
            <td colSpan={4} className="pt-1 text-xs text-muted">
              {t.unranked(step.unranked)}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
