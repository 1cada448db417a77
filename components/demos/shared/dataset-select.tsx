'use client';

import { useId } from 'react';
import type { Locale } from '@/lib/i18n';
import { SCORED_EXAMPLES, SCORED_EXAMPLES_KEYS, type ScoredExamplesKey } from './scored-examples';

/** A labelled `<select>` over the shared datasets. */
export function DatasetSelect({
  label,
  locale,
  value,
  onChange,
}: {
  label: string;
  locale: Locale;
  value: ScoredExamplesKey;
  onChange: (key: ScoredExamplesKey) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as ScoredExamplesKey)}
        className="rounded-md border border-line bg-surface px-2 py-1"
      >
        {SCORED_EXAMPLES_KEYS.map((key) => (
          <option key={key} value={key}>
            {SCORED_EXAMPLES[key].name[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
