'use client';

import { useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { checkSetting, histogramStats } from '@/lib/decoding/playground';
import { sampleMany } from '@/lib/decoding/sample-many';
import { formatFixed } from '@/lib/format';
import { parseNumberList } from '@/lib/format/parse';
import { fillTemplate as fill } from '@/lib/format/template';
import type { Text } from './text';
import { BUTTON } from './vocab-editor';

type Name = 'seed' | 'draws';

/**
 * Seeded sampling from the final distribution: `sampleMany(probs, draws, seed)` as frequencies
 * next to the probabilities. The same seed always gives the same histogram; "Sample" re-runs it
 * to show exactly that.
 */
export function Histogram({
  t,
  tokens,
  probs,
  seed,
  draws,
  onChange,
}: {
  t: Text;
  tokens: readonly string[];
  probs: readonly number[];
  seed: number;
  draws: number;
  onChange: (name: Name, value: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState({ seed: String(seed), draws: String(draws) });
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [runs, setRuns] = useState(1);
  const { counts, stats } = useMemo(() => {
    const c = sampleMany(probs, draws, seed);
    return { counts: c, stats: histogramStats(c, probs) };
  }, [probs, draws, seed]);

  const edit = (name: Name, value: string) => {
    setText((old) => ({ ...old, [name]: value }));
    const setError = (message?: string) => setErrors((old) => ({ ...old, [name]: message }));
    const parsed = parseNumberList(value);
    if (!parsed.ok) return setError(fill(t.notNumber, [parsed.bad]));
    if (parsed.values.length !== 1) return setError(t.one);
    try {
      onChange(name, checkSetting(name, parsed.values[0]));
      setError();
    } catch (e) {
      setError(t.invalid + (e as Error).message);
    }
  };

  return (
    <div className="text-sm">
      <div className="flex flex-wrap items-end gap-3">
        {(['seed', 'draws'] as const).map((name) => (
          <label key={name} className="font-medium">
            {t[name]}
            <input
              value={text[name]}
              inputMode="numeric"
              autoComplete="off"
              onChange={(e) => edit(name, e.target.value)}
              aria-invalid={errors[name] !== undefined}
              aria-describedby={id}
              className="mt-1 block w-28 rounded-md border border-line bg-surface px-2 py-1 font-mono font-normal aria-invalid:border-red-600"
            />
          </label>
        ))}
        <button type="button" className={BUTTON} onClick={() => setRuns((r) => r + 1)}>
          {t.sample}
        </button>
        <output aria-live="polite" className="text-xs text-muted">
          {fill(t.drawn, [runs])}
        </output>
      </div>
      <InputError id={id} message={errors.seed ?? errors.draws ?? null} />
      {/* The article styles `.doc-prose table` as a scroll box; this table stays a table. */}
      <table className="table! w-full overflow-visible!">
        <caption className="text-left text-xs text-muted">{fill(t.histCaption, [seed, draws])}</caption>
        <thead>
          <tr className="border-b border-line text-right [&>*]:pr-2">
            <th scope="col" className="text-left">
              {t.token}
            </th>
            <th scope="col">{t.finalP}</th>
            <th scope="col">{t.freq}</th>
            <td className="w-2/5" />
          </tr>
        </thead>
        <tbody className="font-mono">
          {tokens.map((token, i) => {
            const p = probs[i] ?? 0;
            const f = stats.frequencies[i] ?? 0;
            return (
              <tr key={token} className="border-b border-line/60 text-right [&>*]:pr-2">
                <th scope="row" className="text-left">
                  {token}
                </th>
                <td>{formatFixed(p, 3)}</td>
                <td>
                  {formatFixed(f, 3)} ({counts[i]})
                </td>
                <td aria-hidden="true">
                  <span className="block h-2 bg-accent" style={{ width: `${f * 100}%` }} />
                  {p > 0 && (
                    <span className="block h-2 border border-fg-2" style={{ width: `${p * 100}%` }} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 font-mono text-xs text-muted">{fill(t.gap, [formatFixed(stats.maxDeviation, 3)])}</p>
    </div>
  );
}
