'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { ContextChart } from './chart';
import {
  CACHE_PRESET_KEYS,
  CACHE_PRESETS,
  DEFAULT_DRAFT,
  DEMO_MAX_STEPS,
  formatUsd,
  invalidFields,
  loadedCachePreset,
  POLICY_KINDS,
  readDraft,
  type Draft,
  type Field,
  type PolicyKind,
  type PolicyResults,
  type ReadError,
} from './model';
import { TEXT, type ContextCostText } from './text';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const GROUPS: { key: keyof ContextCostText['groups']; fields: readonly Field[] }[] = [
  { key: 'task', fields: ['system', 'step', 'output', 'steps'] },
  { key: 'policies', fields: ['window', 'every', 'summary'] },
  { key: 'prices', fields: ['priceIn', 'priceOut', 'readFactor', 'writeFactor'] },
];
/** At most this many rows in the data table (every k-th step, always the first and the last). */
const TABLE_ROWS = 25;

function errorText(t: ContextCostText, e: ReadError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.fields[e.field], e.error);
    case 'lib':
      return t.libError(e.message);
    case 'tooManySteps':
      return t.tooManySteps(groupDigits(DEMO_MAX_STEPS));
  }
}

/** The opening results (valid by construction; a failure here is a bug in model.ts). */
function defaultResults(): PolicyResults {
  const reading = readDraft(DEFAULT_DRAFT);
  if (!reading.ok) throw new Error(`the default context-cost draft is invalid: ${reading.error.kind}`);
  return reading.results;
}

/** Steps shown in the table: all of them up to TABLE_ROWS, else every k-th plus the last. */
function tableSteps(n: number): number[] {
  const every = Math.ceil(n / TABLE_ROWS);
  const steps = Array.from({ length: Math.ceil(n / every) }, (_, i) => 1 + i * every);
  return steps[steps.length - 1] === n ? steps : [...steps, n];
}

/**
 * The context-cost lab: a task (system prompt, tokens per step, steps), three memory policies and
 * optional prompt caching go through lib's `contextCost`; the readout compares the chosen policy
 * with full history, the chart shows every step. Bad input shows lib's message and keeps the last
 * valid result; once the learner changes something the address carries the state.
 */
export function ContextCostLab({ initial }: { initial: Draft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), policy: useId(), caching: useId() };
  const [draft, setDraft] = useState<Draft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDraft(draft), [draft]);
  // On bad input the last valid results stay on screen (the default's if a link starts bad).
  const [good, setGood] = useState<{ results: PolicyResults; caching: boolean }>(() =>
    reading.ok
      ? { results: reading.results, caching: draft.caching }
      : { results: defaultResults(), caching: false },
  );
  if (reading.ok && reading.results !== good.results)
    setGood({ results: reading.results, caching: draft.caching });
  const { results, caching } = reading.ok ? { results: reading.results, caching: draft.caching } : good;
  useWriteQuery(encodeState(draft), changed && reading.ok);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const editField = (field: Field, text: string) => edit({ fields: { ...draft.fields, [field]: text } });
  const invalid = invalidFields(reading);
  const loaded = loadedCachePreset(draft);

  const chosen = draft.policy;
  const view = useMemo(() => {
    const mine = results[chosen];
    const full = results.full;
    const cachedText = (tokens: number) => (caching ? groupDigits(tokens) : null);
    const readout =
      chosen === 'full'
        ? t.readoutFull(
            groupDigits(full.totals.input),
            cachedText(full.totals.cached),
            formatUsd(full.cost.total),
          )
        : t.readout(
            t.policies[chosen],
            groupDigits(mine.totals.input),
            cachedText(mine.totals.cached),
            formatUsd(mine.cost.total),
            groupDigits(full.totals.input),
            formatUsd(full.cost.total),
          );
    const first = mine.steps[0]?.input ?? 0;
    const last = mine.steps[mine.steps.length - 1]?.input ?? 0;
    const rows = tableSteps(mine.steps.length).map((step) => {
      const at = (k: PolicyKind) => groupDigits(results[k].steps[step - 1]?.input ?? 0);
      const call = mine.steps[step - 1];
      return [
        String(step),
        at('full'),
        at('window'),
        at('summary'),
        groupDigits(call?.cached ?? 0),
        groupDigits(call?.fresh ?? 0),
      ];
    });
    return {
      readout,
      summary: t.chartSummary(
        t.policies[chosen],
        groupDigits(first),
        groupDigits(last),
        groupDigits(mine.peakInput),
        groupDigits(full.peakInput),
      ),
      peak: t.peak(groupDigits(mine.peakInput), groupDigits(full.peakInput)),
      rows,
    };
  }, [results, chosen, caching, t]);
  const summariser = results.summary;

  return (
    <DemoFrame id="context-cost" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap items-end gap-x-5 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.policy} className="font-medium">
            {t.policy}
          </label>
          <select
            id={ids.policy}
            value={draft.policy}
            onChange={(e) => {
              const policy = POLICY_KINDS.find((k) => k === e.target.value);
              if (policy) edit({ policy });
            }}
            className={SELECT}
          >
            {POLICY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.policies[k]}
              </option>
            ))}
          </select>
        </div>
        <label
          htmlFor={ids.caching}
          className="flex min-h-8 cursor-pointer items-center gap-2 text-sm font-medium"
        >
          <input
            id={ids.caching}
            type="checkbox"
            checked={draft.caching}
            onChange={(e) => edit({ caching: e.target.checked })}
            className="size-4 accent-accent"
          />
          {t.caching}
        </label>
      </div>

      {GROUPS.map(({ key, fields }) => (
        <fieldset key={key} className="mt-3">
          <legend className="text-xs font-semibold tracking-wide text-muted uppercase">
            {t.groups[key]}
          </legend>
          <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4">
            {fields.map((field) => (
              <NumberInput
                key={field}
                label={t.fields[field]}
                hint={t.fieldHints[field]}
                value={draft.fields[field]}
                invalid={invalid.includes(field)}
                describedBy={ids.error}
                onChange={(text) => editField(field, text)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <PresetButtons
        label={t.cachePresets}
        keys={CACHE_PRESET_KEYS}
        names={t.cachePresetNames}
        onPick={(key) => edit({ caching: true, fields: { ...draft.fields, ...CACHE_PRESETS[key] } })}
        className="mt-3"
      />
      <p className="mt-1 text-xs text-muted" data-cache-note>
        {draft.caching ? (loaded ? t.cacheNotes[loaded] : null) : t.cachingOff}
      </p>
      <InputError id={ids.error} message={reading.ok ? null : `${errorText(t, reading.error)} ${t.kept}`} />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {view.readout}
      </output>
      <p className="mt-2 text-sm" data-peak>
        {view.peak}
      </p>
      {chosen === 'summary' && (
        <p className="mt-1 text-sm" data-summary-calls>
          {summariser.summaries.length > 0
            ? t.summaryCalls(
                groupDigits(summariser.summaries.length),
                groupDigits(summariser.totals.summaryInput),
                groupDigits(summariser.totals.summaryOutput),
                formatUsd(summariser.cost.summary),
              )
            : t.noSummaryCalls}
        </p>
      )}

      <ContextChart
        results={results}
        chosen={chosen}
        caching={caching}
        summary={view.summary}
        table={{
          summary: t.tableSummary,
          caption: t.tableCaption(t.policies[chosen]),
          columns: t.columns(t.policies[chosen]),
          rows: view.rows,
        }}
        t={t}
      />
    </DemoFrame>
  );
}
