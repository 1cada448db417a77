'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import {
  changes,
  isPreset,
  normalisedDraft,
  presetDraft,
  readDraft,
  type CcDraft,
  type CcError,
  type CcReading,
  type CcResult,
} from './model';
import { PRESET_KEYS, PRESETS, type PresetKey } from './presets';
import { CalibrationTable } from './table';
import { TEXT, type CcText } from './text';
import { encodeState } from './url-state';

const f3 = (x: number) => formatFixed(x, 3);

function errorText(t: CcText, e: CcError, labels: readonly string[]): string {
  const label = (i: number) => labels[i] ?? '';
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.where(e.where), label(e.index), e.error);
    case 'entry':
      return t.entryError(t.where(e.where), label(e.index), e.message);
    case 'sum':
      return t.sumError(t.where(e.where), e.message);
    case 'zero':
      return t.zeroError(label(e.index), e.message);
    case 'lib':
      return t.libError(e.message);
  }
}

/** The cells an error marks: `cf:${label}` in the content-free row, `${row}:${label}` in the table. */
function invalidCells(reading: CcReading, draft: CcDraft): Set<string> {
  if (reading.ok) return new Set();
  const e = reading.error;
  const key = (where: { kind: string; row?: number }, j: number) =>
    where.kind === 'contentFree' ? `cf:${j}` : `${where.row ?? 0}:${j}`;
  if (e.kind === 'field' || e.kind === 'entry') return new Set([key(e.where, e.index)]);
  if (e.kind === 'zero') return new Set([`cf:${e.index}`]);
  if (e.kind === 'sum') return new Set(draft.contentFree.map((_, j) => key(e.where, j)));
  return new Set();
}

/** A preset's result (every preset is valid; a failure is a bug in presets.ts). */
function presetResult(set: PresetKey): CcResult {
  const reading = readDraft(presetDraft(set));
  if (!reading.ok) throw new Error(`the ${set} calibration preset is invalid: ${reading.error.kind}`);
  return reading.result;
}

/**
 * The contextual-calibration lab: eight inputs' label probabilities, the content-free ones and the
 * gold labels give each input's prediction before and after calibration and both accuracies, all
 * from lib's calibratedAccuracy. Bad input shows an inline message and keeps the last valid
 * result; once the learner changes something the address carries the state.
 */
export function CcLab({ initial }: { initial: CcDraft }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = { error: useId() };
  const [draft, setDraft] = useState<CcDraft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid table's result stays on screen (its preset's if a link starts bad).
  const [good, setGood] = useState<CcResult>(() => (reading.ok ? reading.result : presetResult(draft.set)));
  if (reading.ok && reading.result !== good) setGood(reading.result);
  const result = reading.ok ? reading.result : good;
  useWriteQuery(encodeState(draft), changed && reading.ok);

  const labels = PRESETS[draft.set].labels.map((key) => t.labels[key]);
  const total = result.rows.length;
  const counts = useMemo(() => {
    const list = changes(result);
    return {
      fixed: list.filter((c) => c === 'fixed').length,
      broken: list.filter((c) => c === 'broken').length,
    };
  }, [result]);
  const readout = t.readout(
    t.score(result.correctAfter, total, f3(result.accuracyAfter)),
    t.score(result.correctBefore, total, f3(result.accuracyBefore)),
  );
  const normalised = useMemo(() => normalisedDraft(draft), [draft]);
  const invalid = invalidCells(reading, draft);

  const edit = (next: CcDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const editCf = (j: number, text: string) =>
    edit({ ...draft, contentFree: draft.contentFree.map((x, k) => (k === j ? text : x)) });
  const editProb = (i: number, j: number, text: string) =>
    edit({
      ...draft,
      probs: draft.probs.map((row, r) => (r === i ? row.map((x, k) => (k === j ? text : x)) : row)),
    });
  const editGold = (i: number, label: number) =>
    edit({ ...draft, gold: draft.gold.map((g, r) => (r === i ? label : g)) });

  return (
    <DemoFrame id="contextual-calibration" title={t.title} hint={t.hint}>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => edit(presetDraft(key))}
        className="mt-0"
      />
      {isPreset(draft) && (
        <p className="mt-1 text-xs text-muted" data-preset-note>
          {t.presetNotes[draft.set]}
        </p>
      )}

      <fieldset className="mt-3">
        <legend className="text-sm font-medium">{t.contentFree}</legend>
        <div className="mt-2 flex flex-wrap items-end gap-3">
          {draft.contentFree.map((text, j) => (
            <div key={j} className="w-36">
              <NumberInput
                label={t.cfLabel(labels[j] ?? '')}
                value={text}
                invalid={invalid.has(`cf:${j}`)}
                describedBy={ids.error}
                onChange={(next) => editCf(j, next)}
              />
            </div>
          ))}
          <button
            type="button"
            disabled={normalised === null}
            onClick={() => normalised && edit(normalised)}
            className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t.normalise}
          </button>
        </div>
      </fieldset>
      <InputError
        id={ids.error}
        message={reading.ok ? null : `${errorText(t, reading.error, labels)} ${t.kept}`}
      />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      <p className="mt-1 text-sm" data-summary>
        {t.summary(counts.fixed, counts.broken)}
      </p>

      <div className="mt-3">
        <CalibrationTable
          draft={draft}
          result={result}
          invalid={invalid}
          describedBy={ids.error}
          onEditProb={editProb}
          onEditGold={editGold}
          locale={locale}
          t={t}
        />
      </div>
      <p className="mt-2 text-xs text-muted" data-caveat>
        {t.caveat}
      </p>
    </DemoFrame>
  );
}
