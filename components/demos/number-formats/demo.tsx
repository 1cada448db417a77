'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { FLOAT_FORMATS, floatFormatInfo, type FloatFormat } from '@/lib/training/float-format';
import { approxText, exactText } from './display';
import { FactsTable, FormatTable } from './format-table';
import { LossScalePanel } from './loss-scale';
import { parseValue } from './parse';
import { DEFAULT_LARGEST_GRADIENT, EXAMPLE_KEYS, EXAMPLES, PRESETS, type PresetKey } from './presets';
import { formatRows, scaleGradient, type FormatRow } from './rows';
import { TEXT, type NumberFormatsText } from './text';
import { decodeState, encodeState, type NumberFormatsState } from './url-state';
import { useOpenedSearch, useWriteQuery } from '@/components/demos/shared/url-query';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

function startState(preset: PresetKey): NumberFormatsState {
  const { x, format } = PRESETS[preset];
  return { x, format, exponent: 0, largest: DEFAULT_LARGEST_GRADIENT };
}

/** A typed value, or the preset's when the text cannot be read (a shared link with bad text). */
function valueOr(text: string, fallback: string): number {
  const parsed = parseValue(text);
  if (parsed.ok) return parsed.value;
  const preset = parseValue(fallback);
  return preset.ok ? preset.value : 0;
}

/** The readout's words for one row: its most telling flag, else the relative error. */
function readoutDetail(row: FormatRow, t: NumberFormatsText): string {
  const d = t.flagDetail;
  const { flags } = row;
  if (flags.includes('overflow')) return d.overflow;
  if (flags.includes('saturated')) return d.saturated(exactText(floatFormatInfo(row.format).maxFinite));
  if (flags.includes('underflow')) return d.underflow;
  if (flags.includes('exact')) return d.exact;
  const rel = t.relDetail(approxText(row.relError));
  return flags.includes('subnormal') ? `${d.subnormal} · ${rel}` : rel;
}

/**
 * The number-format explorer: a typed value rounded to FP32, FP16, BF16, FP8 E4M3 and E5M2 by
 * `roundToFloat`, with bits, errors and flags, the format limits of `floatFormatInfo`, and with
 * `preset="underflow"` the loss-scaling walk-through. The readout is the chosen format's value.
 * A shared link (`?nf.x=…`) is read after hydration, so the static HTML shows the preset.
 */
export function NumberFormatsDemo({ preset }: { preset: PresetKey }) {
  const search = useOpenedSearch();
  const start = startState(preset);
  const linked = search ? decodeState(search, preset, start) : null;
  return <Explorer key={linked ? 'link' : 'preset'} preset={preset} initial={linked ?? start} />;
}

function Explorer({ preset, initial }: { preset: PresetKey; initial: NumberFormatsState }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), format: useId() };
  // The state this mount started from: a re-render of the parent brings a fresh `initial` object.
  const [first] = useState(initial);
  const [state, setState] = useState(first);
  const update = (patch: Partial<NumberFormatsState>) => setState((s) => ({ ...s, ...patch }));
  useWriteQuery(encodeState(preset, state), state !== first);

  // Bad input leaves the last valid value on screen.
  const parsedX = useMemo(() => parseValue(state.x), [state.x]);
  const [goodX, setGoodX] = useState(() => valueOr(initial.x, PRESETS[preset].x));
  if (parsedX.ok && !Object.is(parsedX.value, goodX)) setGoodX(parsedX.value);
  const x = parsedX.ok ? parsedX.value : goodX;

  const parsedLargest = useMemo(() => parseValue(state.largest), [state.largest]);
  const [goodLargest, setGoodLargest] = useState(() => valueOr(initial.largest, DEFAULT_LARGEST_GRADIENT));
  if (parsedLargest.ok && !Object.is(parsedLargest.value, goodLargest)) setGoodLargest(parsedLargest.value);
  const largest = parsedLargest.ok ? parsedLargest.value : goodLargest;

  const rows = useMemo(() => formatRows(x), [x]);
  const showLoss = preset === 'underflow';
  const loss = useMemo(
    () =>
      showLoss
        ? {
            small: scaleGradient(x, state.exponent),
            large: scaleGradient(largest, state.exponent),
            minSubnormal: floatFormatInfo('fp16').minSubnormal,
          }
        : null,
    [showLoss, x, largest, state.exponent],
  );

  const byFormat = (f: FloatFormat) => rows.find((r) => r.format === f) ?? rows[0]!;
  const row = byFormat(state.format);
  const readout = useMemo(
    () => t.readout(t.formats[row.format], exactText(x), exactText(row.stored), readoutDetail(row, t)),
    [t, row, x],
  );

  return (
    <DemoFrame id="number-formats" title={t.title} hint={t.hint}>
      <div data-preset={preset}>
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr] sm:items-end">
          <NumberInput
            label={t.value}
            hint={t.valueHint}
            value={state.x}
            onChange={(text) => update({ x: text })}
            invalid={!parsedX.ok}
            describedBy={ids.error}
          />
          <div className="flex flex-col gap-0.5 text-sm">
            <label htmlFor={ids.format} className="font-medium">
              {t.format}
            </label>
            <select
              id={ids.format}
              value={state.format}
              onChange={(e) => update({ format: e.target.value as FloatFormat })}
              className={SELECT}
            >
              {FLOAT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t.formats[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <InputError id={ids.error} message={parsedX.ok ? null : t.error(parsedX.error)} />
        <PresetButtons
          label={t.examples}
          keys={EXAMPLE_KEYS}
          names={t.exampleNames}
          onPick={(key) => update({ x: EXAMPLES[key].x, format: EXAMPLES[key].format })}
          className="mt-1"
        />

        <output
          data-readout
          aria-live="polite"
          className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm break-all"
        >
          {readout}
        </output>

        <FormatTable rows={rows} selected={state.format} t={t} />
        <p className="mt-2 text-xs text-muted">{t.e4m3Note}</p>
        <FactsTable t={t} />

        {loss && (
          <LossScalePanel
            t={t}
            exponent={state.exponent}
            onExponent={(k) => update({ exponent: k })}
            largestText={state.largest}
            onLargest={(text) => update({ largest: text })}
            largestError={parsedLargest.ok ? null : `${t.invalidGradient}: ${t.error(parsedLargest.error)}`}
            gradients={[x, largest]}
            small={loss.small}
            large={loss.large}
            fp16Row={byFormat('fp16')}
            bf16Row={byFormat('bf16')}
            minSubnormal={loss.minSubnormal}
          />
        )}
      </div>
    </DemoFrame>
  );
}
