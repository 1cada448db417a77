'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatBytes } from '@/lib/format';
import {
  DEFAULT_MEMORY,
  loadedMemoryPreset,
  MEMORY_PRESET_KEYS,
  MEMORY_PRESETS,
  readMemory,
  type MemoryDraft,
  type MemoryError,
  type MemoryField,
  type MemoryReading,
} from './memory';
import { MemoryChart } from './memory-chart';
import { READOUT } from './params-view';
import type { TabKey } from './tabs';
import type { LabText } from './text';
import type { MoreText } from './text-more';
import { encodeMemory } from './url-state';

function errorText(t: LabText, m: MoreText, e: MemoryError): string {
  return e.kind === 'field' ? t.fieldError(m.memoryFields[e.field], e.error) : t.libError(e.message);
}

function invalidFields(e: MemoryError | null): MemoryField[] {
  if (!e) return [];
  return e.field === null ? ['params', 'trainable'] : [e.field];
}

/** The default reading (valid by construction). */
function defaultReading(): MemoryReading {
  const result = readMemory(DEFAULT_MEMORY);
  if (!result.ok) throw new Error('the default memory setting is invalid');
  return result.reading;
}

/**
 * Model-state memory of full fine-tuning, LoRA and QLoRA from `finetuneMemoryBytes`, split into
 * weights, gradients, optimizer states and quantisation constants; activations excluded, and the
 * demo says so. Bad input shows lib's message and keeps the last valid numbers.
 */
export function MemoryView({
  t,
  m,
  instance,
  initial,
  active,
}: {
  t: LabText;
  m: MoreText;
  instance: TabKey;
  initial: MemoryDraft;
  active: boolean;
}) {
  const errorId = useId();
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const result = useMemo(() => readMemory(draft), [draft]);
  const [good, setGood] = useState<MemoryReading>(() => (result.ok ? result.reading : defaultReading()));
  if (result.ok && result.reading !== good) setGood(result.reading);
  const reading = result.ok ? result.reading : good;
  useWriteQuery(encodeMemory(instance, draft), changed && result.ok);

  const edit = (patch: Partial<MemoryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const invalid = invalidFields(result.ok ? null : result.error);
  const loaded = loadedMemoryPreset(draft);
  const { full, lora, qlora } = reading.methods;
  const readout = m.memoryReadout(formatBytes(full.total), formatBytes(lora.total), formatBytes(qlora.total));

  return (
    <div>
      <PresetButtons
        label={m.memoryPresets}
        keys={MEMORY_PRESET_KEYS}
        names={m.memoryPresetNames}
        onPick={(key) => edit(MEMORY_PRESETS[key])}
        className="mb-1"
      />
      {loaded && <p className="text-xs text-muted">{m.memoryPresetNotes[loaded]}</p>}
      <div className="mt-3 grid max-w-lg gap-3 sm:grid-cols-2">
        {(['params', 'trainable'] as const).map((field) => (
          <NumberInput
            key={field}
            label={m.memoryFields[field]}
            value={draft[field]}
            invalid={invalid.includes(field)}
            describedBy={errorId}
            onChange={(text) => edit({ [field]: text })}
          />
        ))}
      </div>
      <label className="mt-2 flex min-h-6 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.doubleQuant}
          onChange={(e) => edit({ doubleQuant: e.target.checked })}
          className="size-4 accent-accent"
        />
        {m.doubleQuant}
      </label>
      <InputError id={errorId} message={result.ok ? null : `${errorText(t, m, result.error)} ${t.kept}`} />

      <output data-readout={active ? '' : undefined} aria-live="polite" className={READOUT}>
        {readout}
      </output>
      <p className="mt-2 text-sm" data-dq-saving>
        {m.dqSaving(formatBytes(reading.dqSaving))}
      </p>
      <MemoryChart reading={reading} summary={m.memoryChartSummary(readout)} m={m} />
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        {m.memoryRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted" data-caveat>
        {m.memoryCaveat}
      </p>
    </div>
  );
}
