'use client';

import { useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { formatFixed } from '@/lib/format';
import { gelu, silu } from '@/lib/transformer/activations';
import { geglu, swiglu } from '@/lib/transformer/gated';
import type { ViewText } from './text-views';
import { formatVector, GATE_DEFAULT, parseVector, UP_DEFAULT, vectorMessage } from './vectors';

const f4 = (v: number) => formatFixed(v, 4);

type Rows = { ok: true; rows: (string | number)[][] } | { ok: false; message: string };

function gatedRows(gateText: string, upText: string, t: ViewText): Rows {
  const gate = parseVector(gateText);
  if (!gate.ok) return { ok: false, message: vectorMessage(gate.error, t) };
  const up = parseVector(upText);
  if (!up.ok) return { ok: false, message: vectorMessage(up.error, t) };
  try {
    const sw = swiglu(gate.values, up.values);
    const ge = geglu(gate.values, up.values);
    const rows = gate.values.map((g, i) => [
      i + 1,
      f4(g),
      f4(up.values[i] ?? 0),
      f4(silu(g)),
      f4(sw[i] ?? 0),
      f4(gelu(g)),
      f4(ge[i] ?? 0),
    ]);
    return { ok: true, rows };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, message: t.invalid(e.message) };
  }
}

/**
 * A gated FFN's middle step on a few numbers: SiLU(gate)·up (SwiGLU) and GELU(gate)·up (GeGLU),
 * element by element, from `swiglu` and `geglu`. Mismatched lengths and empty vectors are lib/'s
 * errors, shown inline; the last valid table stays.
 */
export function GatedExample({ t }: { t: ViewText }) {
  const ids = { gate: useId(), up: useId(), error: useId(), title: useId() };
  const [gateText, setGateText] = useState(() => formatVector(GATE_DEFAULT));
  const [upText, setUpText] = useState(() => formatVector(UP_DEFAULT));
  const result = useMemo(() => gatedRows(gateText, upText, t), [gateText, upText, t]);
  const [good, setGood] = useState(() => ({ key: `${gateText}|${upText}`, result }));
  const key = `${gateText}|${upText}`;
  if (result.ok && key !== good.key) setGood({ key, result });
  const shown = result.ok ? result : good.result;
  const field =
    'h-8 rounded-md border border-line bg-surface px-2 font-mono text-sm aria-invalid:border-red-600';

  return (
    <section aria-labelledby={ids.title} className="mt-6 border-t border-line pt-4">
      <h3 id={ids.title} className="text-sm font-semibold">
        {t.gatedTitle}
      </h3>
      <p className="mt-1 text-sm text-fg-2">{t.gatedNote}</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {(
          [
            [ids.gate, t.gate, gateText, setGateText],
            [ids.up, t.up, upText, setUpText],
          ] as const
        ).map(([id, label, value, set]) => (
          <div key={id} className="grid gap-0.5 text-sm">
            <label htmlFor={id} className="font-medium">
              {label}
            </label>
            <input
              id={id}
              value={value}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set(e.target.value)}
              aria-invalid={!result.ok}
              aria-describedby={ids.error}
              className={field}
            />
          </div>
        ))}
      </div>
      <InputError id={ids.error} message={result.ok ? null : `${result.message} ${t.kept}`} />
      {shown.ok && (
        <div className="overflow-x-auto">
          <table className="text-sm">
            <caption className="mb-1 text-left text-muted">{t.gatedCaption}</caption>
            <thead>
              <tr className="border-b border-line">
                {t.gatedColumns.map((c) => (
                  <th key={c} scope="col" className="py-1 pr-3 text-right font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="font-mono tabular-nums">
              {shown.rows.map(([head, ...cells]) => (
                <tr key={String(head)} className="border-b border-line/60">
                  <th scope="row" className="py-0.5 pr-3 text-right font-normal">
                    {head}
                  </th>
                  {cells.map((c, j) => (
                    <td key={j} className="py-0.5 pr-3 text-right">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
