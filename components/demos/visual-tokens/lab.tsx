'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import { Breakdown } from './breakdown';
import { fieldsOf, invalidFields, readDraft, type VtError, type VtView } from './compute';
import {
  CONTEXTS,
  DEFAULT_DRAFT,
  IMAGE_COUNTS,
  MERGES,
  MODES,
  PRESET_KEYS,
  PRESETS,
  loadedPreset,
  type Field,
  type VtDraft,
} from './presets';
import { TEXT, type VtText } from './text';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

function errorText(t: VtText, e: VtError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'small':
      return t.smallError(e.message);
    case 'ratio':
      return t.ratioError(e.message);
    case 'merge':
      return t.mergeError(e.message);
    case 'lib':
      return t.libError(e.message);
  }
}

/** The default form's view (valid by construction; a failure is a bug). */
function defaultView(): VtView {
  const reading = readDraft(DEFAULT_DRAFT);
  if (!reading.ok) throw new Error(`the default visual-token form is invalid: ${reading.error.kind}`);
  return reading.view;
}

const dims = (grid: readonly [number, number]) => `${groupDigits(grid[0])} × ${groupDigits(grid[1])}`;

/**
 * The visual-token lab: image size, patch size, class token, resize or anyres tiling, token merging
 * and special tokens give one image's visual tokens (lib's visualTokenCount) and their share of the
 * chosen context window (contextShare). Bad input shows an inline message and keeps the last valid
 * result; once the learner changes something the address carries the state.
 */
export function VisualTokensLab({ initial }: { initial: VtDraft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), mode: useId(), merge: useId(), context: useId(), images: useId() };
  const [draft, setDraft] = useState<VtDraft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid result stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<{ view: VtView; draft: VtDraft }>(() =>
    reading.ok ? { view: reading.view, draft } : { view: defaultView(), draft: DEFAULT_DRAFT },
  );
  if (reading.ok && reading.view !== good.view) setGood({ view: reading.view, draft });
  const { view } = reading.ok ? { view: reading.view } : good;
  const shown = reading.ok ? draft : good.draft;
  useWriteQuery(encodeState(draft), changed && reading.ok);

  const edit = (next: Partial<VtDraft>) => {
    setDraft({ ...draft, ...next });
    setChanged(true);
  };
  const invalid = new Set<Field>(reading.ok ? [] : invalidFields(reading.error));
  const loaded = loadedPreset(draft);
  const { count, one, all } = view;
  const percent = (share: number) => `${formatFixed(share * 100, 1)}`;
  const readout = t.readout(
    groupDigits(count.total),
    shown.images,
    groupDigits(all.tokens),
    percent(all.share),
    groupDigits(shown.context),
  );

  return (
    <DemoFrame id="visual-tokens" title={t.title} hint={t.hint}>
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
          <label htmlFor={ids.mode} className="font-medium">
            {t.mode}
          </label>
          <select
            id={ids.mode}
            value={draft.mode}
            onChange={(e) => {
              const mode = MODES.find((m) => m === e.target.value);
              if (mode) edit({ mode });
            }}
            className={SELECT}
          >
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t.modeNames[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.merge} className="font-medium">
            {t.merge}
          </label>
          <select
            id={ids.merge}
            value={draft.merge}
            onChange={(e) => {
              const merge = MERGES.find((k) => String(k) === e.target.value);
              if (merge) edit({ merge });
            }}
            className={SELECT}
          >
            {MERGES.map((k) => (
              <option key={k} value={k}>
                {t.mergeName(k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="mt-1 text-xs text-muted" data-mode-note>
        {t.modeNotes[draft.mode]}
      </p>

      <div className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {fieldsOf(draft.mode).map((field) => (
          <NumberInput
            key={field}
            label={t.fields[field]}
            value={draft[field]}
            onChange={(text) => edit({ [field]: text })}
            invalid={invalid.has(field)}
            describedBy={ids.error}
            {...(t.fieldHints[field] ? { hint: t.fieldHints[field] } : {})}
          />
        ))}
      </div>
      <div className="mt-2 flex flex-col gap-1 text-sm">
        <label className="flex min-h-6 items-center gap-2">
          <input
            type="checkbox"
            checked={draft.cls}
            onChange={(e) => edit({ cls: e.target.checked })}
            className="size-4 accent-accent"
          />
          {t.cls}
        </label>
        {draft.mode === 'anyres' && (
          <label className="flex min-h-6 items-center gap-2">
            <input
              type="checkbox"
              checked={draft.unpad}
              onChange={(e) => edit({ unpad: e.target.checked })}
              className="size-4 accent-accent"
            />
            {t.unpad}
          </label>
        )}
      </div>
      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <div className="mt-2 flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.context} className="font-medium">
            {t.context}
          </label>
          <select
            id={ids.context}
            value={draft.context}
            onChange={(e) => {
              const context = CONTEXTS.find((c) => String(c) === e.target.value);
              if (context) edit({ context });
            }}
            className={SELECT}
          >
            {CONTEXTS.map((c) => (
              <option key={c} value={c}>
                {groupDigits(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.images} className="font-medium">
            {t.images}
          </label>
          <select
            id={ids.images}
            value={draft.images}
            onChange={(e) => {
              const images = IMAGE_COUNTS.find((c) => String(c) === e.target.value);
              if (images) edit({ images });
            }}
            className={SELECT}
          >
            {IMAGE_COUNTS.map((c) => (
              <option key={c} value={c}>
                {t.count(String(c))}
              </option>
            ))}
          </select>
        </div>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      <p className="mt-2 text-sm" data-fit>
        {all.share > 1 ? t.overflow : t.fit(groupDigits(one.imagesThatFit))}
      </p>
      <p className="mt-1 text-xs text-muted" data-details>
        {t.details(
          count.encoderPasses,
          groupDigits(count.patchesEncoded),
          dims(count.patchGrid),
          dims(count.tokenGrid),
          dims(count.resized),
        )}
      </p>

      <div className="mt-3">
        <Breakdown
          view={view}
          mode={shown.mode}
          context={shown.context}
          sharePct={`${percent(one.share)}%`}
          t={t}
        />
      </div>
    </DemoFrame>
  );
}
