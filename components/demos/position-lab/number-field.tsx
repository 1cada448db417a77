'use client';

import { useId } from 'react';
import { InputError } from '@/components/ui/demo-frame';

/**
 * A labelled text field for one typed value, with its inline error underneath. Text, not
 * `type="number"`: the browser would silently blank out what the reader typed, and the demo
 * should say what is wrong with it instead.
 */
export function NumberField({
  label,
  value,
  onChange,
  error,
  name,
  inputMode = 'numeric',
  width = 'w-20',
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | null;
  /** `data-field` for tests and print styles */
  name: string;
  inputMode?: 'numeric' | 'decimal';
  width?: string;
}) {
  const id = useId();
  const errorId = useId();
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={errorId}
          data-field={name}
          className={`h-7 ${width} rounded-md border border-line bg-surface px-2 font-mono text-sm aria-invalid:border-red-600`}
        />
      </div>
      <InputError id={errorId} message={error} />
    </div>
  );
}
