'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatScientific } from '@/lib/format';
import { formatReward, formatValue } from './format';
import { LLAMA2_MARGINS, MARGIN_SCALES, RATINGS, type MarginScale, type Rating } from './data';
import {
  curveTable,
  DEFAULT_PAIR,
  lossAtDiff,
  lossCurves,
  MAX_ABS_REWARD,
  PAIR_FIELDS,
  readPair,
  rewardSteps,
  shiftPair,
  type PairDraft,
  type PairError,
  type PairField,
  type PairReading,
} from './pair-compute';
import { PairChart } from './pair-chart';
import { PAIR_TEXT, type PairText } from './pair-text';
import { encodePair } from './url-state';

type Valid = Extract<PairReading, { ok: true }>;

const BUTTON =
  'min-h-6 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:opacity-50';
const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm disabled:opacity-50';

function errorText(t: PairText, e: PairError): string {
  if (e.kind === 'field') return t.fieldError(t.fields[e.field], e.error);
  if (e.kind === 'tooLarge') return t.tooLarge(t.fields[e.field], String(MAX_ABS_REWARD));
  return t.libError(e.message);
}

function invalidFields(reading: PairReading): PairField[] {
  if (reading.ok) return [];
  const e = reading.error;
  return e.kind === 'lib' ? e.fields : [e.field];
}

/** The default draft's reading (valid by construction; a failure is a bug in pair-compute.ts). */
function defaultReading(): Valid {
  const reading = readPair(DEFAULT_PAIR);
  if (!reading.ok) throw new Error(`the default reward pair is invalid: ${reading.error.kind}`);
  return reading;
}

/**
 * The pair view: two rewards (typed or dragged), P(chosen ≻ rejected) and the Bradley–Terry loss,
 * optionally with Llama 2's rating-based margin, and both loss curves against Δ with the pair
 * marked. Bad input shows an inline message and keeps the last valid result; once the learner
 * changes something the address carries the state (`rm-` keys).
 */
export function PairPanel({ initial }: { initial: PairDraft }) {
  const t = PAIR_TEXT[useLocale()];
  const ids = { error: useId(), margin: useId(), rating: useId() };
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readPair(draft), [draft]);
  // On bad input the last valid result stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<Valid>(() => (reading.ok ? reading : defaultReading()));
  if (reading.ok && reading !== good) setGood(reading);
  const { config, view } = reading.ok ? reading : good;
  useWriteQuery(encodePair(draft), changed && reading.ok);

  const curves = useMemo(() => lossCurves(config, view.diff), [config, view.diff]);
  const ln2 = useMemo(() => lossAtDiff(0, null), []);
  const rows = useMemo(() => curveTable(config, curves.ticks, view.diff), [config, curves.ticks, view.diff]);
  const steps = useMemo(
    () => ({ rc: rewardSteps(config.rc), rr: rewardSteps(config.rr) }),
    [config.rc, config.rr],
  );

  const edit = (next: PairDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const shift = (by: number) => {
    const next = shiftPair(draft, by);
    if (next) edit(next);
  };
  const invalid = invalidFields(reading);
  // The margin as typed (next to the select) and as used for the result on screen.
  const marginText = draft.scale === 'none' ? null : LLAMA2_MARGINS[draft.scale][draft.rating].text;
  const shownMargin =
    config.marginText === null || view.marginLoss === null
      ? null
      : { text: config.marginText, loss: formatValue(view.marginLoss) };
  const readout = t.readout({
    diff: formatReward(view.diff),
    probability: formatValue(view.probability),
    loss: formatValue(view.loss),
    margin: shownMargin,
  });

  return (
    <DemoFrame id="reward-model" title={t.title} hint={t.hint}>
      <div data-tab="pair">
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
          {PAIR_FIELDS.map((f) => (
            <div key={f} className="flex flex-col gap-2">
              <NumberInput
                label={t.fields[f]}
                value={draft[f]}
                invalid={invalid.includes(f)}
                describedBy={ids.error}
                onChange={(text) => edit({ ...draft, [f]: text })}
              />
              <RangeField
                label={t.sliders[f]}
                steps={steps[f]}
                index={Math.max(0, steps[f].indexOf(config[f]))}
                onIndexChange={(i) => edit({ ...draft, [f]: String(steps[f][i] ?? config[f]) })}
                format={formatReward}
              />
            </div>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className={BUTTON} onClick={() => shift(1)} disabled={!reading.ok}>
            {t.shiftUp}
          </button>
          <button type="button" className={BUTTON} onClick={() => shift(-1)} disabled={!reading.ok}>
            {t.shiftDown}
          </button>
          <span className="text-xs text-muted">{t.shiftNote}</span>
        </div>

        <fieldset className="mt-3">
          <legend className="text-sm font-medium">{t.marginLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {MARGIN_SCALES.map((scale) => (
              <label key={scale} className="flex min-h-6 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={ids.margin}
                  value={scale}
                  checked={draft.scale === scale}
                  onChange={() => edit({ ...draft, scale: scale as MarginScale })}
                  className="size-4 accent-accent"
                />
                {t.scales[scale]}
              </label>
            ))}
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <label htmlFor={ids.rating} className="font-medium">
              {t.rating}
            </label>
            <select
              id={ids.rating}
              value={draft.rating}
              disabled={draft.scale === 'none'}
              onChange={(e) => edit({ ...draft, rating: e.target.value as Rating })}
              className={SELECT}
            >
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {t.ratings[r]}
                </option>
              ))}
            </select>
            {marginText !== null && (
              <span className="font-mono tabular-nums">{t.marginValue(marginText)}</span>
            )}
          </div>
          {draft.scale !== 'none' && <p className="mt-1 text-xs text-muted">{t.marginNote}</p>}
        </fieldset>

        <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />
        <output
          data-readout
          aria-live="polite"
          className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
        >
          {readout}
        </output>

        <PairChart
          domain={curves.domain}
          top={curves.top}
          plain={curves.plain}
          withMargin={curves.withMargin}
          at={{ diff: view.diff, loss: view.loss, marginLoss: view.marginLoss }}
          ln2={ln2}
          marginText={shownMargin?.text ?? null}
          summary={t.chartSummary(readout)}
          t={t}
          table={{
            summary: t.tableSummary,
            caption: t.tableCaption,
            columns: t.columns,
            rows: rows.map((r) => [
              r.current ? t.currentRow(formatReward(r.diff)) : formatScientific(r.diff, 3),
              formatValue(r.probability),
              formatValue(r.loss),
              r.marginLoss === null ? t.none : formatValue(r.marginLoss),
            ]),
          }}
        />
      </div>
    </DemoFrame>
  );
}
