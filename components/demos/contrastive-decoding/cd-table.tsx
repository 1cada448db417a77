import { ProbBar } from '@/components/ui/prob-bar';
import { argmax } from '@/lib/decoding/argmax';
import type { ContrastiveStep } from '@/lib/decoding/contrastive';
import { formatFixed, formatScientific } from '@/lib/format';
import type { ContrastiveText } from './text';

/** One row per token: both probabilities (the expert's bar shows the cut line), the CD score, marks. */
export function CdTable({
  t,
  tokens,
  step,
}: {
  t: ContrastiveText;
  tokens: readonly string[];
  step: ContrastiveStep;
}) {
  const expertMax = step.expert[step.expertGreedy] ?? 1;
  const amateurMax = step.amateur[argmax(step.amateur)] ?? 1;
  return (
    // The prose stylesheet turns tables into scrolling blocks; this one must fill the demo.
    <table className="mt-4 w-full text-sm" style={{ display: 'table' }}>
      <caption className="mb-2 text-left text-muted">
        {t.caption(formatScientific(step.threshold, 3))}
      </caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-2 font-medium">
            {t.token}
          </th>
          <th scope="col" className="w-1/4 py-1 pr-2 font-medium">
            {t.pExpert}
          </th>
          <th scope="col" className="w-1/4 py-1 pr-2 font-medium">
            {t.pAmateur}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t.scoreCol}
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token, i) => {
          const head = step.inHead[i] ?? false;
          const chosen = i === step.chosen;
          const marks = [
            head ? null : t.cut,
            chosen ? t.chosenMark : null,
            i === step.expertGreedy ? t.greedyMark : null,
          ].filter(Boolean);
          return (
            <tr
              key={i}
              className={`border-b border-line/60 align-top ${head ? '' : 'text-muted'} ${chosen ? 'bg-accent-soft font-semibold' : ''}`}
            >
              <th scope="row" className="py-1.5 pr-2 text-left font-mono font-normal">
                <span className={`break-all ${chosen ? 'font-semibold' : ''}`}>{token}</span>
                {marks.length > 0 && <span className="block font-sans text-xs">{marks.join(' · ')}</span>}
              </th>
              <td className="py-1.5 pr-2 font-mono tabular-nums">
                {formatScientific(step.expert[i] ?? 0, 3)}
                <ProbBar value={step.expert[i] ?? 0} max={expertMax} cut={step.threshold} muted={!head} />
              </td>
              <td className="py-1.5 pr-2 font-mono tabular-nums">
                {formatScientific(step.amateur[i] ?? 0, 3)}
                <ProbBar value={step.amateur[i] ?? 0} max={amateurMax} muted={!head} />
              </td>
              <td className="py-1.5 text-right font-mono tabular-nums">
                {formatFixed(step.scores[i] ?? 0, 2)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
