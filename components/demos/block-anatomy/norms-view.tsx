'use client';

import { useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed, formatScientific } from '@/lib/format';
import { layerNorm } from '@/lib/transformer/layer-norm';
import { rmsNorm } from '@/lib/transformer/rms-norm';
import { normStats, type NormStats } from '@/lib/transformer/norm-stats';
import type { ViewText } from './text-views';
import {
  formatVector,
  MAX_VECTOR,
  NORM_PRESET_KEYS,
  NORM_PRESETS,
  parseVector,
  vectorMessage,
} from './vectors';

/** ε values the slider visits; 1e-5 is torch nn.LayerNorm's default, 1e-6 HF LlamaRMSNorm's. */
const EPS = [0, 1e-12, 1e-8, 1e-6, 1e-5, 1e-3, 0.1, 1];
const DEFAULT_EPS = EPS.indexOf(1e-5);
const f4 = (v: number) => formatFixed(v, 4);
/** Inputs and statistics can be huge or tiny: five significant digits, scientific outside 0.01 … 10⁴. */
const sig = (v: number) => formatScientific(v, 5);
const formatEps = (e: number) => (e === 0 ? '0' : formatScientific(e, 2));

type Result =
  { ok: true; x: number[]; ln: number[]; rms: number[]; stats: NormStats } | { ok: false; message: string };

function normalise(text: string, eps: number, t: ViewText): Result {
  const parsed = parseVector(text);
  if (!parsed.ok) return { ok: false, message: vectorMessage(parsed.error, t) };
  try {
    const ln = layerNorm(parsed.values, { eps });
    const rms = rmsNorm(parsed.values, { eps });
    return { ok: true, x: parsed.values, ln, rms, stats: normStats(parsed.values, eps) };
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, message: t.invalid(e.message) };
  }
}

/**
 * LayerNorm and RMSNorm side by side on one editable vector (gain 1, bias 0), with the statistics
 * each divides by and an ε slider. Bad input (not a number, empty, ε = 0 on a constant vector,
 * values whose square overflows) shows lib/'s message and keeps the last valid result.
 */
export function NormsView({ t, active }: { t: ViewText; active: boolean }) {
  const ids = { x: useId(), error: useId(), count: useId() };
  const [text, setText] = useState(() => formatVector(NORM_PRESETS.sample));
  const [epsIndex, setEpsIndex] = useState(DEFAULT_EPS);
  const eps = EPS[epsIndex] ?? 1e-5;
  const result = useMemo(() => normalise(text, eps, t), [text, eps, t]);
  const [good, setGood] = useState(() => ({ text, eps, result: normalise(text, eps, t) }));
  if (result.ok && (text !== good.text || eps !== good.eps)) setGood({ text, eps, result });
  const shown = result.ok ? result : good.result;
  if (!shown.ok) return null; // the sample vector is valid, so the last good result always is

  const { x, ln, rms, stats } = shown;
  return (
    <div>
      <div className="grid gap-1">
        <label htmlFor={ids.x} className="text-sm font-medium">
          {t.vector}
        </label>
        <input
          id={ids.x}
          value={text}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!result.ok}
          aria-describedby={`${ids.error} ${ids.count}`}
          className="h-8 rounded-md border border-line bg-surface px-2 font-mono text-sm aria-invalid:border-red-600"
        />
        <p id={ids.count} className="text-xs text-muted">
          {t.vectorCount(x.length, MAX_VECTOR)}
        </p>
        <InputError id={ids.error} message={result.ok ? null : `${result.message} ${t.kept}`} />
      </div>
      <PresetButtons
        label={t.presets}
        keys={NORM_PRESET_KEYS}
        names={t.normPresets}
        onPick={(key) => setText(formatVector(NORM_PRESETS[key]))}
        className="mt-1"
      />
      <div className="mt-3">
        <RangeField
          label={t.eps}
          steps={EPS}
          index={epsIndex}
          onIndexChange={setEpsIndex}
          format={formatEps}
        />
        <p className="mt-1 text-xs text-muted">{t.epsNote}</p>
      </div>

      <output
        data-readout={active ? '' : undefined}
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm break-words tabular-nums"
      >
        {t.normReadout(ln.map(f4).join(', '), rms.map(f4).join(', '))}
      </output>

      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <table className="text-sm">
          <caption className="mb-1 text-left text-muted">{t.normCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.normColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 text-right font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="font-mono tabular-nums">
            {x.map((v, i) => (
              <tr key={i} className="border-b border-line/60">
                <th scope="row" className="py-0.5 pr-3 text-right font-normal">
                  {i + 1}
                </th>
                <td className="py-0.5 pr-3 text-right">{sig(v)}</td>
                <td className="py-0.5 pr-3 text-right">{f4(ln[i] ?? 0)}</td>
                <td className="py-0.5 pr-3 text-right">{f4(rms[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 self-start text-sm">
          {(['mean', 'variance', 'layerNormScale', 'meanSquare', 'rmsScale'] as const).map((key) => (
            <div key={key} className="contents">
              <dt className="text-fg-2">{t.stats[key]}</dt>
              <dd className="text-right font-mono tabular-nums">{sig(stats[key])}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="mt-3 text-sm text-fg-2">{t.normNote}</p>
    </div>
  );
}
