'use client';

import { useId } from 'react';

/**
 * The "Presets: [a] [b] [c]" row under a demo's inputs: one button per preset key, labelled by
 * `names[key]`, grouped under the visible "Presets" label. `className` sets the row's spacing.
 */
export function PresetButtons<K extends string>({
  label,
  keys,
  names,
  onPick,
  className = 'mt-3',
}: {
  label: string;
  keys: readonly K[];
  names: Record<K, string>;
  onPick: (key: K) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div
      role="group"
      aria-labelledby={id}
      className={`${className} flex flex-wrap items-center gap-2 text-sm`}
    >
      <span id={id} className="text-muted">
        {label}:
      </span>
      {keys.map((key) => (
        <button
          key={key}
          type="button"
          onClick={() => onPick(key)}
          className="rounded-md border border-line px-2.5 py-1 hover:bg-surface-2"
        >
          {names[key]}
        </button>
      ))}
    </div>
  );
}
