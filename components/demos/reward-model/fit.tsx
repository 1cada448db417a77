'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { DATASET_KEYS, DATASETS, FEATURES } from './data';
import { FitChart } from './fit-chart';
import {
  DEFAULT_FIT,
  FIT_FIELDS,
  fitCurves,
  pairRows,
  probeView,
  readFit,
  RUN_STEPS,
  tableSteps,
  type FitError,
  type FitField,
  type FitReading,
} from './fit-compute';
import { FIT_TEXT, type FitText } from './fit-text';
import { formatSigned, formatValue } from './format';
import { encodeFit, type FitLinked } from './url-state';

type Valid = Extract<FitReading, { ok: true }>;

const BUTTON =
  'min-h-6 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:opacity-50';
const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

function errorText(t: FitText, e: FitError): string {
  return e.kind === 'field' ? t.fieldError(t.fields[e.field], e.error) : t.libError(e.message);
}

function invalidFields(reading: FitReading): FitField[] {
  if (reading.ok) return [];
  return reading.error.kind === 'field' ? [reading.error.field] : reading.error.fields;
}

/** The default run (valid by construction; a failure is a bug in fit-compute.ts). */
function defaultReading(): Valid {
  const reading = readFit(DEFAULT_FIT);
  if (!reading.ok) throw new Error(`the default reward-model fit is invalid: ${reading.error.kind}`);
  return reading;
}

/**
 * The fit view: a linear reward model fitted to one of two small preference datasets by
 * `fitBradleyTerry`, stepped through with a slider and buttons: the readout gives the mean loss
 * and pairwise accuracy, the table the weights and gradient, two probe answers show whether the
 * model rewards length, and a chart plots loss and accuracy against steps. Bad settings show an
 * inline message and keep the last valid run; the address carries the state (`rmf-` keys).
 */
