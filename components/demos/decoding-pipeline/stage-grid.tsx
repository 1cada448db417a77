import type { PipelineResult, PipelineStage } from '@/lib/decoding/pipeline';
import type { PlaygroundSettings } from '@/lib/decoding/playground';
import { formatFixed } from '@/lib/format';
import type { Text } from './text';

/** The setting shown under a stage's name, so each column says what it did. */
function param(stage: PipelineStage, s: PlaygroundSettings): string {
  switch (stage.id) {
    case 'repetition':
      return `θ = ${s.repetitionPenalty}`;
    case 'presence-frequency':
      return `${s.presencePenalty} / ${s.frequencyPenalty}`;
    case 'no-repeat-ngram':
      return `n = ${s.noRepeatNgramSize}`;
    case 'temperature':
      return `T = ${s.temperature}`;
    case 'top-k':
      return `k = ${s.topK}`;
    case 'top-p':
      return `p = ${s.topP}`;
    case 'min-p':
      return `${s.minP}`;
  }
  return '';
}

/**
 * The pipeline in order (stages that are off struck through and marked "off"), then a table: one
 * row per token, one column per active stage; each cell the probability, the logit and a bar.
 * Removed tokens show a struck-through 0 and "removed" (visible where the stage removed them,
 * for screen readers after that). Scrolls sideways inside the demo on a narrow screen.
 */
export function StageGrid({
  t,
  tokens,
  result,
  settings,
}: {
  t: Text;
  tokens: readonly string[];
  result: PipelineResult;
  settings: PlaygroundSettings;
}) {
  const active = result.stages.filter((s) => s.active);
  return (
    <div className="text-sm">
      <ol aria-label={t.pipeline} className="flex flex-wrap gap-1 text-xs">
        {result.stages.map((s, i) => (
          <li key={s.id} className={s.active ? 'text-accent-strong' : 'text-muted'}>
            {i > 0 && '→ '}
            {s.active ? t.stages[s.id] : <s>{t.stages[s.id]}</s>}
            {!s.active && ` (${t.off})`}
          </li>
        ))}
      </ol>
      <div className="mt-2 overflow-x-auto" role="region" aria-label={t.caption} tabIndex={0}>
        {/* The article styles `.doc-prose table` as a scroll box; this table stays a table. */}
        <table className="table! w-full overflow-visible!">
          <caption className="text-left text-xs text-muted">{t.caption}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col">{t.token}</th>
              {active.map((s) => (
                <th key={s.id} scope="col" className="min-w-20 px-1.5">
                  {t.stages[s.id]}
                  <span className="block font-mono text-xs font-normal text-muted">{param(s, settings)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="font-mono">
            {tokens.map((token, i) => (
              <tr key={token} className="border-b border-line/60">
                <th scope="row" className="pr-2 text-left whitespace-nowrap">
                  {token}
                </th>
                {active.map((s) => {
                  const p = s.probs[i] ?? 0;
                  const logit = s.logits[i] ?? -Infinity;
                  return (
                    <td key={s.id} className="px-1.5 py-1 align-top">
                      {logit === -Infinity ? (
                        <span className="text-muted">
                          <s>0</s> <span className={s.removed.includes(i) ? '' : 'sr-only'}>{t.removed}</span>
                        </span>
                      ) : (
                        formatFixed(p, 3)
                      )}
                      <span className="block text-xs text-muted">{formatFixed(logit, 2)}</span>
                      <span
                        aria-hidden="true"
                        className="block h-1 bg-accent"
                        style={{ width: `${p * 100}%` }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
