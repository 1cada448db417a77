'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { formatFixed } from '@/lib/format';
import { WorkflowDiagram } from './diagram';
import {
  defaultDraft,
  formatAmount,
  hasBaseline,
  PARALLEL_MODES,
  patternFields,
  PATTERNS,
  readDraft,
  type Draft,
  type DraftError,
  type Evaluation,
  type Field,
  type ParallelMode,
  type Pattern,
} from './model';
import { TEXT, type WorkflowText } from './text';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const seconds = (x: number) => formatAmount(x, 2);
const tokens = (x: number) => formatAmount(x, 0);
const f3 = (x: number) => formatFixed(x, 3);
/** The evaluator loop lists the chance of reaching this many rounds at most. */
const REACH_SHOWN = 6;

function fieldLabel(t: WorkflowText, field: Field, pattern: Pattern): string {
  return field === 'workers' && pattern === 'orchestrator-workers' ? t.workersOrchestrator : t.fields[field];
}

function errorText(t: WorkflowText, e: DraftError, pattern: Pattern): string {
  return e.kind === 'field' ? t.fieldError(fieldLabel(t, e.field, pattern), e.error) : t.libError(e.message);
}

/** The default settings' result (valid by construction; a failure here is a bug in model.ts). */
function defaultEvaluation(pattern: Pattern): Evaluation {
  const reading = readDraft(defaultDraft(pattern));
  if (!reading.ok) throw new Error(`the default ${pattern} draft is invalid: ${reading.error.kind}`);
  return reading.value;
}

/**
 * The workflow-patterns lab: a pattern, the numbers of one LLM call and the pattern's own knobs
 * give lib's end-to-end latency, tokens and success, next to a single call, with the pattern drawn
 * as a graph. Bad input shows an inline message and keeps the last valid result; once the learner
 * changes something the address carries the state (`wf-` keys).
 */
export function WorkflowLab({ owner, initial }: { owner: Pattern; initial: Draft }) {
  const t = TEXT[useLocale()];
  const ids = { pattern: useId(), mode: useId(), error: useId() };
  const [draft, setDraft] = useState<Draft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid result stays on screen (the defaults' if a link starts bad).
  const [good, setGood] = useState<Evaluation>(() => (reading.ok ? reading.value : defaultEvaluation(owner)));
  if (reading.ok && reading.value !== good) setGood(reading.value);
  const value = reading.ok ? reading.value : good;
  useWriteQuery(encodeState(owner, draft), changed && reading.ok);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const invalid = reading.ok ? null : reading.error.field;
  const message = reading.ok ? null : `${errorText(t, reading.error, draft.pattern)} ${t.kept}`;

  const { workflow, single, loop } = value;
  const name =
    value.pattern === 'parallelization'
      ? t.parallelName(t.modeShort[value.mode])
      : t.shortNames[value.pattern];
  const readout = t.readout(
    name,
    loop !== null,
    seconds(workflow.latency),
    tokens(workflow.tokens),
    f3(workflow.success),
    seconds(single.latency),
    tokens(single.tokens),
    f3(single.success),
  );
  const rows: [keyof WorkflowText['rows'], string, string][] = [
    ['latency', seconds(workflow.latency), seconds(single.latency)],
    ['tokens', tokens(workflow.tokens), tokens(single.tokens)],
    ['success', f3(workflow.success), f3(single.success)],
    ['calls', formatAmount(workflow.calls, 2), formatAmount(single.calls, 2)],
  ];
  const noteKey = value.pattern === 'parallelization' ? value.mode : value.pattern;
  const field = (f: Field) => (
    <NumberInput
      key={f}
      label={fieldLabel(t, f, draft.pattern)}
      hint={t.fieldHints[f]}
      value={draft[f]}
      invalid={invalid === f}
      describedBy={ids.error}
      onChange={(text) => edit({ [f]: text } as Partial<Draft>)}
    />
  );

  return (
    <DemoFrame id="workflow-patterns" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.pattern} className="font-medium">
            {t.pattern}
          </label>
          <select
            id={ids.pattern}
            value={draft.pattern}
            onChange={(e) => edit({ pattern: e.target.value as Pattern })}
            className={SELECT}
          >
            {PATTERNS.map((p) => (
              <option key={p} value={p}>
                {t.patterns[p]}
              </option>
            ))}
          </select>
        </div>
        {draft.pattern === 'parallelization' && (
          <div className="flex flex-col gap-0.5 text-sm">
            <label htmlFor={ids.mode} className="font-medium">
              {t.mode}
            </label>
            <select
              id={ids.mode}
              value={draft.mode}
              onChange={(e) => edit({ mode: e.target.value as ParallelMode })}
              className={SELECT}
            >
              {PARALLEL_MODES.map((m) => (
                <option key={m} value={m}>
                  {t.modes[m]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          onClick={() => edit(defaultDraft(draft.pattern))}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.restore}
        </button>
      </div>

      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">{t.callGroup}</legend>
          <div className="mt-1 grid grid-cols-3 gap-2">
            {(['latency', 'tokens', 'success'] as const).map(field)}
          </div>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className="text-sm font-semibold">{t.patternGroup}</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">{patternFields(draft.pattern).map(field)}</div>
        </fieldset>
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-semibold">{t.baselineGroup}</legend>
        {hasBaseline(draft.pattern, draft.mode) ? (
          <div className="mt-1 max-w-56">{field('baseline')}</div>
        ) : (
          <p className="mt-1 text-sm text-muted">
            {draft.pattern === 'evaluator-optimizer' ? t.baselineSame.loop : t.baselineSame.voting}
          </p>
        )}
      </fieldset>
      <InputError id={ids.error} message={message} />

      <WorkflowDiagram
        pattern={value.pattern}
        mode={value.mode}
        count={value.count}
        summary={t.diagramSummary(value.pattern, value.mode, value.count)}
        t={t}
      />

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>

      <table className="mt-3 w-full max-w-md text-sm tabular-nums">
        <caption className="text-left text-xs text-muted">{t.tableCaption}</caption>
        <thead>
          <tr>
            {t.columns.map((c, i) => (
              <th key={i} scope="col" className="px-2 py-1 text-left font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, w, s]) => (
            <tr key={key} data-row={key} className="border-t border-line">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {t.rows[key]}
              </th>
              <td className="px-2 py-1 font-mono">{w}</td>
              <td className="px-2 py-1 font-mono">{s}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {loop && (
        <div className="mt-2 text-sm" data-loop>
          <p>{t.loopRounds(formatAmount(loop.expectedRounds, 3), loop.reach.length)}</p>
          <p>{t.loopWorst(seconds(loop.worstLatency), tokens(loop.worstTokens))}</p>
          <p>{t.loopExhausted(f3(loop.exhausted))}</p>
          <p>
            {t.loopReach(
              loop.reach
                .slice(0, REACH_SHOWN)
                .map((p, i) => `${i + 1}: ${f3(p)}`)
                .concat(loop.reach.length > REACH_SHOWN ? ['…'] : [])
                .join(' · '),
            )}
          </p>
          <p className="text-xs text-muted">{t.expectedNote}</p>
        </div>
      )}
      <p className="mt-2 text-sm text-muted" data-note={noteKey}>
        {t.notes[noteKey]}
      </p>
    </DemoFrame>
  );
}
