'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DTYPES, MODELS, type Dtype } from '@/components/demos/shared/kv-models';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatBytes } from '@/lib/format';
import { STREAMING_MASK_KINDS } from '@/lib/frontiers/attention-masks';
import { MaskGrids } from './grids';
import {
  DEFAULT_DRAFT,
  encodeState,
  GRID_LENGTHS,
  GRID_STARTING,
  kvHeadsOf,
  MAX_TOKENS,
  MEMORY_FIELDS,
  MODEL_KEYS,
  readMemory,
  type Draft,
  type MaskModelKey,
  type MemoryError,
  type MemoryField,
  type MemoryResult,
} from './state';
import { TEXT, type AttentionMasksText } from './text';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

function errorText(t: AttentionMasksText, e: MemoryError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'tooMany':
      return t.tooMany(t.fields[e.field], groupDigits(MAX_TOKENS));
    case 'lib':
      return t.libError(e.message);
  }
}

const invalidFields = (r: MemoryResult): MemoryField[] =>
  r.ok ? [] : r.error.kind === 'lib' ? r.error.fields : [r.error.field];

/** The opening memory result (valid by construction; a failure here is a bug in state.ts). */
function defaultMemory(): Extract<MemoryResult, { ok: true }> {
  const r = readMemory(DEFAULT_DRAFT);
  if (!r.ok) throw new Error(`the default attention-masks draft is invalid: ${r.error.kind}`);
  return r;
}

/**
 * The attention-masks lab: three causal masks on a short sequence (sliders for n, w and s), and
 * the KV cache each keeps after L tokens of a real model (typed fields, model and precision) from
 * `keptTokens` and `kvCacheBytes`. Bad input shows a message and keeps the last valid numbers; once
 * the learner changes something the address carries the state.
 */
export function AttentionMasksLab({ initial }: { initial: Draft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), model: useId(), dtype: useId() };
  const [draft, setDraft] = useState<Draft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readMemory(draft), [draft]);
  // On bad input the last valid numbers stay on screen (the default's if a link starts bad).
  const [good, setGood] = useState(() => ({ reading, memory: reading.ok ? reading : defaultMemory() }));
  if (reading.ok && reading !== good.reading) setGood({ reading, memory: reading });
  const memory = reading.ok ? reading : good.memory;

  const n = GRID_LENGTHS[draft.n] ?? 10;
  const windowSteps = useMemo(() => Array.from({ length: n }, (_, i) => i + 1), [n]);
  useWriteQuery(encodeState(draft), changed && reading.ok);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const editField = (field: MemoryField, text: string) =>
    edit({ fields: { ...draft.fields, [field]: text } });
  const invalid = invalidFields(reading);
  const size = (tokens: number, bytes: number) => [groupDigits(tokens), formatBytes(bytes)] as const;
  const parts = STREAMING_MASK_KINDS.map((kind) =>
    t.readoutPart(t.kinds[kind], ...size(memory.kinds[kind].tokens, memory.kinds[kind].bytes)),
  ).join(' · ');
  const model = MODELS[draft.model];

  return (
    <DemoFrame id="attention-masks" title={t.title} hint={t.hint}>
      <p className="text-sm font-semibold">{t.gridTitle}</p>
      <div className="mt-2 grid gap-2">
        <RangeField
          label={t.seqLen}
          steps={GRID_LENGTHS}
          index={draft.n}
          onIndexChange={(i) => {
            const len = GRID_LENGTHS[i] ?? 10;
            edit({ n: i, w: Math.min(draft.w, len) });
          }}
          format={String}
        />
        <RangeField
          label={t.window}
          steps={windowSteps}
          index={Math.min(draft.w, n) - 1}
          onIndexChange={(i) => edit({ w: i + 1 })}
          format={String}
        />
        <RangeField
          label={t.starting}
          steps={GRID_STARTING}
          index={GRID_STARTING.indexOf(draft.s)}
          onIndexChange={(i) => edit({ s: GRID_STARTING[i] ?? 0 })}
          format={String}
        />
      </div>
      <MaskGrids n={n} window={Math.min(draft.w, n)} starting={draft.s} t={t} />

      <p className="mt-6 text-sm font-semibold">{t.memoryTitle}</p>
      <div className="mt-2 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4">
        {MEMORY_FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t.fields[field]}
            hint={t.fieldHints[field]}
            value={draft.fields[field]}
            invalid={invalid.includes(field)}
            describedBy={ids.error}
            onChange={(text) => editField(field, text)}
          />
        ))}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.model} className="font-medium">
            {t.model}
          </label>
          <select
            id={ids.model}
            value={draft.model}
            onChange={(e) => edit({ model: e.target.value as MaskModelKey })}
            className={SELECT}
          >
            {MODEL_KEYS.map((key) => (
              <option key={key} value={key}>
                {MODELS[key].name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.dtype} className="font-medium">
            {t.dtype}
          </label>
          <select
            id={ids.dtype}
            value={draft.dtype}
            onChange={(e) => edit({ dtype: e.target.value as Dtype })}
            className={SELECT}
          >
            {DTYPES.map((d) => (
              <option key={d} value={d}>
                {t.dtypes[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(groupDigits(memory.length), ...size(memory.full.tokens, memory.full.bytes), parts)}
      </output>
      <p className="mt-2 text-sm text-muted" data-per-token>
        {t.perToken(model.name, formatBytes(memory.perToken), kvHeadsOf(draft.model))}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm" data-memory>
          <caption className="mb-1 text-left text-muted">{t.memoryCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.memoryColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 text-right font-medium first:text-left">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[
              [t.full, ...size(memory.full.tokens, memory.full.bytes)],
              ...STREAMING_MASK_KINDS.map((kind) => [
                t.kinds[kind],
                ...size(memory.kinds[kind].tokens, memory.kinds[kind].bytes),
              ]),
            ].map(([head, tokens, bytes]) => (
              <tr key={head} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {head}
                </th>
                <td className="py-1 pr-3 text-right font-mono tabular-nums">{tokens}</td>
                <td className="py-1 pr-3 text-right font-mono tabular-nums">{bytes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-muted">{t.memoryNote}</p>
    </DemoFrame>
  );
}
