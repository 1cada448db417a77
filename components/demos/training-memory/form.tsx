'use client';

import { useId } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { offloadAllowed } from './memory';
import { RECOMPUTE, STAGES, type Field, type Options } from './presets';
import type { MemoryText } from './text';

const MODEL_FIELDS = ['params', 'layers', 'hidden', 'heads'] as const satisfies readonly Field[];
const PARALLEL_FIELDS = [
  'dp',
  'tp',
  'seqLen',
  'microBatch',
  'globalBatch',
] as const satisfies readonly Field[];
const CHECK = 'flex min-h-6 items-center gap-2 text-sm';

/** The ZeRO stage as a radio group, and the two DeepSpeed offload switches it allows. */
export function StageControls({
  t,
  options,
  onChange,
}: {
  t: MemoryText;
  options: Options;
  onChange: (patch: Partial<Options>) => void;
}) {
  const name = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <fieldset>
        <legend className="text-sm font-medium">{t.stage}</legend>
        <div className="mt-1 grid gap-1">
          {STAGES.map((s) => (
            <label key={s} className={CHECK}>
              <input
                type="radio"
                name={name}
                value={s}
                checked={options.stage === s}
                onChange={() => onChange({ stage: s })}
                className="size-4 accent-accent"
              />
              {t.stages[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t.offload}</legend>
        <div className="mt-1 grid gap-1">
          <label className={`${CHECK} has-disabled:text-muted`}>
            <input
              type="checkbox"
              checked={options.offloadOptimizer && offloadAllowed('optimizer', options.stage)}
              disabled={!offloadAllowed('optimizer', options.stage)}
              onChange={(e) => onChange({ offloadOptimizer: e.target.checked })}
              className="size-4 accent-accent"
            />
            {t.offloadOptimizer}
          </label>
          <label className={`${CHECK} has-disabled:text-muted`}>
            <input
              type="checkbox"
              checked={options.offloadParams && offloadAllowed('params', options.stage)}
              disabled={!offloadAllowed('params', options.stage)}
              onChange={(e) => onChange({ offloadParams: e.target.checked })}
              className="size-4 accent-accent"
            />
            {t.offloadParams}
          </label>
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The model shape, the parallel layout and the batch as text fields (each marked invalid when
 * the error names it), sequence parallelism and the recomputation mode.
 */
export function SetupFields({
  t,
  draft,
  invalid,
  errorId,
  options,
  onField,
  onOptions,
}: {
  t: MemoryText;
  draft: Readonly<Record<Field, string>>;
  invalid: readonly Field[];
  errorId: string;
  options: Options;
  onField: (field: Field, text: string) => void;
  onOptions: (patch: Partial<Options>) => void;
}) {
  const name = useId();
  const input = (field: Field) => (
    <NumberInput
      key={field}
      label={t.fields[field]}
      value={draft[field]}
      invalid={invalid.includes(field)}
      describedBy={errorId}
      onChange={(text) => onField(field, text)}
    />
  );
  return (
    <div className="mt-4 grid gap-3">
      <fieldset>
        <legend className="text-sm font-medium">{t.model}</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4">{MODEL_FIELDS.map(input)}</div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t.parallel}</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3">
          {PARALLEL_FIELDS.map(input)}
        </div>
        <label className={`${CHECK} mt-2`}>
          <input
            type="checkbox"
            checked={options.sequenceParallel}
            onChange={(e) => onOptions({ sequenceParallel: e.target.checked })}
            className="size-4 accent-accent"
          />
          {t.sequenceParallel}
        </label>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t.recompute}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {RECOMPUTE.map((r) => (
            <label key={r} className={CHECK}>
              <input
                type="radio"
                name={name}
                value={r}
                checked={options.recompute === r}
                onChange={() => onOptions({ recompute: r })}
                className="size-4 accent-accent"
              />
              {t.recomputes[r]}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