export function FitPanel({ initial }: { initial: FitLinked }) {
  const t = FIT_TEXT[useLocale()];
  const ids = { error: useId(), set: useId() };
  const [draft, setDraft] = useState(initial.draft);
  const [at, setAt] = useState(initial.at);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readFit(draft), [draft]);
  // On bad settings the last valid run stays on screen (the default's if a link starts bad).
  const [good, setGood] = useState<Valid>(() => (reading.ok ? reading : defaultReading()));
  if (reading.ok && reading !== good) setGood(reading);
  const { config, history } = reading.ok ? reading : good;
  const step = Math.min(Math.max(0, at), config.steps);
  const state = history[step] ?? history[0]!;
  useWriteQuery(encodeFit({ draft, at: step }), changed && reading.ok);

  const curves = useMemo(() => fitCurves(history), [history]);
  const slider = useMemo(() => Array.from({ length: config.steps + 1 }, (_, i) => i), [config.steps]);
  const probe = useMemo(() => probeView(state.weights), [state]);
  const pairs = useMemo(() => pairRows(DATASETS[config.set], state.weights), [config.set, state]);
  // The loss at w = 0 is ln 2, from lib's first entry.
  const ln2 = history[0]?.loss ?? 0;

  const edit = (next: typeof draft) => {
    setDraft(next);
    setChanged(true);
  };
  const go = (next: number) => {
    setAt(Math.min(Math.max(0, next), config.steps));
    setChanged(true);
  };
  const invalid = invalidFields(reading);
  const n = pairs.length;
  const readout = t.readout({
    step,
    total: config.steps,
    loss: formatValue(state.loss),
    accuracy: formatFixed(state.accuracy, 2),
    right: state.correct,
    ties: state.ties,
    wrong: n - state.correct - state.ties,
  });
  const verdict = probe.long > probe.short ? 'long' : probe.long < probe.short ? 'short' : 'tie';

  return (
    <DemoFrame id="reward-model" title={t.title} hint={t.hint}>
      <div data-tab="fit">
        <fieldset>
          <legend className="text-sm font-medium">{t.datasetLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {DATASET_KEYS.map((key) => (
              <label key={key} className="flex min-h-6 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={ids.set}
                  value={key}
                  checked={draft.set === key}
                  onChange={() => edit({ ...draft, set: key })}
                  className="size-4 accent-accent"
                />
                {t.datasets[key]}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-muted" data-dataset-note>
            {t.datasetNotes[draft.set]}
          </p>
        </fieldset>

        <div className="mt-3 grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-3">
          {FIT_FIELDS.map((f) => (
            <NumberInput
              key={f}
              label={t.fields[f]}
              hint={t.fieldHints[f]}
              value={draft[f]}
              invalid={invalid.includes(f)}
              describedBy={ids.error}
              onChange={(text) => edit({ ...draft, [f]: text })}
            />
          ))}
        </div>
        <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

        <RangeField label={t.slider} steps={slider} index={step} onIndexChange={go} format={String} />
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={BUTTON}
            onClick={() => go(step + 1)}
            disabled={step >= config.steps}
          >
            {t.step}
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => go(step + RUN_STEPS)}
            disabled={step >= config.steps}
          >
            {t.run(RUN_STEPS)}
          </button>
          <button type="button" className={BUTTON} onClick={() => go(0)} disabled={step === 0}>
            {t.reset}
          </button>
        </div>

        <output
          data-readout
          aria-live="polite"
          className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
        >
          {readout}
        </output>
        <p className="mt-1 text-xs text-muted">{t.tieNote}</p>

        <table className="mt-3 w-full text-sm" data-weights>
          <caption className="mb-1 text-left text-muted">{t.weightsCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.weightColumns.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className={`py-1 pr-3 font-medium ${i === 0 ? 'text-left' : 'text-right'}`}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FEATURES.map((feature, j) => (
              <tr key={feature} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {t.features[feature]}
                </th>
                <td className={CELL}>{formatSigned(state.weights[j] ?? 0)}</td>
                <td className={CELL}>{formatSigned(state.gradient[j] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <div className="mt-3 rounded-md border border-line px-3 py-2 text-sm" data-probe={verdict}>
          <p className="font-medium">{t.probeTitle}</p>
          <p className="mt-1">
            {t.probe(formatSigned(probe.short), formatSigned(probe.long), formatValue(probe.longWins))}
          </p>
          <p className="mt-1 font-medium">{t.probeVerdict[verdict]}</p>
        </div>

        <FitChart
          steps={config.steps}
          top={curves.top}
          loss={curves.loss}
          accuracy={curves.accuracy}
          at={{ step, loss: state.loss, accuracy: state.accuracy }}
          ln2={ln2}
          summary={t.chartSummary(readout)}
          t={t}
          table={{
            summary: t.tableSummary,
            caption: t.tableCaption,
            columns: t.columns,
            rows: tableSteps(config.steps).map((s) => [
              s,
              formatValue(history[s]?.loss ?? 0),
              formatFixed(history[s]?.accuracy ?? 0, 2),
            ]),
          }}
        />

        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">{t.pairsSummary}</summary>
          <table className="mt-2 w-full text-sm">
            <caption className="mb-1 text-left text-muted">{t.pairsCaption}</caption>
            <thead>
              <tr className="border-b border-line">
                {t.pairColumns.map((c) => (
                  <th key={c} scope="col" className="py-1 pr-3 text-left font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pairs.map((row, i) => (
                <tr key={i} className="border-b border-line/60" data-verdict={row.verdict}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal tabular-nums">
                    {i + 1}
                  </th>
                  <td className="py-1 pr-3">{t.response(row.pair.chosen)}</td>
                  <td className="py-1 pr-3">{t.response(row.pair.rejected)}</td>
                  <td className="py-1 pr-3 font-mono tabular-nums">{formatSigned(row.diff)}</td>
                  <td className="py-1 pr-3">{t.verdicts[row.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </DemoFrame>
  );
}
