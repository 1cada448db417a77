'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { formatFixed } from '@/lib/format';
import { READOUT, SELECT } from './params-view';
import { ErrorChart, SingularValuesChart, UpdateHeatmap, UpdateHeatmapKey } from './svd-charts';
import { loadLowRank, type LowRank } from './svd-load';
import {
  DEFAULT_SVD,
  readSvdInput,
  SPECTRA,
  SVD_MAX_RANK,
  type Spectrum,
  type SvdDraft,
  type SvdInput,
  type SvdInputError,
} from './svd-matrix';
import type { TabKey } from './tabs';
import type { LabText } from './text';
import type { MoreText } from './text-more';
import { encodeSvd } from './url-state';

type ValidInput = Extract<SvdInput, { ok: true }>;
const RANKS = Array.from({ length: SVD_MAX_RANK }, (_, i) => i + 1);
const isRank = (r: number) => Number.isInteger(r) && r >= 1 && r <= SVD_MAX_RANK;

function defaultInput(): ValidInput {
  const input = readSvdInput(DEFAULT_SVD);
  if (!input.ok) throw new Error('the default SVD setting is invalid');
  return input;
}

function inputError(t: LabText, m: MoreText, e: SvdInputError): string {
  return e.kind === 'field' ? t.fieldError(m.svdFields[e.field], e.error) : t.libError(e.message);
}

/**
 * A 12 × 10 weight update from a seed and its best rank-r approximation by truncated SVD
 * (`lowRankApproximation`): singular values, the relative error at every rank, and ΔW beside ΔW_r.
 * The SVD module (with `ml-matrix`) is imported when this view first mounts in the browser, i.e.
 * when its tab opens; the static HTML shows the matrix and the controls and says the SVD runs on
 * open. Bad input (a rank of 0 or above 10, a seed that is not a number) shows an inline message
 * and keeps the last valid result.
 */
export function SvdView({
  t,
  m,
  instance,
  initial,
  active,
}: {
  t: LabText;
  m: MoreText;
  instance: TabKey;
  initial: SvdDraft;
  active: boolean;
}) {
  const ids = { spectrum: useId(), error: useId(), hatch: useId() };
  const hydrated = useHydrated();
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const [lib, setLib] = useState<{ fn: LowRank } | 'failed' | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadLowRank().then(
      (fn) => live && setLib({ fn }),
      () => live && setLib('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const fn = lib !== null && lib !== 'failed' ? lib.fn : null;

  const input = useMemo(() => readSvdInput(draft), [draft]);
  const [goodInput, setGoodInput] = useState<ValidInput>(() => (input.ok ? input : defaultInput()));
  if (input.ok && input !== goodInput) setGoodInput(input);
  const { matrix, rank } = input.ok ? input : goodInput;

  // lib checks the rank (0, 11, 2.5 → RangeError); the last rank it accepted stays on screen.
  const tried = useMemo(() => {
    if (!fn) return null;
    try {
      return { ok: true as const, rank, result: fn(matrix, rank) };
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
      return { ok: false as const, message: e.message };
    }
  }, [fn, matrix, rank]);
  const [goodRank, setGoodRank] = useState(() => (isRank(rank) ? rank : Number(DEFAULT_SVD.rank)));
  if (tried?.ok && tried.rank !== goodRank) setGoodRank(tried.rank);
  const shownRank = tried?.ok ? tried.rank : goodRank;
  const shown = useMemo(
    () => (tried?.ok ? tried.result : fn ? fn(matrix, goodRank) : null),
    [tried, fn, matrix, goodRank],
  );
  const errors = useMemo(() => (fn ? RANKS.map((r) => fn(matrix, r).relativeError) : null), [fn, matrix]);
  const valid = input.ok && (tried === null || tried.ok);
  useWriteQuery(encodeSvd(instance, draft), changed && valid);

  const edit = (patch: Partial<SvdDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChanged(true);
  };
  const message = !input.ok
    ? inputError(t, m, input.error)
    : tried && !tried.ok
      ? t.libError(tried.message)
      : null;
  const invalidSeed = !input.ok && input.error.field === 'seed';
  const invalidRank = (!input.ok && input.error.field === 'rank') || (tried !== null && !tried.ok);
  const max = Math.max(...matrix.flat().map(Math.abs));
  const sliderRank = isRank(rank) ? rank : shownRank;
  const status = !hydrated ? m.svdPendingStatic : lib === 'failed' ? m.svdFailed : fn ? null : m.svdLoading;

  return (
    <div>
      <div className="flex flex-col gap-0.5 text-sm">
        <label htmlFor={ids.spectrum} className="font-medium">
          {m.spectrum}
        </label>
        <select
          id={ids.spectrum}
          value={draft.spectrum}
          onChange={(e) => edit({ spectrum: e.target.value as Spectrum })}
          className={SELECT}
        >
          {SPECTRA.map((s) => (
            <option key={s} value={s}>
              {m.spectra[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-3 grid max-w-md grid-cols-2 gap-3">
        <NumberInput
          label={m.svdFields.seed}
          value={draft.seed}
          invalid={invalidSeed}
          describedBy={ids.error}
          onChange={(text) => edit({ seed: text })}
        />
        <NumberInput
          label={m.svdFields.rank}
          value={draft.rank}
          invalid={invalidRank}
          describedBy={ids.error}
          onChange={(text) => edit({ rank: text })}
        />
      </div>
      <InputError id={ids.error} message={message === null ? null : `${message} ${t.kept}`} />
      <RangeField
        label={m.svdSlider}
        steps={RANKS}
        index={sliderRank - 1}
        onIndexChange={(i) => edit({ rank: String(RANKS[i] ?? shownRank) })}
        format={(r) => `r = ${r}`}
      />

      <output data-readout={active ? '' : undefined} aria-live="polite" className={`mt-2 ${READOUT}`}>
        {shown
          ? m.svdReadout(shownRank, SVD_MAX_RANK, formatFixed(shown.relativeError, 4))
          : m.svdWaiting(shownRank, SVD_MAX_RANK)}
      </output>
      {status && (
        <p className="mt-2 text-sm text-muted" data-svd-status={lib === 'failed' ? 'failed' : 'pending'}>
          {status}{' '}
          {lib === 'failed' && (
            <button
              type="button"
              onClick={() => {
                setLib(null);
                setAttempt((a) => a + 1);
              }}
              className="rounded-md border border-line px-2.5 py-1 hover:bg-surface-2"
            >
              {m.retry}
            </button>
          )}
        </p>
      )}
      <p className="mt-2 text-sm">{m.eckartYoung}</p>

      {shown && errors && (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <SingularValuesChart values={shown.singularValues} rank={shownRank} hatchBase={ids.hatch} m={m} />
          <ErrorChart errors={errors} rank={shownRank} m={m} />
        </div>
      )}
      <div className="mt-4 flex flex-wrap gap-4">
        <UpdateHeatmap matrix={matrix} max={max} name={m.heatW} m={m} />
        {shown && <UpdateHeatmap matrix={shown.approximation} max={max} name={m.heatWr(shownRank)} m={m} />}
      </div>
      <UpdateHeatmapKey max={max} m={m} />
    </div>
  );
}
