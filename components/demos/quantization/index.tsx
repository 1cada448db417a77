'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { quantize } from '@/lib/decoding/quantize';
import { distinctCount, quantizationGrid } from '@/lib/decoding/quantize-levels';
import { withOutlier } from '@/lib/decoding/weights';
import type { QuantizeOptions } from '@/lib/decoding';
import { formatFixed, formatScientific, parseNumberList } from '@/lib/format';
import { QuantChart } from './chart';
import { GroupTable } from './group-table';
import { TEXT } from './text';
import { WeightsField, presetValues } from './weights-field';

const BITS = [8, 4, 2] as const;
const GRANULARITY = ['tensor', '8', '4'] as const;
type Granularity = (typeof GRANULARITY)[number];
const OUTLIER_AT = 5;
const OUTLIER_FACTOR = 12;
const control = 'mt-1 rounded-md border border-line bg-surface px-2 py-1 text-sm';

function run(values: readonly number[], outlier: boolean, options: QuantizeOptions) {
  const at = Math.min(OUTLIER_AT, values.length - 1);
  const x = outlier ? withOutlier(values, at, OUTLIER_FACTOR) : [...values];
  const result = quantize(x, options);
  const grid = quantizationGrid(options, result.scale[0] ?? 1, result.zeroPoint[0] ?? 0);
  return { at, x, result, grid, distinct: distinctCount(result.dequantized) };
}
type View = ReturnType<typeof run>;
type Parsed =
  | { error: string; values?: undefined; view?: undefined }
  | { error?: undefined; values: number[]; view: View };

/**
 * Uniform quantization of a weight vector (x_q = R(x/S) − Z, x̂ = S(x_q + Z)) at 8/4/2 bits,
 * symmetric or asymmetric, per tensor or per group, with an optional outlier (LLM.int8(), AWQ):
 * errors, the grid, the integers and how many distinct levels survive. All numbers from lib.
 */
export function Quantization() {
  const t = TEXT[useLocale()];
  const ids = { scheme: useId(), gran: useId() };
  const [bitsIndex, setBitsIndex] = useState(1);
  const [symmetric, setSymmetric] = useState(true);
  const [granularity, setGranularity] = useState<Granularity>('tensor');
  const [outlier, setOutlier] = useState(false);
  const [text, setText] = useState(() => presetValues(7).join(', '));
  const bits = BITS[bitsIndex] ?? 4;
  const group = granularity === 'tensor' ? null : Number(granularity);
  const options = useMemo<QuantizeOptions>(
    () => ({ bits, scheme: symmetric ? 'symmetric' : 'asymmetric', ...(group ? { groupSize: group } : {}) }),
    [bits, symmetric, group],
  );

  const parsed = useMemo<Parsed>(() => {
    const list = parseNumberList(text);
    if (!list.ok) return { error: t.notNumber(list.bad) };
    const n = list.values.length;
    if (n < 2 || n > 32) return { error: t.count(n) };
    try {
      return { values: list.values, view: run(list.values, outlier, options) };
    } catch (e) {
      return { error: t.invalid + (e instanceof Error ? e.message : String(e)) };
    }
  }, [text, outlier, options, t]);
  // On bad input the last valid weights stay on screen (recomputed for the current settings).
  const [lastGood, setLastGood] = useState<readonly number[]>(() => presetValues(7));
  if (parsed.values && parsed.values.join() !== lastGood.join()) setLastGood(parsed.values);
  const view = useMemo(() => {
    if (parsed.view) return parsed.view;
    try {
      return run(lastGood, outlier, options);
    } catch {
      return run(presetValues(7), outlier, options); // lastGood may not fit the new settings
    }
  }, [parsed, lastGood, outlier, options]);

  const { at, x, result, grid, distinct } = view;
  const label = t.label(bits, symmetric, group);
  const maxErr = formatScientific(result.maxAbsError, 3);

  return (
    <DemoFrame id="quantization" title={t.title} hint={t.hint}>
      <RangeField
        label={t.bits}
        steps={BITS}
        index={bitsIndex}
        onIndexChange={setBitsIndex}
        format={(b) => `INT${b}`}
      />
      <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        <fieldset>
          <legend className="font-medium">{t.scheme}</legend>
          <div className="mt-1 flex gap-3">
            {[true, false].map((sym) => (
              <label key={String(sym)} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={ids.scheme}
                  checked={symmetric === sym}
                  onChange={() => setSymmetric(sym)}
                  className="accent-accent"
                />
                {sym ? t.symmetric : t.asymmetric}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={ids.gran} className="block font-medium">
            {t.granularity}
          </label>
          <select
            id={ids.gran}
            value={granularity}
            onChange={(e) => setGranularity(e.target.value as Granularity)}
            className={control}
          >
            {GRANULARITY.map((g) => (
              <option key={g} value={g}>
                {g === 'tensor' ? t.perTensor : t.perGroup(Number(g))}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={outlier}
            onChange={(e) => setOutlier(e.target.checked)}
            className="accent-accent"
          />
          {t.outlier}
        </label>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-4 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(label, formatScientific(result.mse, 3), maxErr, formatFixed(result.sqnrDb, 1))}
      </output>
      <p className="mt-2 text-sm">
        {outlier && `${t.outlierAt(at, formatFixed(x[at] ?? 0, 3))} `}
        {t.distinct(distinct, x.length, grid.length)}
      </p>

      <QuantChart
        t={t}
        x={x}
        xHat={result.dequantized}
        grid={grid.length <= 16 ? grid : []}
        groupSize={group ?? x.length}
        label={t.chartLabel(x.length, label, maxErr, distinct)}
      />

      <WeightsField t={t} text={text} onText={setText} error={parsed.error ?? null} />

      <GroupTable t={t} result={result} grid={grid} groupSize={group ?? x.length} />
    </DemoFrame>
  );
}
