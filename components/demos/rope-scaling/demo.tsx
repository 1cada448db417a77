'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useOpenedSearch, useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { RopeChart } from './chart';
import {
  BASES,
  CURRENT_MULTIPLES,
  FACTORS,
  LENGTHS,
  METHODS,
  readHeadDim,
  ropeTable,
  summarize,
  type Method,
} from './compute';
import { formatLength, formatRatio, formatTheta } from './format';
import { TEXT } from './text';
import { decodeState, DEFAULT_STATE, encodeState, type RopeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';

/**
 * The RoPE-scaling explorer: each frequency's wavelength before and after linear interpolation,
 * dynamic NTK and Llama 3 scaling (`ropeInverseFrequencies`), against the training and target
 * lengths, with which frequencies each method kept, stretched or ramped. A shared link
 * (`?rope.m=…`) is read after hydration, so the static HTML shows the Llama 3.1 defaults.
 */
export function RopeScalingDemo() {
  const search = useOpenedSearch();
  const linked = search ? decodeState(search) : null;
  return <Explorer key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_STATE} />;
}

function Explorer({ initial }: { initial: RopeState }) {
  const t = TEXT[useLocale()];
  const ids = { method: useId(), length: useId(), base: useId(), error: useId() };
  // The state this mount started from: a re-render of the parent brings a fresh `initial` object.
  const [first] = useState(initial);
  const [state, setState] = useState(first);
  const update = (patch: Partial<RopeState>) => setState((s) => ({ ...s, ...patch }));
  useWriteQuery(encodeState(state), state !== first);

  // A bad head dimension leaves the last valid chart on screen.
  const field = useMemo(() => readHeadDim(state.headDim), [state.headDim]);
  const [goodDim, setGoodDim] = useState(() => {
    const opened = readHeadDim(first.headDim);
    return opened.ok ? opened.value : Number(DEFAULT_STATE.headDim);
  });
  if (field.ok && field.value !== goodDim) setGoodDim(field.value);
  const headDim = field.ok ? field.value : goodDim;

  const { factor, originalLength, base, multiple, method } = state;
  const currentLength = multiple * originalLength;
  const table = useMemo(
    () => ropeTable({ headDim, base, factor, originalLength, currentLength }),
    [headDim, base, factor, originalLength, currentLength],
  );
  const summary = useMemo(
    () => summarize(table.original.wavelength, table[method].wavelength, factor),
    [table, method, factor],
  );
  const half = headDim / 2;
  const target = factor * originalLength;
  const longest = formatLength(summary.longest);
  const name = t.series[method];

  const rows = useMemo(
    () =>
      table.original.wavelength.map((w, i) => [
        i,
        formatTheta(table.original.invFreq[i] ?? 0),
        formatLength(w),
        formatLength(table.linear.wavelength[i] ?? 0),
        formatLength(table.dynamic.wavelength[i] ?? 0),
        formatLength(table.llama3.wavelength[i] ?? 0),
        formatRatio(summary.ratios[i] ?? 1),
        t.bands[summary.bands[i] ?? 'kept'],
      ]),
    [table, summary, t],
  );

  return (
    <DemoFrame id="rope-scaling" title={t.title} hint={t.hint}>
      <div className="grid gap-3">
        <RangeField
          label={t.factor}
          steps={FACTORS}
          index={Math.max(0, FACTORS.indexOf(factor as (typeof FACTORS)[number]))}
          onIndexChange={(i) => update({ factor: FACTORS[i] ?? factor })}
          format={(s) => `s = ${s}`}
        />
        <fieldset>
          <legend className="text-sm font-medium">{t.method}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {METHODS.map((m: Method) => (
              <label key={m} className="flex min-h-6 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={ids.method}
                  value={m}
                  checked={method === m}
                  onChange={() => update({ method: m })}
                  className="size-4 accent-accent"
                />
                {t.series[m]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-x-5 gap-y-2">
          <div className="flex flex-col gap-0.5 text-sm">
            <label htmlFor={ids.length} className="font-medium">
              {t.original}
            </label>
            <select
              id={ids.length}
              value={originalLength}
              onChange={(e) => update({ originalLength: Number(e.target.value) })}
              className={SELECT}
            >
              {LENGTHS.map((l) => (
                <option key={l} value={l}>
                  {formatLength(l)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-0.5 text-sm">
            <label htmlFor={ids.base} className="font-medium">
              {t.base}
            </label>
            <select
              id={ids.base}
              value={base}
              onChange={(e) => update({ base: Number(e.target.value) })}
              className={SELECT}
            >
              {BASES.map((b) => (
                <option key={b} value={b}>
                  {formatLength(b)}
                </option>
              ))}
            </select>
          </div>
          <div className="w-28">
            <NumberInput
              label={t.headDim}
              hint={t.headDimHint}
              value={state.headDim}
              onChange={(text) => update({ headDim: text })}
              invalid={!field.ok}
              describedBy={ids.error}
            />
          </div>
        </div>
        <InputError id={ids.error} message={field.ok ? null : t.headDimError(field.error)} />
        <RangeField
          label={t.current}
          steps={CURRENT_MULTIPLES}
          index={Math.max(0, CURRENT_MULTIPLES.indexOf(multiple as (typeof CURRENT_MULTIPLES)[number]))}
          onIndexChange={(i) => update({ multiple: CURRENT_MULTIPLES[i] ?? multiple })}
          format={(k) => t.currentValue(formatLength(k * originalLength), k)}
        />
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout({ method: name, factor, changed: summary.changed, half, longest })}
      </output>
      <p className="mt-2 text-sm" data-counts>
        {t.counts(summary.counts)}
      </p>
      <p className="mt-1 text-sm text-muted">
        {t.lengths(formatLength(originalLength), formatLength(target))} · {t.methodNotes[method]}
      </p>

      <RopeChart
        table={table}
        selected={method}
        bands={summary.bands}
        originalLength={originalLength}
        target={target}
        summary={t.chartLabel(name, half, summary.changed, longest)}
        t={t}
        data={{ summary: t.table, caption: t.caption(name), columns: t.columns, rows }}
      />
    </DemoFrame>
  );
}
