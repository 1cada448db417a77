'use client';

import { useId, useMemo, useState } from 'react';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import {
  formatValue,
  monteCarlo,
  normalisedSide,
  readDistributions,
  readMonteCarlo,
  type DistributionError,
  type DistributionReading,
  type KlView,
  type McConfig,
  type McError,
  type McField,
} from './compute';
import { MonteCarlo } from './monte-carlo';
import {
  DEFAULT_DRAFT,
  MAX_TOKENS,
  MIN_TOKENS,
  PRESET_KEYS,
  PRESETS,
  SIDES,
  loadedPreset,
  withTokenCount,
  type KlDraft,
  type Side,
} from './presets';
import { TEXT, tokenName, type KlText } from './text';
import { TokenTable } from './token-table';
import { encodeState } from './url-state';

const SELECT = 'h-8 rounded-md border border-line bg-surface px-2 text-sm';
const COUNTS = Array.from({ length: MAX_TOKENS - MIN_TOKENS + 1 }, (_, i) => MIN_TOKENS + i);

function listTokens(indices: readonly number[]): string {
  return indices.map(tokenName).join(', ');
}

function distributionErrorText(t: KlText, e: DistributionError): string {
  switch (e.kind) {
    case 'field':
      return t.fieldError(t.field(t.sides[e.side], tokenName(e.index)), e.error);
    case 'entry':
      return t.entryError(t.field(t.sides[e.side], tokenName(e.index)), e.message);
    case 'sum':
      return t.sumError(t.sides[e.side], e.message);
    case 'support':
      return t.supportError(listTokens(e.indices));
    case 'count':
      return t.countError;
  }
}

function invalidCells(reading: DistributionReading, draft: KlDraft): Set<string> {
  if (reading.ok) return new Set();
  const e = reading.error;
  if (e.kind === 'field' || e.kind === 'entry') return new Set([`${e.side}:${e.index}`]);
  if (e.kind === 'sum') return new Set(draft[e.side].map((_, i) => `${e.side}:${i}`));
  if (e.kind === 'support') return new Set(e.indices.map((i) => `ref:${i}`));
  return new Set();
}

function mcErrorText(t: KlText, e: McError): string {
  if (e.kind === 'field') return t.fieldError(t.mcFields[e.field], e.error);
  return t.mcLibError(t.mcFields[e.field], t.mcRules[e.field], e.message);
}

/** The default draft's view and run settings (valid by construction; a failure is a bug). */
function defaults(): { view: KlView; mc: McConfig } {
  const reading = readDistributions(DEFAULT_DRAFT);
  if (!reading.ok) throw new Error(`the default KL draft is invalid: ${reading.error.kind}`);
  const mc = readMonteCarlo(DEFAULT_DRAFT, reading.view);
  if (!mc.ok) throw new Error(`the default Monte-Carlo settings are invalid: ${mc.error.kind}`);
  return { view: reading.view, mc: mc.config };
}

/**
 * The KL-estimator lab: two editable distributions give the true KL (lib's klDivergence), k1, k2
 * and k3 at every token, their exact expectations under π and a seeded Monte-Carlo run. Bad input
 * shows an inline message and keeps the last valid result; once the learner changes something the
 * address carries the state.
 */
export function KlLab({ initial }: { initial: KlDraft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), mcError: useId(), count: useId(), preset: useId() };
  const [draft, setDraft] = useState<KlDraft>(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readDistributions(draft), [draft]);
  // On bad input the last valid distributions stay on screen (the default's if a link starts bad).
  const [good, setGood] = useState<KlView>(() => (reading.ok ? reading.view : defaults().view));
  if (reading.ok && reading.view !== good) setGood(reading.view);
  const view = reading.ok ? reading.view : good;

  const mcReading = useMemo(() => readMonteCarlo(draft, view), [draft, view]);
  const [goodMc, setGoodMc] = useState<McConfig>(() => (mcReading.ok ? mcReading.config : defaults().mc));
  if (mcReading.ok && mcReading.config !== goodMc) setGoodMc(mcReading.config);
  const mc = useMemo(
    () => (mcReading.ok ? mcReading.result : monteCarlo(view, goodMc)),
    [mcReading, view, goodMc],
  );
  const normalised = useMemo(
    () => ({ policy: normalisedSide(draft.policy), ref: normalisedSide(draft.ref) }),
    [draft],
  );
  useWriteQuery(encodeState(draft), changed && reading.ok && mcReading.ok);

  const edit = (next: KlDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const editCell = (side: Side, index: number, text: string) =>
    edit({ ...draft, [side]: draft[side].map((x, i) => (i === index ? text : x)) });
  const loaded = loadedPreset(draft);
  const { kl, expectations: e } = view;
  const readout = t.readout(formatValue(kl), formatValue(e.k1), formatValue(e.k2), formatValue(e.k3));
  const [k2Text, klText] = [formatValue(e.k2), formatValue(kl)];
  const bias = k2Text === klText ? 'equal' : e.k2 > kl ? 'above' : 'below';
  const refOnly = view.refOnly.length > 0 && view.tokens.length === draft.policy.length;

  return (
    <DemoFrame id="kl-estimators" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.preset} className="font-medium">
            {t.presets}
          </label>
          <select
            id={ids.preset}
            value={loaded ?? ''}
            onChange={(ev) => {
              const key = PRESET_KEYS.find((k) => k === ev.target.value);
              if (key) edit({ ...draft, ...PRESETS[key] });
            }}
            className={SELECT}
          >
            {!loaded && (
              <option value="" disabled>
                {t.custom}
              </option>
            )}
            {PRESET_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.presetNames[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-0.5 text-sm">
          <label htmlFor={ids.count} className="font-medium">
            {t.tokens}
          </label>
          <select
            id={ids.count}
            value={draft.policy.length}
            onChange={(ev) => edit(withTokenCount(draft, Number(ev.target.value)))}
            className={SELECT}
          >
            {COUNTS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {SIDES.map((side) => {
          const next = normalised[side];
          return (
            <button
              key={side}
              type="button"
              disabled={next === null}
              onClick={() => next && edit({ ...draft, [side]: next })}
              className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50"
            >
              {t.normalise(t.sides[side])}
            </button>
          );
        })}
      </div>
      {loaded && (
        <p className="mt-1 text-xs text-muted" data-preset-note>
          {t.presetNotes[loaded]}
        </p>
      )}

      <div className="mt-3">
        <TokenTable
          draft={draft}
          view={view}
          invalid={invalidCells(reading, draft)}
          describedBy={ids.error}
          onEdit={editCell}
          t={t}
        />
      </div>
      <InputError
        id={ids.error}
        message={reading.ok ? null : `${distributionErrorText(t, reading.error)} ${t.kept}`}
      />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>
      <p className="mt-2 text-sm" data-bias={bias}>
        {t.bias[bias]}
      </p>
      {refOnly && (
        <p className="mt-1 text-sm" data-ref-only>
          {t.refOnly(listTokens(view.refOnly))}
        </p>
      )}

      <MonteCarlo
        values={{ n: draft.n, seed: draft.seed }}
        invalid={mcReading.ok ? [] : [mcReading.error.field]}
        error={mcReading.ok ? null : `${mcErrorText(t, mcReading.error)} ${t.mcKept}`}
        errorId={ids.mcError}
        result={mc}
        expectations={e}
        onEdit={(field: McField, text: string) => edit({ ...draft, [field]: text })}
        onNewSeed={() => edit({ ...draft, seed: String(mc.seed + 1 > 0xffffffff ? 0 : mc.seed + 1) })}
        t={t}
      />
    </DemoFrame>
  );
}
