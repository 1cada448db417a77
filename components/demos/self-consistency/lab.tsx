'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { AccuracyChart } from './chart';
import {
  accuracyAt,
  accuracyCurve,
  answerName,
  DEFAULT_DRAFT,
  DEFAULT_T_INDEX,
  formatTemperature,
  loadedPreset,
  MAX_SAMPLES,
  MAX_WRONG,
  MIN_WRONG,
  modeOf,
  normalisedTexts,
  PRESET_KEYS,
  PRESETS,
  readN,
  readProbs,
  TEMPERATURES,
  votingProbs,
  withWrongCount,
  type NReading,
  type ProbsReading,
  type ScDraft,
} from './model';
import { TemperaturePanel } from './temperature';
import { TEXT, type ScText } from './text';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const f3 = (x: number) => formatFixed(x, 3);
const SAMPLE_STEPS = Array.from({ length: MAX_SAMPLES }, (_, i) => i + 1);
const WRONG_COUNTS = Array.from({ length: MAX_WRONG - MIN_WRONG + 1 }, (_, i) => MIN_WRONG + i);

function probsErrorText(t: ScText, reading: ProbsReading): string | null {
  if (reading.ok) return null;
  const e = reading.error;
  const field = (i: number) => t.answerLabel(answerName(i), i === 0);
  switch (e.kind) {
    case 'field':
      return t.fieldError(field(e.index), e.error);
    case 'entry':
      return t.entryError(field(e.index), e.message);
    case 'sum':
      return t.sumError(e.message);
    case 'lib':
      return t.libError(e.message);
  }
}

function nErrorText(t: ScText, reading: NReading): string | null {
  if (reading.ok) return null;
  const e = reading.error;
  return e.kind === 'field' ? t.nFieldError(e.error) : t.nError(t.nRule, e.message);
}

/** The default distribution and n (valid by construction; a failure is a bug in model.ts). */
function defaults(): { probs: readonly number[]; n: number } {
  const probs = readProbs(DEFAULT_DRAFT.probs);
  const n = readN(DEFAULT_DRAFT.n);
  if (!probs.ok || !n.ok) throw new Error('the default self-consistency draft is invalid');
  return { probs: probs.probs, n: n.n };
}

/**
 * The self-consistency lab: a per-sample answer distribution (correct answer first) and n give the
 * exact majority-vote accuracy from lib, drawn over n = 1 … 99 with the current n marked; an
 * optional temperature anneals the distribution first (lib's annealProbs). Bad input shows an
 * inline message and keeps the last valid result; once the learner changes something the address
 * carries the state.
 */
