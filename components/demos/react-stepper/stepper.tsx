'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { useReviewData } from '@/components/study/use-review-data';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { htmlToText, toGlossaryEntries } from './glossary';
import { POLICY_MAX_CHARS } from './policy';
import { PRESET_KEYS, PRESETS, type PresetKey } from './presets';
import {
  availableTurns,
  buildTools,
  computeRun,
  type RunError,
  type RunResult,
  type StepperDraft,
} from './run';
import { TEXT, type StepperText } from './text';
import { TraceList } from './trace-list';
import { encodeState, isPresetPolicy, POLICY_URL_MAX_CHARS, presetDraft } from './url-state';

const BUTTON =
  'min-h-8 rounded-md border border-line px-3 py-1 text-sm hover:bg-surface-2 aria-disabled:opacity-60';
const MAX = groupDigits(POLICY_MAX_CHARS);

function errorText(t: StepperText, e: RunError): string {
  switch (e.kind) {
    case 'empty':
      return t.empty;
    case 'tooLong':
      return t.tooLong(groupDigits(e.length), MAX);
    case 'limitField':
      return t.limitField(e.error);
    case 'lib':
      return t.libError(e.message);
  }
}

/**
 * The ReAct stepper: the reader's script is the model, lib's `runAgent` is the executor. The whole
 * run is computed once (the script never reads its observations); Step, Run to end, Reset and the
 * turn slider choose how much of it is shown: the readout, the context the model would read next
 * and the trace so far. The glossary downloads when a glossary_lookup turn is about to be shown.
 * Bad input keeps the last valid run on screen; once the reader acts, the address carries the state.
 */
