'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatBytes } from '@/lib/format';
import { KvChart } from './chart';
import {
  BATCHES,
  DTYPE_BYTES,
  DTYPES,
  MODEL_KEYS,
  MODELS,
  SCHEMES,
  SEQ_LENS,
  type Dtype,
  type ModelKey,
  type Scheme,
} from '@/components/demos/shared/kv-models';
import {
  cacheBytes,
  draftFromShape,
  SHAPE_FIELDS,
  type CacheError,
  type CacheResult,
  type ShapeDraft,
} from './shape';
import { TEXT, type KvText } from './text';

type Valid = Extract<CacheResult, { ok: true }>;
const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const DEFAULT_MODEL: ModelKey = 'llama2-7b';

function errorText(t: KvText, e: CacheError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.libError(t.short[e.scheme], e.message);
    case 'kvHeads':
      return t.kvHeadsError(e.kvHeads, e.heads);
    case 'tooLarge':
      return t.tooLarge;
  }
}

function invalidFields(result: CacheResult) {
  if (result.ok) return [];
  const e = result.error;
  if (e.kind === 'field') return [e.field];
  if (e.kind === 'lib') return e.fields;
  return e.kind === 'kvHeads' ? (['heads', 'kvHeads'] as const) : [];
}

/**
 * KV-cache bytes per token and in total for a model shape under MHA, GQA, MQA and MLA, from
 * `kvCacheBytes` and `latentKvCacheBytes`; the readout is the selected scheme's bytes per token.
 * Every size is editable; bad input shows the reason inline and keeps the last valid numbers.
 */
export function KvCacheDemo() {
  const t = TEXT[useLocale()];
  const ids = { model: useId(), dtype: useId(), error: useId(), scheme: useId() };
  const [model, setModel] = useState<ModelKey>(DEFAULT_MODEL);
  const [scheme, setScheme] = useState<Scheme>(MODELS[DEFAULT_MODEL].native);
  const [dtype, setDtype] = useState<Dtype>('fp16');
  const [seqIndex, setSeqIndex] = useState(SEQ_LENS.indexOf(4096));
  const [batchIndex, setBatchIndex] = useState(0);
  const [draft, setDraft] = useState<ShapeDraft>(() => draftFromShape(MODELS[DEFAULT_MODEL].shape));
  const seqLen = SEQ_LENS[seqIndex] ?? 4096;
  const batch = BATCHES[batchIndex] ?? 1;
  const bytesPerElem = DTYPE_BYTES[dtype];

  const result = useMemo(
    () => cacheBytes(draft, bytesPerElem, seqLen, batch),
    [draft, bytesPerElem, seqLen, batch],
  );
  // On bad input the last valid numbers stay on screen (every preset is valid).
  const [good, setGood] = useState<{ result: CacheResult; valid: Valid }>(() => ({
    result,
    valid: result as Valid,
  }));
  if (result.ok && result !== good.result) setGood({ result, valid: result });
  const { shape, bytes } = result.ok ? result : good.valid;
  const selected = bytes[scheme];

  return (
    <DemoFrame id="kv-cache" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap items-end gap-x-5 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.model} className="font-medium">
            {t.model}
          </label>
          <select
            id={ids.model}
            value={model}
            onChange={(e) => {
              const key = e.target.value as ModelKey;
              setModel(key);
              setScheme(MODELS[key].native);
              setDraft(draftFromShape(MODELS[key].shape));
            }}
            className={SELECT}
          >
            {MODEL_KEYS.map((key) => (
              <option key={key} value={key}>
                {MODELS[key].name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.dtype} className="font-medium">
            {t.dtype}
          </label>
          <select
            id={ids.dtype}
            value={dtype}
            onChange={(e) => setDtype(e.target.value as Dtype)}
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

      <fieldset className="mt-3">
        <legend className="text-sm font-medium">{t.scheme}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {SCHEMES.map((s) => (
            <label key={s} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                type="radio"
                name={ids.scheme}
                value={s}
                checked={scheme === s}
                onChange={() => setScheme(s)}
                className="size-4 accent-accent"
              />
              <span>
                {t.schemes[s]}
                {MODELS[model].native === s && <span className="text-muted">{t.native}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(t.short[scheme], groupDigits(selected.perToken), formatBytes(selected.perToken))}
      </output>

      <div className="mt-3 grid gap-2">
        <RangeField
          label={t.seqLen}
          steps={SEQ_LENS}
          index={seqIndex}
          onIndexChange={setSeqIndex}
          format={groupDigits}
        />
        <RangeField
          label={t.batch}
          steps={BATCHES}
          index={batchIndex}
          onIndexChange={setBatchIndex}
          format={String}
        />
      </div>
      <p className="mt-2 text-sm" data-total>
        {t.total(formatBytes(selected.total), groupDigits(selected.total), groupDigits(seqLen), batch)}
      </p>

      <KvChart bytes={bytes} shape={shape} scheme={scheme} model={MODELS[model].name} t={t} />
      <p className="mt-2 text-sm text-fg-2">{t.whatIf[model]}</p>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">{t.shape}</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
          {SHAPE_FIELDS.map((field) => (
            <NumberInput
              key={field}
              label={t.fields[field]}
              value={draft[field]}
              invalid={(invalidFields(result) as readonly string[]).includes(field)}
              describedBy={ids.error}
              onChange={(text) => setDraft((d) => ({ ...d, [field]: text }))}
            />
          ))}
        </div>
        <InputError id={ids.error} message={result.ok ? null : `${errorText(t, result.error)} ${t.kept}`} />
      </fieldset>
      <p className="text-sm text-muted">{t.formula}</p>
    </DemoFrame>
  );
}