export function ScLab({ initial }: { initial: ScDraft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), nError: useId(), wrong: useId(), toggle: useId() };
  const [draft, setDraft] = useState<ScDraft>(initial);
  const [changed, setChanged] = useState(false);

  const reading = useMemo(() => readProbs(draft.probs), [draft.probs]);
  // On bad input the last valid distribution stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState(() => (reading.ok ? reading.probs : defaults().probs));
  if (reading.ok && reading.probs !== good) setGood(reading.probs);
  const probs = reading.ok ? reading.probs : good;

  const nReading = useMemo(() => readN(draft.n), [draft.n]);
  const [goodN, setGoodN] = useState(() => (nReading.ok ? nReading.n : defaults().n));
  if (nReading.ok && nReading.n !== goodN) setGoodN(nReading.n);
  const n = nReading.ok ? nReading.n : goodN;

  const tIndex = draft.tIndex;
  const temperature = tIndex === null ? null : formatTemperature(TEMPERATURES[tIndex] ?? 1);
  const voting = useMemo(() => votingProbs(probs, tIndex), [probs, tIndex]);
  // The curves cost tens of milliseconds each; deferring them keeps the fields and sliders
  // responsive (the readout below is computed at once).
  const deferredProbs = useDeferredValue(probs);
  const deferredVoting = useDeferredValue(voting);
  const typedCurve = useMemo(() => accuracyCurve(deferredProbs), [deferredProbs]);
  const annealedCurve = useMemo(
    () => (tIndex === null ? null : accuracyCurve(deferredVoting)),
    [deferredVoting, tIndex],
  );
  const now = useMemo(
    () => ({
      acc: accuracyAt(voting, n),
      one: accuracyAt(voting, 1),
      typed: tIndex === null ? null : accuracyAt(probs, n),
    }),
    [voting, probs, n, tIndex],
  );
  const mode = modeOf(voting);
  const modeText = t.mode[mode.kind](f3(voting[0] ?? 0), answerName(mode.rival), f3(voting[mode.rival] ?? 0));
  const readout = t.readout(n, f3(now.acc), f3(now.one), temperature);
  const normalised = useMemo(() => normalisedTexts(draft.probs), [draft.probs]);
  useWriteQuery(encodeState(draft), changed && reading.ok && nReading.ok);

  const edit = (patch: Partial<ScDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const editProb = (index: number, text: string) =>
    edit({ probs: draft.probs.map((x, i) => (i === index ? text : x)) });
  const loaded = loadedPreset(draft.probs);
  const invalidIndex =
    !reading.ok && (reading.error.kind === 'field' || reading.error.kind === 'entry')
      ? reading.error.index
      : null;
  const sumInvalid = !reading.ok && reading.error.kind === 'sum';
  const probsError = probsErrorText(t, reading);
  const nError = nErrorText(t, nReading);

  const rows = typedCurve.map(([x, y], i) => {
    const annealed = annealedCurve?.[i]?.[1];
    return annealed === undefined ? [x, f3(y)] : [x, f3(y), f3(annealed)];
  });

  return (
    <DemoFrame id="self-consistency" title={t.title} hint={t.hint}>
      <fieldset>
        <legend className="text-sm font-medium">{t.answers}</legend>
        <div className="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
          {draft.probs.map((text, i) => (
            <NumberInput
              key={i}
              label={t.answerLabel(answerName(i), i === 0)}
              value={text}
              invalid={invalidIndex === i || sumInvalid}
              describedBy={ids.error}
              onChange={(next) => editProb(i, next)}
            />
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.wrong} className="font-medium">
            {t.wrongCount}
          </label>
          <select
            id={ids.wrong}
            value={draft.probs.length - 1}
            onChange={(e) => edit({ probs: withWrongCount(draft.probs, Number(e.target.value)) })}
            className={SELECT}
          >
            {WRONG_COUNTS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={normalised === null}
          onClick={() => normalised && edit({ probs: normalised })}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {t.normalise}
        </button>
      </div>
      <InputError id={ids.error} message={probsError === null ? null : `${probsError} ${t.kept}`} />
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => edit({ probs: PRESETS[key] })}
        className="mt-1"
      />
      {loaded && (
        <p className="mt-1 text-xs text-muted" data-preset-note>
          {t.presetNotes[loaded]}
        </p>
      )}

      <div className="mt-4 flex flex-col gap-2">
        <RangeField
          label={t.nSlider}
          steps={SAMPLE_STEPS}
          index={n - 1}
          onIndexChange={(i) => edit({ n: String(SAMPLE_STEPS[i] ?? 1) })}
          format={String}
        />
        <div className="max-w-40">
          <NumberInput
            label={t.nField}
            hint="1–99"
            value={draft.n}
            invalid={!nReading.ok}
            describedBy={ids.nError}
            onChange={(text) => edit({ n: text })}
          />
        </div>
        <InputError id={ids.nError} message={nError === null ? null : `${nError} ${t.nKept}`} />
      </div>

      <div className="mt-2 flex items-center gap-2 text-sm">
        <input
          id={ids.toggle}
          type="checkbox"
          checked={tIndex !== null}
          onChange={(e) => edit({ tIndex: e.target.checked ? DEFAULT_T_INDEX : null })}
          className="size-4 accent-accent"
        />
        <label htmlFor={ids.toggle} className="font-medium">
          {t.tToggle}
        </label>
      </div>
      {tIndex !== null && temperature !== null && (
        <TemperaturePanel
          tIndex={tIndex}
          temperature={temperature}
          typed={probs}
          voting={voting}
          onChange={(i) => edit({ tIndex: i })}
          t={t}
        />
      )}

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      {now.typed !== null && (
        <p className="mt-1 text-sm" data-typed-at>
          {t.typedAt(n, f3(now.typed))}
        </p>
      )}
      <p className="mt-1 text-sm" data-mode={mode.kind}>
        {modeText}
      </p>

      <AccuracyChart
        typed={typedCurve}
        annealed={annealedCurve}
        at={[n, now.acc]}
        one={now.one}
        temperature={temperature}
        summary={t.chartSummary(readout, modeText)}
        t={t}
        table={{
          summary: t.tableSummary,
          caption: t.tableCaption,
          columns: t.columns(annealedCurve ? temperature : null),
          rows,
        }}
      />
    </DemoFrame>
  );
}
