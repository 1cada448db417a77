'use client';

import { useId } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import type { AttentionMaskKind } from '@/lib/transformer/attention-mask';
import { MASKS, POSITIONS, type PositionKind } from './compute';
import type { AttentionLabText } from './text';

const count = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A native radio group with a visible legend: arrow keys move the choice. */
export function Radios<K extends string>({
  legend,
  keys,
  names,
  value,
  onChange,
}: {
  legend: string;
  keys: readonly K[];
  names: Record<K, string>;
  value: K;
  onChange: (key: K) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {keys.map((key) => (
          <label
            key={key}
            className="flex min-h-7 cursor-pointer items-center gap-1.5 rounded-md border border-line px-2 py-0.5 text-sm has-checked:border-accent has-checked:bg-accent-soft"
          >
            <input
              type="radio"
              name={name}
              value={key}
              checked={value === key}
              onChange={() => onChange(key)}
              className="accent-accent"
            />
            {names[key]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Mask kind, which architectures use it, and its prefix length or window. */
export function MaskControls({
  mask,
  n,
  prefixLength,
  windowSize,
  onMask,
  onPrefixLength,
  onWindow,
  t,
}: {
  mask: AttentionMaskKind;
  n: number;
  prefixLength: number;
  windowSize: number;
  onMask: (m: AttentionMaskKind) => void;
  onPrefixLength: (p: number) => void;
  onWindow: (w: number) => void;
  t: AttentionLabText;
}) {
  const prefixSteps = count(0, n);
  const windowSteps = count(1, n);
  return (
    <div>
      <Radios legend={t.maskLegend} keys={MASKS} names={t.masks} value={mask} onChange={onMask} />
      <p className="mt-1.5 text-sm text-muted" data-mask-use>
        {t.maskUse[mask]}
      </p>
      {mask === 'prefix' && (
        <div className="mt-1.5">
          <RangeField
            label={t.prefixLength}
            steps={prefixSteps}
            index={prefixSteps.indexOf(prefixLength)}
            onIndexChange={(i) => onPrefixLength(prefixSteps[i] ?? 0)}
            format={String}
          />
        </div>
      )}
      {mask === 'sliding' && (
        <div className="mt-1.5">
          <RangeField
            label={t.window}
            steps={windowSteps}
            index={windowSteps.indexOf(windowSize)}
            onIndexChange={(i) => onWindow(windowSteps[i] ?? 1)}
            format={String}
          />
        </div>
      )}
    </div>
  );
}

/** None / ALiBi (head count field, head, slope) / RoPE, with a note on each. */
export function PositionControls({
  position,
  headsText,
  heads,
  head,
  slope,
  headsError,
  onPosition,
  onHeadsText,
  onHead,
  t,
}: {
  position: PositionKind;
  headsText: string;
  /** the last valid head count (the head slider's range) */
  heads: number;
  head: number;
  /** the chosen head's slope, formatted, or null when unknown */
  slope: string | null;
  headsError: string | null;
  onPosition: (p: PositionKind) => void;
  onHeadsText: (text: string) => void;
  onHead: (h: number) => void;
  t: AttentionLabText;
}) {
  const ids = { heads: useId(), error: useId() };
  const headSteps = count(1, heads);
  return (
    <div className="mt-3">
      <Radios
        legend={t.positionLegend}
        keys={POSITIONS}
        names={t.positions}
        value={position}
        onChange={onPosition}
      />
      {position === 'alibi' && (
        <div className="mt-1.5 grid gap-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={ids.heads} className="text-sm font-medium">
              {t.heads}
            </label>
            <input
              id={ids.heads}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={headsText}
              onChange={(e) => onHeadsText(e.target.value)}
              aria-invalid={headsError !== null}
              aria-describedby={ids.error}
              data-field="heads"
              className="h-7 w-16 rounded-md border border-line bg-surface px-2 font-mono text-sm aria-invalid:border-red-600"
            />
          </div>
          <InputError id={ids.error} message={headsError} />
          <RangeField
            label={t.head}
            steps={headSteps}
            index={Math.min(head, heads) - 1}
            onIndexChange={(i) => onHead(headSteps[i] ?? 1)}
            format={String}
          />
          {slope !== null && (
            <p className="font-mono text-sm">{t.slope(Math.min(head, heads), heads, slope)}</p>
          )}
          <p className="text-sm text-muted">{t.alibiNote}</p>
        </div>
      )}
      {position === 'rope' && <p className="mt-1.5 text-sm text-muted">{t.ropeNote}</p>}
    </div>
  );
}
