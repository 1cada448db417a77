'use client';

import { useId } from 'react';

/**
 * A labelled native range input with its live value in an `<output>`: keyboard (arrows, Home/End,
 * PageUp/PageDown) and screen readers work without extra code. `index` walks over `steps`, so a
 * slider can visit exactly the values that matter (T = 0, 0.2, 0.5, ∞ …).
 */
export function RangeField<T>({
  label,
  steps,
  index,
  onIndexChange,
  format,
}: {
  label: string;
  steps: readonly T[];
  index: number;
  onIndexChange: (index: number) => void;
  format: (value: T) => string;
}) {
  const id = useId();
  const value = steps[index];
  const text = value === undefined ? '' : format(value);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        aria-valuetext={text}
        onChange={(event) => onIndexChange(Number(event.target.value))}
        className="h-6 min-w-40 flex-1 cursor-pointer accent-accent"
      />
      <output htmlFor={id} aria-live="polite" className="min-w-20 font-mono text-sm tabular-nums">
        {text}
      </output>
    </div>
  );
}
