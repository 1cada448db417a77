'use client';

import { useId, useMemo, useState } from 'react';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatLoss, readBatch, type ClipError, type ClipReading, type ClipView } from './compute';
import { LogitsTable, SimilarityHeatmap } from './matrix';
import {
  DIMS,
  INIT_SCALE_INDEX,
  MAX_PAIRS,
  MAX_SCALE_INDEX,
  MIN_PAIRS,
  PRESET_KEYS,
  PRESETS,
  SCALE_STEPS,
  dimOf,
  loadedPreset,
  withDims,
  withPairs,
  type ClipDraft,
  type Side,
} from './presets';
import { AXES, TEXT, vectorName, type ClipText } from './text';
import { encodeState, type ClipLinkState } from './url-state';
import { VectorsTable } from './vectors-table';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const PAIR_COUNTS = Array.from({ length: MAX_PAIRS - MIN_PAIRS + 1 }, (_, i) => MIN_PAIRS + i);
const SCALE_PRESETS = ['init', 'clamp'] as const;

function errorText(t: ClipText, e: ClipError): string {
  const field = (side: Side, pair: number, dim: number) =>
    t.field(vectorName(side, pair), AXES[dim] ?? String(dim + 1));
  switch (e.kind) {
    case 'field':
      return t.fieldError(field(e.side, e.pair, e.dim), e.error);
    case 'finite':
      return t.finiteError(field(e.side, e.pair, e.dim), e.message);
    case 'zero':
      return t.zeroError(vectorName(e.side, e.pair), e.message);
    case 'shape':
      return t.shapeError;
    case 'lib':
      return t.libError(e.message);
  }
}

function invalidFields(reading: ClipReading, draft: ClipDraft): Set<string> {
  if (reading.ok) return new Set();
  const e = reading.error;
  if (e.kind === 'field' || e.kind === 'finite') return new Set([`${e.side}:${e.pair}:${e.dim}`]);
  if (e.kind === 'zero')
    return new Set((draft[e.side][e.pair] ?? []).map((_, d) => `${e.side}:${e.pair}:${d}`));
  return new Set();
}

/** The view of a draft known to be valid (the default, or the last valid input) at `scale`. */
function validView(draft: ClipDraft, scale: number): ClipView {
  const reading = readBatch(draft, scale);
  if (!reading.ok) throw new Error(`a kept CLIP batch is invalid: ${reading.error.kind}`);
  return reading.view;
}

/**
 * The CLIP-loss lab: an editable batch of illustrative image and caption vectors gives the cosine
 * matrix, the logits at the chosen logit scale, every row's and column's cross-entropy and the loss
 * (lib's clipLossTerms). Bad input shows an inline message and keeps the last valid batch (at the
 * current scale); once the learner changes something the address carries the state.
 */
export function ClipLab({ initial }: { initial: ClipLinkState }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), pairs: useId(), dims: useId() };
  const [draft, setDraft] = useState<ClipDraft>(initial.draft);
  const [scaleIndex, setScaleIndex] = useState(initial.scaleIndex);
  const [changed, setChanged] = useState(false);
  const step = SCALE_STEPS[scaleIndex] ?? SCALE_STEPS[INIT_SCALE_INDEX]!;
  const reading = useMemo(() => readBatch(draft, step.scale), [draft, step.scale]);
  // On bad input the last valid batch stays on screen (the default's if a link starts bad).
  const [goodDraft, setGoodDraft] = useState<ClipDraft>(() =>
    readBatch(initial.draft, step.scale).ok ? initial.draft : PRESETS.aligned,
  );
  if (reading.ok && draft !== goodDraft) setGoodDraft(draft);
  const view = useMemo(
    () => (reading.ok ? reading.view : validView(goodDraft, step.scale)),
    [reading, goodDraft, step.scale],
  );
  useWriteQuery(encodeState(view.inputs, scaleIndex), changed && reading.ok);

  const edit = (next: ClipDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const setScale = (index: number) => {
    setScaleIndex(index);
    setChanged(true);
  };
  const editField = (side: Side, pair: number, dim: number, text: string) =>
    edit({
      ...draft,
      [side]: draft[side].map((row, i) => (i === pair ? row.map((x, d) => (d === dim ? text : x)) : row)),
    });
  const loaded = loadedPreset(draft);
  const scaleText = (i: number) => {
    const s = SCALE_STEPS[i] ?? step;
    return t.scaleValue(s.label, s.tau);
  };

  return (
    <DemoFrame id="clip-loss" title={t.title} hint={t.hint}>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => edit(PRESETS[key])}
        className="mt-0"
      />
      <p className="mt-1 min-h-5 text-xs text-muted" data-preset-note>
        {loaded ? t.presetNotes[loaded] : t.custom}
      </p>

      <div className="mt-3 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.pairs} className="font-medium">
            {t.pairs}
          </label>
          <select
            id={ids.pairs}
            value={draft.images.length}
            onChange={(e) => edit(withPairs(draft, Number(e.target.value)))}
            className={SELECT}
          >
            {PAIR_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.dims} className="font-medium">
            {t.dims}
          </label>
          <select
            id={ids.dims}
            value={dimOf(draft)}
            onChange={(e) => edit(withDims(draft, Number(e.target.value)))}
            className={SELECT}
          >
            {DIMS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="mt-3">
        <VectorsTable
          draft={draft}
          invalid={invalidFields(reading, draft)}
          describedBy={ids.error}
          onEdit={editField}
          t={t}
        />
      </div>
      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <div className="mt-2">
        <RangeField
          label={t.scale}
          steps={SCALE_STEPS.map((_, i) => i)}
          index={scaleIndex}
          onIndexChange={setScale}
          format={scaleText}
        />
        <PresetButtons
          label={t.scalePresets}
          keys={SCALE_PRESETS}
          names={t.scalePresetNames}
          onPick={(key) => setScale(key === 'init' ? INIT_SCALE_INDEX : MAX_SCALE_INDEX)}
          className="mt-1"
        />
        <p className="mt-1 text-xs text-muted">{t.scaleNote}</p>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(formatLoss(view.loss), formatLoss(view.imageToTextMean), formatLoss(view.textToImageMean))}
      </output>
      <ul className="mt-2 space-y-0.5 text-sm" data-mismatches>
        {view.mismatches.length === 0 ? (
          <li>{t.allMatched}</li>
        ) : (
          view.mismatches.map((m) => (
            <li key={`${m.kind}:${m.index}`} data-mismatch={m.kind}>
              {m.kind === 'image'
                ? t.imagePrefers(vectorName('images', m.index), vectorName('texts', m.other))
                : t.textPrefers(vectorName('texts', m.index), vectorName('images', m.other))}
            </li>
          ))
        )}
      </ul>

      <div className="mt-4 grid gap-4 md:grid-cols-[auto_1fr] md:items-start">
        <SimilarityHeatmap view={view} t={t} />
        <LogitsTable view={view} scale={step.label} t={t} />
      </div>
    </DemoFrame>
  );
}
