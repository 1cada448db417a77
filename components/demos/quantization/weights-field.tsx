'use client';

import { useId, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { gaussianWeights } from '@/lib/decoding/weights';
import { parseNumberList } from '@/lib/format';
import type { DemoText } from './text';

const COUNT = 24;
const STD = 0.1;
const field =
  'mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600';

/** The preset: 24 weights ~ N(0, 0.1²) from the seed, to 3 decimals (so the text field is exact). */
export function presetValues(seed: number): number[] {
  return gaussianWeights(COUNT, seed, STD).map((w) => Number(w.toFixed(3)));
}

/** The editable weight list (with its error message) and the seed that regenerates it. */
export function WeightsField({
  t,
  text,
  onText,
  error,
}: {
  t: DemoText;
  text: string;
  onText: (text: string) => void;
  error: string | null;
}) {
  const ids = { weights: useId(), error: useId(), seed: useId(), seedError: useId() };
  const [seedText, setSeedText] = useState('7');
  const [seedError, setSeedError] = useState<string | null>(null);

  const generate = () => {
    const parsed = parseNumberList(seedText);
    const seed = parsed.ok && parsed.values.length === 1 ? parsed.values[0] : undefined;
    if (seed === undefined) return setSeedError(t.badSeed);
    try {
      onText(presetValues(seed).join(', '));
      setSeedError(null);
    } catch (e) {
      setSeedError(t.invalid + (e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div className="mt-4 grid gap-3 sm:grid-cols-[1fr_auto]">
      <div>
        <label htmlFor={ids.weights} className="block text-sm font-medium">
          {t.weights}
        </label>
        <textarea
          id={ids.weights}
          value={text}
          rows={2}
          spellCheck={false}
          onChange={(e) => onText(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={ids.error}
          className={field}
        />
        <InputError id={ids.error} message={error} />
      </div>
      <div>
        <label htmlFor={ids.seed} className="block text-sm font-medium">
          {t.seed}
        </label>
        <div className="flex items-start gap-2">
          <input
            id={ids.seed}
            value={seedText}
            inputMode="numeric"
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={seedError !== null}
            aria-describedby={ids.seedError}
            className={`${field} max-w-20`}
          />
          <button
            type="button"
            onClick={generate}
            className="mt-1 rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
          >
            {t.generate}
          </button>
        </div>
        <InputError id={ids.seedError} message={seedError} />
      </div>
    </div>
  );
}
