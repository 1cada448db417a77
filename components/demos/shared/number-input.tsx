'use client';

import { useId } from 'react';

/**
 * A labelled text field for one number (native `<input>`, so typing, paste and screen readers work
 * as usual). Text, not `type="number"`: the browser would swallow what the learner typed when it is
 * not a number, and the demo wants to say what is wrong with it. Shared with the kv-cache demo.
 */
export function NumberInput({
  label,
  value,
  onChange,
  invalid,
  describedBy,
  hint,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  invalid: boolean;
  /** The id of the demo's error message. */
  describedBy: string;
  /** Small print under the label (a config key, a unit). */
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
        {hint && ' '}
        {hint && <span className="font-mono text-xs font-normal text-muted">{hint}</span>}
      </label>
      <input
        id={id}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className="h-8 rounded-md border border-line bg-surface px-2 font-mono tabular-nums aria-invalid:border-red-600"
      />
    </div>
  );
}
