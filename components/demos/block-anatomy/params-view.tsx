'use client';

import { useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { formatCount } from '@/lib/format';
import { ConfigForm } from './config-form';
import { groupDigits } from '@/components/demos/shared/number-field';
import { ParamsChart } from './params-chart';
import {
  countDraft,
  draftFromConfig,
  isPresetConfig,
  type ConfigDraft,
  type DraftError,
  type DraftResult,
  type NumberField,
} from './params';
import { PRESETS, type PresetKey } from './presets';
import type { BlockText } from './text';

type Valid = Extract<DraftResult, { ok: true }>;

function errorText(t: BlockText, e: DraftError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.invalid(e.message);
    case 'tooLarge':
      return t.tooLarge;
  }
}

function invalidFields(result: DraftResult): NumberField[] {
  if (result.ok) return [];
  if (result.error.kind === 'field') return [result.error.field];
  return result.error.kind === 'lib' ? result.error.fields : [];
}

/**
 * The parameter counter: a preset's config, every field editable, counted exactly by
 * `decoderParamCount` and split into parts; the total is checked against the published count while
 * the config is the preset's. Bad input shows lib/'s message and keeps the last valid count.
 */
export function ParamsView({
  t,
  initialPreset,
  active,
}: {
  t: BlockText;
  initialPreset: PresetKey;
  active: boolean;
}) {
  const errorId = useId();
  const [preset, setPreset] = useState<PresetKey>(initialPreset);
  const [draft, setDraft] = useState(() => draftFromConfig(PRESETS[initialPreset].config));
  const result = useMemo(() => countDraft(draft), [draft]);
  // On bad input the last valid count stays on screen (the presets are valid).
  const [good, setGood] = useState<{ draft: ConfigDraft; result: Valid }>(() => ({
    draft,
    result: countDraft(draft) as Valid,
  }));
  if (result.ok && draft !== good.draft) setGood({ draft, result });
  const shown = result.ok ? result : good.result;
  const { count, config } = shown;
  const model = PRESETS[preset];
  const published = groupDigits(model.published);
  const check = isPresetConfig(config, model)
    ? count.total === model.published
      ? { ok: true, text: t.matches(published, model.source) }
      : { ok: false, text: t.differs(published, model.source) }
    : { ok: null, text: t.changed(model.name, published) };

  return (
    <div>
      <ConfigForm
        t={t}
        preset={preset}
        draft={draft}
        invalid={invalidFields(result)}
        errorId={errorId}
        onPreset={(key) => {
          setPreset(key);
          setDraft(draftFromConfig(PRESETS[key].config));
        }}
        onDraft={setDraft}
      />
      <InputError id={errorId} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />
      <output
        data-readout={active ? '' : undefined}
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(groupDigits(count.total), formatCount(count.total))}
      </output>
      <p
        data-check={check.ok === null ? 'changed' : check.ok ? 'match' : 'mismatch'}
        className={`mt-2 text-sm ${check.ok === false ? 'font-medium text-red-700 dark:text-red-400' : ''}`}
      >
        {check.text}
      </p>
      <p className="mt-1 text-sm text-muted">
        {t.perLayer(groupDigits(count.perLayer))} {config.tiedEmbeddings ? t.tiedNote : ''}
      </p>
      <ParamsChart count={count} t={t} />
    </div>
  );
}
