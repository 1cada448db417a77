import { InputError } from '@/components/ui/demo-frame';
import { formatFixed, formatScientific } from '@/lib/format';
import type { DemoResult, Shown } from './compute';
import type { DemoText } from './text';

/** Greedy vs beam search vs the exhaustive optimum, scored under the current length penalty. */
export function Comparison({
  t,
  result,
  numBeams,
  alpha,
  errorId,
}: {
  t: DemoText;
  result: DemoResult;
  numBeams: number;
  alpha: string;
  errorId: string;
}) {
  const exhaustive = 'error' in result.exhaustive ? null : result.exhaustive;
  const rows: [string, Shown | null][] = [
    [t.greedy, result.greedy],
    [t.beam(numBeams), result.beam],
    [t.exhaustive, exhaustive],
  ];
  const top = result.topScore;
  return (
    <div className="mt-5">
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div role="region" aria-label={t.compare(alpha)} tabIndex={0} className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-medium">{t.compare(alpha)}</caption>
          <thead>
            <tr className="border-b border-line text-left text-xs text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t.method}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t.sequence}
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                {t.logp} ({t.prob})
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                {t.score}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t.winner}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, s]) => (
              <tr
                key={name}
                data-best={s?.score === top || undefined}
                className="border-b border-line/60 data-best:font-semibold"
              >
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {name}
                </th>
                <td className="py-1 pr-2">{s ? s.text : t.none}</td>
                <td className="py-1 pr-2 text-right font-mono tabular-nums">
                  {s && `${formatFixed(s.sumLogprob, 3)} (${formatScientific(s.prob, 3)})`}
                </td>
                <td className="py-1 pr-2 text-right font-mono tabular-nums">
                  {s && formatFixed(s.score, 3)}
                </td>
                <td className="py-1 text-accent-strong">{s?.score === top && t.best}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {exhaustive ? (
        <p className="mt-2 text-sm">{result.beamMissed ? t.miss : t.hit}</p>
      ) : (
        <InputError
          id={errorId}
          message={'error' in result.exhaustive ? t.exhaustiveFailed + result.exhaustive.error : null}
        />
      )}
    </div>
  );
}
