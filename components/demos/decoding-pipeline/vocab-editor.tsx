'use client';

import { useId, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { MAX_HISTORY, checkInputLogits } from '@/lib/decoding/playground-url';
import { parseNumberList } from '@/lib/format/parse';
import { fillTemplate as fill } from '@/lib/format/template';
import { VOCABS } from './presets';
import type { VocabId } from './presets';
import type { Text } from './text';

export const BUTTON = 'rounded-md border border-line px-2 py-0.5 text-sm hover:bg-surface-2';

/** Situation presets, the logits field (validated; the last valid logits stay) and the history. */
export function VocabEditor({
  t,
  vocab,
  logits,
  history,
  onPreset,
  onLogits,
  onHistory,
}: {
  t: Text;
  vocab: VocabId;
  logits: readonly number[];
  history: readonly number[];
  onPreset: (id: VocabId) => void;
  onLogits: (logits: number[]) => void;
  onHistory: (history: number[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState(logits.join(', '));
  const [error, setError] = useState<string | null>(null);
  const tokens = VOCABS[vocab].tokens;

  const edit = (value: string) => {
    setText(value);
    const parsed = parseNumberList(value);
    const n = tokens.length;
    if (!parsed.ok) return setError(fill(t.notNumber, [parsed.bad]));
    if (parsed.values.length !== n) return setError(fill(t.count, [n, parsed.values.length]));
    try {
      onLogits(checkInputLogits(parsed.values, n));
      setError(null);
    } catch (e) {
      setError(t.invalid + (e as Error).message);
    }
  };

  return (
    <div className="grid grid-cols-1 gap-1.5 text-sm">
      <p className="flex flex-wrap items-center gap-1.5">
        {t.situation}:
        {(Object.keys(VOCABS) as VocabId[]).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={v === vocab}
            className={`${BUTTON} aria-pressed:bg-accent-soft`}
            onClick={() => {
              onPreset(v);
              setText(VOCABS[v].logits.join(', '));
              setError(null);
            }}
          >
            “{VOCABS[v].context}” · {t.shape[v]}
          </button>
        ))}
      </p>
      <p className="text-xs text-muted">{t.illustrative}</p>
      <label htmlFor={id} className="font-medium">
        {fill(t.logits, [tokens.join(', ')])}
      </label>
      <input
        id={id}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        onChange={(e) => edit(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={id + 'e'}
        className="rounded-md border border-line bg-surface px-2 py-1 font-mono aria-invalid:border-red-600"
      />
      <InputError id={id + 'e'} message={error} />
      <p className="font-medium">{t.history}</p>
      <p className="flex flex-wrap items-center gap-1.5 font-mono">
        {history.length ? '' : t.empty}
        {history.map((h, i) => (
          <button
            key={i}
            type="button"
            aria-label={fill(t.remove, [tokens[h] ?? '', i + 1])}
            className="rounded-full bg-surface-2 px-2 hover:line-through"
            onClick={() => onHistory(history.filter((_, j) => j !== i))}
          >
            {tokens[h]} ×
          </button>
        ))}
      </p>
      <p className="flex flex-wrap items-center gap-1.5">
        {t.append}:
        {tokens.map((token, h) => (
          <button
            key={token}
            type="button"
            disabled={history.length >= MAX_HISTORY}
            className={BUTTON}
            onClick={() => onHistory([...history, h])}
          >
            +{token}
          </button>
        ))}
        <button type="button" className={BUTTON} onClick={() => onHistory([])}>
          {t.clear}
        </button>
      </p>
    </div>
  );
}
