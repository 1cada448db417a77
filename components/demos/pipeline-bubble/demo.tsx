'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { pipelineBubble, type PipelineBubble } from '@/lib/calculators/pipeline-bubble';
import {
  buildTimeline,
  CHUNK_STEPS,
  MICRO_BATCH_STEPS,
  peakInFlight,
  SCHEDULES,
  slotCounts,
  STAGE_STEPS,
  type Schedule,
  type Timeline,
} from './schedule';
import { decodeState, defaultState, encodeState, PARAM, shortFraction, type PipelineState } from './state';
import { TEXT } from './text';
import { TimelineChart } from './timeline';
import { useOpenedParam, useWriteParam } from '@/components/demos/shared/url-query';

type View = { bubble: PipelineBubble; timeline: Timeline; state: PipelineState };
type Result = { ok: true; view: View } | { ok: false; message: string };

/** lib's bubble fractions and the timeline for a state; lib's RangeError becomes the message. */
function compute(state: PipelineState): Result {
  const v = state.schedule === 'interleaved' ? state.v : 1;
  try {
    const bubble = pipelineBubble({ stages: state.p, microBatches: state.m, interleave: v });
    return {
      ok: true,
      view: { bubble, timeline: buildTimeline(state.schedule, state.p, state.m, v), state },
    };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * The client island: the static HTML shows `schedule` with p = 4, m = 8 (v = 2); in the browser a
 * shared `?pipeline=` link is read once after hydration and the explorer remounts with it.
 */
export function PipelineBubbleDemo({ schedule }: { schedule: Schedule }) {
  const shared = decodeState(useOpenedParam(PARAM));
  return (
    <Explorer key={shared ? encodeState(shared) : 'default'} initial={shared ?? defaultState(schedule)} />
  );
}

/**
 * Stages p, micro-batches m and chunks v on sliders, the schedule as a radio group; the readout is
 * `pipelineBubble`'s bubble time over ideal compute time, the grid a simulation of the schedule
 * whose idle slots agree with lib's share of the step. Interleaving with m not a multiple of p is
 * refused by lib: its message shows and the last valid grid stays.
 */
function Explorer({ initial }: { initial: PipelineState }) {
  const t = TEXT[useLocale()];
  const ids = { schedule: useId(), error: useId() };
  const [start] = useState(initial);
  const [state, setState] = useState(start);
  // Identity, not value: once the learner has moved anything the address follows, even back to the start.
  const changed = state !== start;
  const result = useMemo(() => compute(state), [state]);
  // Every default is valid, so the first result is too.
  const [good, setGood] = useState<{ result: Result; view: View }>(() => ({
    result,
    view: (result as Extract<Result, { ok: true }>).view,
  }));
  if (result.ok && result !== good.result) setGood({ result, view: result.view });
  const { bubble, timeline, state: shown } = result.ok ? result.view : good.view;
  useWriteParam(PARAM, encodeState(state), changed);

  const counts = useMemo(() => slotCounts(timeline), [timeline]);
  const peak = useMemo(() => peakInFlight(timeline.devices[0] ?? []), [timeline]);
  const interleaved = shown.schedule === 'interleaved';
  const substituted = interleaved
    ? `(${shown.p} − 1)/(${shown.v} · ${shown.m})`
    : `(${shown.p} − 1)/${shown.m}`;
  const set = (patch: Partial<PipelineState>) => setState((s) => ({ ...s, ...patch }));

  return (
    <DemoFrame id="pipeline-bubble" title={t.title} hint={t.hint}>
      <fieldset>
        <legend className="text-sm font-medium">{t.schedule}</legend>
        <div className="mt-1 grid gap-1">
          {SCHEDULES.map((s) => (
            <label key={s} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                type="radio"
                name={ids.schedule}
                value={s}
                checked={state.schedule === s}
                onChange={() => set({ schedule: s })}
                className="size-4 accent-accent"
              />
              {t.schedules[s]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-3 grid gap-2">
        <RangeField
          label={t.stages}
          steps={STAGE_STEPS}
          index={STAGE_STEPS.indexOf(state.p as (typeof STAGE_STEPS)[number])}
          onIndexChange={(i) => set({ p: STAGE_STEPS[i] ?? state.p })}
          format={String}
        />
        <RangeField
          label={t.microBatches}
          steps={MICRO_BATCH_STEPS}
          index={MICRO_BATCH_STEPS.indexOf(state.m)}
          onIndexChange={(i) => set({ m: MICRO_BATCH_STEPS[i] ?? state.m })}
          format={String}
        />
        {state.schedule === 'interleaved' && (
          <RangeField
            label={t.chunks}
            steps={CHUNK_STEPS}
            index={CHUNK_STEPS.indexOf(state.v as (typeof CHUNK_STEPS)[number])}
            onIndexChange={(i) => set({ v: CHUNK_STEPS[i] ?? state.v })}
            format={String}
          />
        )}
      </div>
      <InputError id={ids.error} message={result.ok ? null : `${t.libError(result.message)} ${t.kept}`} />

      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(
          interleaved ? t.formulaInterleaved : t.formulaPlain,
          substituted,
          shortFraction(bubble.ofIdeal),
        )}
      </output>
      <p className="mt-2 text-sm" data-of-total>
        {t.ofTotal(
          interleaved ? t.ofTotalInterleaved : t.ofTotalPlain,
          shortFraction(bubble.ofTotal),
          counts.idle,
          counts.total,
        )}
      </p>
      <p className="mt-1 text-sm" data-in-flight>
        {t.inFlight(shown.schedule, peak, shown.p, shown.m)}
      </p>

      <TimelineChart
        timeline={timeline}
        schedule={shown.schedule}
        t={t}
        busyIdle={counts.perDevice}
        summary={t.chartSummary(
          t.short[shown.schedule],
          shown.p,
          shown.m,
          timeline.slots,
          counts.idle,
          counts.total,
        )}
      />
      {interleaved && <p className="mt-1 text-xs text-muted">{t.chunkNote}</p>}
      <p className="mt-2 text-sm text-muted">{t.which}</p>
    </DemoFrame>
  );
}
