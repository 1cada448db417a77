'use client';

import { useId, useMemo } from 'react';
import { RangeField } from '@/components/ui/range-field';

/** n trials (or samples) of one task, c of them successful, and the k being asked about. */
export interface Trials {
  n: number;
  c: number;
  k: number;
}

/** What shrinking n changed, as [from, to]: shown until the next change, never a silent clamp. */
export interface TrialsClamp {
  c?: [from: number, to: number];
  k?: [from: number, to: number];
}

/**
 * The state after the n slider moves: c and k are pulled down to n when they exceed it, and the
 * change is reported.
 *
 * @example withTrials({ n: 8, c: 6, k: 4 }, 3) // { state: { n: 3, c: 3, k: 3 }, clamp: { c: [6, 3], k: [4, 3] } }
 */
export function withTrials(state: Trials, n: number): { state: Trials; clamp: TrialsClamp | null } {
  const clamp: TrialsClamp = {};
  if (state.c > n) clamp.c = [state.c, n];
  if (state.k > n) clamp.k = [state.k, n];
  return {
    state: { n, c: Math.min(state.c, n), k: Math.min(state.k, n) },
    clamp: clamp.c || clamp.k ? clamp : null,
  };
}

export interface TrialSlidersText {
  n: string;
  c: string;
  k: string;
  /** shown when n = 1 leaves k nothing to choose */
  kFixed: string;
  clamp: (name: string, from: number, to: number) => string;
}

/**
 * The n, c and k sliders that pass@k (evaluation) and pass^k (agents) share: c ∈ [0, n],
 * k ∈ [1, n], and a status line that says when moving n pulled c or k down with it.
 */
export function TrialSliders({
  value,
  maxN,
  clamp,
  onChange,
  t,
}: {
  value: Trials;
  maxN: number;
  clamp: TrialsClamp | null;
  /** a new state and what moving n clamped (null when only c or k moved) */
  onChange: (next: Trials, clamp: TrialsClamp | null) => void;
  t: TrialSlidersText;
}) {
  const kNoteId = useId();
  const { n, c, k } = value;
  const nSteps = useMemo(() => Array.from({ length: maxN }, (_, i) => i + 1), [maxN]);
  const cSteps = useMemo(() => Array.from({ length: n + 1 }, (_, i) => i), [n]);
  const moveN = (next: number) => {
    const moved = withTrials(value, next);
    onChange(moved.state, moved.clamp);
  };
  return (
    <>
      <div className="grid gap-3">
        <RangeField
          label={t.n}
          steps={nSteps}
          index={n - 1}
          onIndexChange={(i) => moveN(i + 1)}
          format={String}
        />
        <RangeField
          label={t.c}
          steps={cSteps}
          index={c}
          onIndexChange={(i) => onChange({ n, c: i, k }, null)}
          format={String}
        />
        {/* k ∈ [1, n]: at n = 1 the range holds one value, so the slider is disabled rather than
            left looking movable (a native range with min = max draws a thumb that never moves). */}
        <fieldset
          disabled={n === 1}
          aria-describedby={n === 1 ? kNoteId : undefined}
          className="m-0 min-w-0 border-0 p-0 disabled:opacity-60 disabled:[&_input]:cursor-not-allowed"
        >
          <RangeField
            label={t.k}
            steps={nSteps.slice(0, n)}
            index={k - 1}
            onIndexChange={(i) => onChange({ n, c, k: Math.min(i + 1, n) }, null)}
            format={String}
          />
        </fieldset>
        {n === 1 && (
          <p id={kNoteId} className="-mt-2 text-sm text-muted">
            {t.kFixed}
          </p>
        )}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm font-medium text-pitfall">
        {clamp?.c && t.clamp('c', ...clamp.c)} {clamp?.k && t.clamp('k', ...clamp.k)}
      </p>
    </>
  );
}
