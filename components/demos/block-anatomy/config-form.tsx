'use client';

import { useId } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { NUMBER_FIELDS, type ConfigDraft, type NumberField } from './params';
import { PRESET_KEYS, PRESETS, type PresetKey } from './presets';
import type { BlockText } from './text';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

/** A labelled native `<select>` over a fixed set of choices. */
function Choice<K extends string>({
  label,
  value,
  options,
  names,
  onChange,
}: {
  label: string;
  value: K;
  options: readonly K[];
  names: Record<K, string>;
  onChange: (value: K) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as K)} className={SELECT}>
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled native checkbox. */
function Flag({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="flex min-h-6 items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-4 accent-accent"
      />
      {label}
    </label>
  );
}

/**
 * Every field of the decoder config, editable: the preset picker, the sizes as text fields (marked
 * invalid when lib/ names them in its error) and the structural choices.
 */
export function ConfigForm({
  t,
  preset,
  draft,
  invalid,
  errorId,
  onPreset,
  onDraft,
}: {
  t: BlockText;
  preset: PresetKey;
  draft: ConfigDraft;
  invalid: readonly NumberField[];
  errorId: string;
  onPreset: (key: PresetKey) => void;
  onDraft: (draft: ConfigDraft) => void;
}) {
  const presetId = useId();
  const set = (patch: Partial<ConfigDraft>) => onDraft({ ...draft, ...patch });
  const fields = NUMBER_FIELDS.filter((f) => f !== 'maxPositions' || draft.positionEmbedding === 'learned');
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={presetId} className="font-medium">
          {t.preset}
        </label>
        <select
          id={presetId}
          value={preset}
          onChange={(e) => onPreset(e.target.value as PresetKey)}
          className={SELECT}
        >
          {PRESET_KEYS.map((key) => (
            <option key={key} value={key}>
              {PRESETS[key].name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
        {fields.map((field) => (
          <NumberInput
            key={field}
            label={t.fields[field]}
            hint={t.keys[field]}
            value={draft.numbers[field]}
            invalid={invalid.includes(field)}
            describedBy={errorId}
            onChange={(text) => set({ numbers: { ...draft.numbers, [field]: text } })}
          />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-2">
        <Choice
          label={t.mlp}
          value={draft.mlp}
          options={['gated', 'standard'] as const}
          names={t.mlpOptions}
          onChange={(mlp) => set({ mlp })}
        />
        <Choice
          label={t.norm}
          value={draft.norm}
          options={['rmsnorm', 'layernorm'] as const}
          names={t.normOptions}
          onChange={(norm) => set({ norm })}
        />
        <Choice
          label={t.attentionBias}
          value={draft.attentionBias}
          options={['none', 'qkv', 'all'] as const}
          names={t.biasOptions}
          onChange={(attentionBias) => set({ attentionBias })}
        />
        <Choice
          label={t.positions}
          value={draft.positionEmbedding}
          options={['rope', 'learned'] as const}
          names={t.positionOptions}
          onChange={(positionEmbedding) => set({ positionEmbedding })}
        />
      </div>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        <Flag label={t.mlpBias} checked={draft.mlpBias} onChange={(mlpBias) => set({ mlpBias })} />
        <Flag
          label={t.tied}
          checked={draft.tiedEmbeddings}
          onChange={(tiedEmbeddings) => set({ tiedEmbeddings })}
        />
      </div>
    </div>
  );
}
