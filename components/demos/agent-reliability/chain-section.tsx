'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { ChainChart } from './chain-chart';
import {
  CHAIN_MODES,
  CHAIN_PRESET_KEYS,
  CHAIN_PRESETS,
  defaultChainView,
  encodeChain,
  MAX_CHAIN_RETRIES,
  MAX_CHAIN_STEPS,
  readChain,
  type ChainDraft,
  type ChainError,
  type ChainView,
} from './state';
import type { ReliabilityText } from './text';

const STEPS = Array.from({ length: MAX_CHAIN_STEPS }, (_, i) => i + 1);
const RETRIES = Array.from({ length: MAX_CHAIN_RETRIES + 1 }, (_, i) => i);
const f4 = (v: number) => formatFixed(v, 4);
const f2 = (v: number) => formatFixed(v, 2);

function errorText(t: ReliabilityText, e: ChainError): string {
  if (e.kind === 'p') return t.pError(e.error);
  if (e.kind === 'list') return t.listError(e.error);
  return t.libError(e.field, e.message);
}

/**
 * Part 2: a task of m steps, each succeeding on one try with pᵢ (one p for all, or a typed list),
 * with up to r retries per step after a detected failure: end-to-end success without and with
 * retries and the expected calls, from lib/agents `uniformTaskReliability` / `taskReliability`.
 * Bad input shows a message and keeps the last valid result (with its own m and r).
 */
export function ChainSection({ initial, t }: { initial: ChainDraft; t: ReliabilityText }) {
  const ids = { heading: useId(), mode: useId(), error: useId(), list: useId(), count: useId() };
  const [draft, setDraft] = useState<ChainDraft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readChain(draft), [draft]);
  // On bad input the last valid numbers stay (the default's if a shared link starts bad).
  const [good, setGood] = useState<{ view: ChainView; draft: ChainDraft }>(() =>
    reading.ok ? { view: reading.view, draft } : { view: defaultChainView(), draft: CHAIN_PRESETS.retry },
  );
  if (reading.ok && reading.view !== good.view) setGood({ view: reading.view, draft });
  const { plain, retried } = reading.ok ? reading.view : good.view;
  // The address holds the last usable draft, never one that shows an error.
  useWriteQuery(encodeChain(reading.ok ? draft : good.draft), changed);

  const edit = (next: Partial<ChainDraft>) => {
    setDraft({ ...draft, ...next });
    setChanged(true);
  };
  const m = plain.steps.length;
  const r = retried.retries;
  const [s0, sr] = [f4(plain.success), f4(retried.success)];
  const first = retried.steps[0];
  const uniform = (reading.ok ? draft : good.draft).mode === 'same';
  const error = reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`;

  return (
    <section aria-labelledby={ids.heading} className="mt-6 border-t border-line pt-4">
      <h3 id={ids.heading} className="text-sm font-semibold">
        {t.chainHeading}
      </h3>

      <fieldset className="mt-2">
        <legend className="text-sm font-medium">{t.mode}</legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {CHAIN_MODES.map((mode) => (
            <label
              key={mode}
              className="flex min-h-7 cursor-pointer items-center gap-1.5 rounded-md border border-line px-2 py-0.5 text-sm has-checked:border-accent has-checked:bg-accent-soft"
            >
              <input
                type="radio"
                name={ids.mode}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => edit({ mode })}
                className="accent-accent"
              />
              {t.modes[mode]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-3 grid gap-3">
        {draft.mode === 'same' ? (
          <>
            <div className="max-w-48">
              <NumberInput
                label={t.p}
                hint={t.pHint}
                value={draft.p}
                onChange={(p) => edit({ p })}
                invalid={!reading.ok}
                describedBy={ids.error}
              />
            </div>
            <RangeField
              label={t.m}
              steps={STEPS}
              index={draft.m - 1}
              onIndexChange={(i) => edit({ m: i + 1 })}
              format={String}
            />
          </>
        ) : (
          <div className="flex flex-col gap-0.5 text-sm">
            <label htmlFor={ids.list} className="font-medium">
              {t.list} <span className="font-mono text-xs font-normal text-muted">{t.listHint}</span>
            </label>
            <textarea
              id={ids.list}
              value={draft.list}
              rows={2}
              spellCheck={false}
              onChange={(e) => edit({ list: e.target.value })}
              aria-invalid={!reading.ok}
              aria-describedby={`${ids.error} ${ids.count}`}
              className="w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
            />
            <p id={ids.count} className="text-xs text-muted">
              {reading.ok && t.listCount(m)}
            </p>
          </div>
        )}
        <RangeField
          label={t.r}
          steps={RETRIES}
          index={draft.r}
          onIndexChange={(i) => edit({ r: i })}
          format={String}
        />
      </div>
      <InputError id={ids.error} message={error} />

      <output
        data-chain-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.chainReadout(m, r, s0, sr, f2(plain.expectedCalls), f2(retried.expectedCalls), retried.maxCalls)}
      </output>
      {uniform && first && (
        <p className="mt-2 font-mono text-sm tabular-nums" data-step-line>
          {t.stepLine(f4(first.p), f4(first.success), r)}
        </p>
      )}
      <p className="mt-1 text-sm text-muted">{t.chainWhy}</p>
      <p className="mt-1 text-sm text-muted" data-assumption>
        {t.assumption}
      </p>

      <ChainChart
        plain={plain}
        retried={retried}
        text={{
          title: t.chainChartTitle,
          summary: t.chainChart(m, r, s0, sr),
          x: t.chainX,
          y: t.chainY,
          plain: t.legendPlain,
          retried: t.legendRetried(r),
        }}
        table={{
          summary: t.chainTable,
          caption: t.chainTableCaption(m, r),
          columns: t.chainColumns(r),
          rows: retried.steps.map((s, i) => [
            i + 1,
            f4(s.p),
            f4(plain.steps[i]?.through ?? 0),
            f4(s.success),
            f4(s.through),
            f2(s.tries),
          ]),
        }}
      />
      <PresetButtons
        label={t.chainPresets}
        keys={CHAIN_PRESET_KEYS}
        names={t}
        onPick={(key) => edit(CHAIN_PRESETS[key])}
      />
    </section>
  );
}