export function Stepper({
  owner,
  initial,
  initialTurn,
}: {
  owner: PresetKey;
  initial: StepperDraft;
  initialTurn: number;
}) {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = { policy: useId(), error: useId(), context: useId(), repeat: useId(), trace: useId() };
  const [draft, setDraft] = useState<StepperDraft>(initial);
  const [turn, setTurn] = useState(initialTurn);
  const [changed, setChanged] = useState(false);

  const { glossary, needGlossary, failed } = useReviewData(locale);
  const entries = useMemo(() => (glossary ? toGlossaryEntries(glossary, htmlToText) : null), [glossary]);
  const tools = useMemo(() => buildTools(locale, entries), [locale, entries]);
  const result = useMemo(() => computeRun(draft, locale, tools), [draft, locale, tools]);
  // On bad input the last valid run stays on screen (the preset's if a link starts bad).
  const [good, setGood] = useState<Extract<RunResult, { ok: true }>>(() => {
    if (result.ok) return result;
    const fallback = computeRun(presetDraft(locale, owner), locale, tools);
    if (!fallback.ok) throw new Error(`react-stepper preset ${owner} does not run`);
    return fallback;
  });
  if (result.ok && result !== good) setGood(result);
  const run = (result.ok ? result : good).run;

  const total = run.turns.length;
  if (turn > total) setTurn(total);
  const at = Math.min(turn, total);
  const shown = Math.min(at, availableTurns(run, entries !== null));
  const waiting = at > shown;
  useEffect(() => {
    if (waiting) needGlossary();
  }, [waiting, needGlossary]);

  const turnSteps = useMemo(() => Array.from({ length: total + 1 }, (_, i) => i), [total]);
  const state =
    shown === 0
      ? t.notStarted
      : shown < total
        ? t.running
        : `${t.stopped[run.stopReason]}${run.finalAnswer === null ? '' : t.finalAnswer(run.finalAnswer)}`;
  const current = shown === 0 ? null : run.turns[shown - 1];
  const context = current ? current.context : run.prompt;
  const contextLength = current ? current.contextLength : run.promptLength;
  const linkTooLong = changed && !isPresetPolicy(locale, draft) && draft.policy.length > POLICY_URL_MAX_CHARS;
  useWriteQuery(encodeState(owner, locale, draft, at), changed);

  const edit = (patch: Partial<StepperDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const go = (next: number) => {
    setTurn(Math.max(0, Math.min(next, total)));
    setChanged(true);
  };
  const pick = (key: PresetKey) => {
    setDraft(presetDraft(locale, key));
    setTurn(0);
    setChanged(true);
  };
  const policyError = !result.ok && (result.error.kind === 'empty' || result.error.kind === 'tooLong');
  const limitError = !result.ok && !policyError;

  return (
    <DemoFrame id="react-stepper" title={t.title} hint={t.hint}>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={pick}
        className="mt-0"
      />
      <p className="mt-1 text-xs text-muted" data-preset-note>
        {t.presetNotes[draft.preset]}
      </p>
      <p className="mt-2 text-sm" data-question>
        <span className="font-medium">{t.question}:</span> {PRESETS[locale][draft.preset].question}
      </p>

      <div className="mt-2 flex flex-col gap-0.5 text-sm">
        <label htmlFor={ids.policy} className="font-medium">
          {t.policy}
        </label>
        <textarea
          id={ids.policy}
          name="rs-policy"
          value={draft.policy}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={policyError}
          aria-describedby={`${ids.error} ${ids.policy}-length`}
          onChange={(e) => edit({ policy: e.target.value })}
          className="rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs aria-invalid:border-red-600"
        />
        <span id={`${ids.policy}-length`} className="text-xs text-muted tabular-nums">
          {t.length(groupDigits(draft.policy.length), MAX)}
        </span>
      </div>

      <div className="mt-2 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="w-36">
          <NumberInput
            label={t.limit}
            hint={t.limitHint}
            value={draft.limit}
            invalid={limitError}
            describedBy={ids.error}
            onChange={(text) => edit({ limit: text })}
          />
        </div>
        <div className="flex min-h-8 items-center gap-2 text-sm">
          <input
            id={ids.repeat}
            type="checkbox"
            checked={draft.repeat}
            onChange={(e) => edit({ repeat: e.target.checked })}
            className="size-4 accent-accent"
          />
          <label htmlFor={ids.repeat}>{t.repeat}</label>
        </div>
      </div>
      <InputError id={ids.error} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />
      {linkTooLong && <p className="text-xs text-muted">{t.linkNote}</p>}

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-action="step"
          aria-disabled={at >= total}
          onClick={() => go(at + 1)}
          className={BUTTON}
        >
          {t.step}
        </button>
        <button
          type="button"
          data-action="run"
          aria-disabled={at >= total}
          onClick={() => go(total)}
          className={BUTTON}
        >
          {t.runToEnd}
        </button>
        <button
          type="button"
          data-action="reset"
          aria-disabled={at === 0}
          onClick={() => go(0)}
          className={BUTTON}
        >
          {t.reset}
        </button>
      </div>
      <div className="mt-2">
        <RangeField
          label={t.turn}
          steps={turnSteps}
          index={at}
          onIndexChange={go}
          format={(k) => t.turnValue(k, total)}
        />
      </div>
      <p role="status" className="min-h-5 text-sm">
        {waiting && (failed ? t.glossaryFailed : t.glossaryLoading)}
        {waiting && failed && (
          <button type="button" onClick={() => needGlossary()} className={`${BUTTON} ml-2`}>
            {t.retry}
          </button>
        )}
      </p>

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm wrap-anywhere"
      >
        {t.readout(shown, total, state)}
      </output>

      <p id={ids.context} className="mt-3 text-sm font-medium">
        {t.context(shown, groupDigits(contextLength))}
      </p>
      <pre
        data-context
        role="region"
        aria-labelledby={ids.context}
        tabIndex={0}
        className="mt-1 max-h-72 overflow-auto rounded-md border border-line bg-surface-2 px-2 py-1.5 font-mono text-xs wrap-anywhere whitespace-pre-wrap"
      >
        {context}
      </pre>

      <p id={ids.trace} className="mt-3 text-sm font-medium">
        {t.trace}
      </p>
      <div role="region" aria-labelledby={ids.trace} tabIndex={0} className="max-h-96 overflow-auto">
        <TraceList turns={run.turns.slice(0, shown)} t={t} />
      </div>
      <p className="mt-3 text-xs text-muted" data-caveat>
        {t.caveat}
      </p>
    </DemoFrame>
  );
}
