'use client';

import { useId, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { createRng } from '@/lib/decoding/rng';
import type { RejectRule } from '@/lib/decoding';
import { parseNumberList } from '@/lib/format';
import type { DemoText } from './text';

const COUNTS = [1000, 10000, 100000];
const RULES = ['residual', 'target', 'draft'] as const;
/** Class names of the demo's buttons. */
export const button = 'rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2';
const control = 'mt-1 block rounded-md border border-line bg-surface px-2 py-1 font-normal';

/** Seed, number of trials and rejection rule of the simulation; validates the seed through lib. */
export function SimControls({
  t,
  rule,
  onRule,
  onRun,
}: {
  t: DemoText;
  rule: RejectRule;
  onRule: (rule: RejectRule) => void;
  onRun: (run: { seed: number; n: number }) => void;
}) {
  const errorId = useId();
  const [seedText, setSeedText] = useState('42');
  const [n, setN] = useState(100000);
  const [error, setError] = useState<string | null>(null);

  const simulate = () => {
    const parsed = parseNumberList(seedText);
    const seed = parsed.ok && parsed.values.length === 1 ? parsed.values[0] : undefined;
    try {
      if (seed === undefined) throw new Error(t.badSeed);
      createRng(seed); // throws a RangeError for a seed such as 1e999 (Infinity)
      setError(null);
      onRun({ seed, n });
    } catch (e) {
      setError(e instanceof RangeError ? t.invalid + e.message : t.badSeed);
    }
  };

  return (
    <div className="mt-3 rounded-md border border-line p-3 text-sm">
      <div className="flex flex-wrap items-end gap-3 font-medium">
        <label>
          {t.seed}
          <input
            value={seedText}
            inputMode="numeric"
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={errorId}
            className={`${control} w-24 font-mono aria-invalid:border-red-600`}
          />
        </label>
        <label>
          {t.trials}
          <select value={n} onChange={(e) => setN(Number(e.target.value))} className={control}>
            {COUNTS.map((c) => (
              <option key={c} value={c}>
                {c.toLocaleString('en')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.rule}
          <select value={rule} onChange={(e) => onRule(e.target.value as RejectRule)} className={control}>
            {RULES.map((r) => (
              <option key={r} value={r}>
                {t.rules[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={simulate} className={`${button} bg-accent-soft`}>
          {t.simulate}
        </button>
      </div>
      <InputError id={errorId} message={error} />
    </div>
  );
}
