import { groupDigits } from '@/components/demos/shared/number-field';
import type { AgentTurn } from '@/lib/agents';
import { clipText } from './policy';
import type { StepperText } from './text';

/** Longest model output or observation shown in full in the trace (the context panel has it all). */
const TRACE_CLIP = 1500;

function Clipped({ text, t }: { text: string; t: StepperText }) {
  const clip = clipText(text, TRACE_CLIP);
  return (
    <>
      {clip.text}
      {clip.hidden > 0 && <span className="block text-muted">{t.clipped(groupDigits(clip.hidden))}</span>}
    </>
  );
}

const PRE = 'mt-0.5 rounded-md bg-surface-2 px-2 py-1 font-mono text-xs whitespace-pre-wrap wrap-anywhere';

/** What the executor made of a turn's output: a tool call, a final answer or a parse error. */
function Parsed({ turn, t }: { turn: AgentTurn; t: StepperText }) {
  if (!turn.parsed.ok) {
    return (
      <p className="mt-1">
        {t.parseError} <span className="font-mono wrap-anywhere">{turn.parsed.error}</span>
      </p>
    );
  }
  if (turn.finalAnswer !== null) {
    return (
      <p className="mt-1">
        {t.parsedFinal} <span className="font-mono wrap-anywhere">{turn.finalAnswer}</span>
      </p>
    );
  }
  return (
    <p className="mt-1 wrap-anywhere">
      {t.parsedAction} <code className="font-mono">{turn.action}</code>, {t.withInput}{' '}
      <code className="font-mono">
        <Clipped text={turn.actionInput ?? ''} t={t} />
      </code>
    </p>
  );
}

/**
 * The trace: one list item per turn run so far — the model's output (cut at the stop sequence),
 * what the parser made of it, and the observation, quoted as data with its kind in words and a
 * symbol (never colour alone). Everything is React text, never HTML.
 */
export function TraceList({ turns, t }: { turns: readonly AgentTurn[]; t: StepperText }) {
  if (turns.length === 0) return <p className="mt-1 text-sm text-muted">{t.traceEmpty}</p>;
  return (
    <ol data-trace className="mt-1 flex flex-col gap-3 text-sm">
      {turns.map((turn) => (
        <li
          key={turn.turn}
          data-turn={turn.turn}
          data-kind={turn.observationKind ?? 'final-answer'}
          className="rounded-md border border-line p-2"
        >
          <p className="font-medium tabular-nums">
            {t.turnHeader(turn.turn, groupDigits(turn.contextLength))}
          </p>
          <p className="mt-1 text-xs text-muted">{t.modelOutput}</p>
          <pre data-output className={PRE}>
            <Clipped text={turn.emitted} t={t} />
          </pre>
          {turn.cut && (
            <p className="mt-1 text-xs text-muted">
              {t.cut(groupDigits(Array.from(turn.text).length - Array.from(turn.emitted).length))}
            </p>
          )}
          <Parsed turn={turn} t={t} />
          {turn.observation !== null && turn.observationKind !== null && (
            <figure className="mt-1">
              <figcaption className="text-xs font-medium">
                {t.observation} · {t.kinds[turn.observationKind]}
              </figcaption>
              <blockquote data-observation className={`${PRE} border-l-4 border-line`}>
                <Clipped text={turn.observation} t={t} />
              </blockquote>
            </figure>
          )}
        </li>
      ))}
    </ol>
  );
}
