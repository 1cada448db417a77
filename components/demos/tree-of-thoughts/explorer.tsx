'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import {
  solve24,
  TOT_VALUE_HEURISTICS,
  treeOfThoughts24,
  type TotResult,
  type TotValueHeuristic,
} from '@/lib/prompting/game-of-24';
import { Comparison } from './comparison';
import {
  DEFAULT_FIELDS,
  loadedPreset,
  parseNumbers,
  PRESET_KEYS,
  PRESETS,
  splitFour,
  type Fields,
  type PresetKey,
} from './numbers';
import { TEXT } from './text';
import { TreeView } from './tree-view';
import { BEAMS, encodeState, type TotState } from './url-state';

const SELECT = 'h-8 max-w-full rounded-md border border-line bg-surface px-2 text-sm';

/** Every search the demo shows (b = 1 … 5) and the exact solver's solutions, from lib. */
type View =
  | { ok: true; numbers: readonly number[]; value: TotValueHeuristic; runs: TotResult[]; solutions: string[] }
  | { ok: false; message: string };

function compute(numbers: readonly number[], value: TotValueHeuristic): View {
  try {
    return {
      ok: true,
      numbers,
      value,
      runs: BEAMS.map((beam) => treeOfThoughts24(numbers, { beam, value })),
      solutions: solve24(numbers, { all: true }),
    };
  } catch (e) {
    // The fields are checked against GAME24_LIMITS first, so lib refusing them would be a bug;
    // show its message rather than throw.
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The default puzzle's view (valid by construction; a failure is a bug in numbers.ts). */
function defaultView(value: TotValueHeuristic): Extract<View, { ok: true }> {
  const parsed = parseNumbers(DEFAULT_FIELDS);
  const view = compute(parsed.ok ? parsed.numbers : [4, 9, 10, 13], value);
  if (!view.ok) throw new Error(`the default puzzle is invalid: ${view.message}`);
  return view;
}

/**
 * The demo proper: four number fields, presets, the beam width b and the value rule; the readout
 * gives the search at b (solved or not, nodes expanded, states valued), a table compares every b
 * from the greedy chain (b = 1) to 5, and the tree below shows the chosen search level by level.
 * Bad input shows an inline message and keeps the last valid puzzle; once the learner changes
 * something the address carries the state (`tot-` keys).
 */
export function Explorer({ initial }: { initial: TotState }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), value: useId(), valueNote: useId() };
  const [fields, setFields] = useState<Fields>(initial.fields);
  const [beamIndex, setBeamIndex] = useState(Math.max(0, (BEAMS as readonly number[]).indexOf(initial.beam)));
  const [value, setValue] = useState<TotValueHeuristic>(initial.value);
  const [changed, setChanged] = useState(false);
  const beam = BEAMS[beamIndex] ?? 5;

  const parsed = useMemo(() => parseNumbers(fields), [fields]);
  const numbersKey = parsed.ok ? parsed.numbers.join(' ') : null;
  const view = useMemo(
    () => (numbersKey === null ? null : compute(numbersKey.split(' ').map(Number), value)),
    [numbersKey, value],
  );
  // On bad input the last valid puzzle stays on screen (the default one if a link starts bad);
  // a change of value rule recomputes it.
  const [good, setGood] = useState<Extract<View, { ok: true }>>(() =>
    view?.ok ? view : defaultView(initial.value),
  );
  if (view?.ok && view !== good) setGood(view);
  const fallback = useMemo(() => (good.value === value ? good : compute(good.numbers, value)), [good, value]);
  const shown = view?.ok ? view : fallback.ok ? fallback : good;
  const run = shown.runs[beamIndex] ?? shown.runs[0];

  useWriteQuery(encodeState({ fields, beam, value }), changed && parsed.ok);

  const message = !parsed.ok
    ? `${t.error(parsed.error)} ${t.kept}`
    : view && !view.ok
      ? `${t.libError(view.message)} ${t.kept}`
      : null;
  const invalidField = parsed.ok ? -1 : parsed.error.field - 1;

  const edit = (i: number, text: string) => {
    // A whole puzzle pasted into one field fills all four.
    const four = /[\s,;]/.test(text.trim()) ? splitFour(text) : null;
    setFields((f) => four ?? (f.map((v, j) => (j === i ? text : v)) as unknown as Fields));
    setChanged(true);
  };
  const pick = (key: PresetKey) => {
    setFields(PRESETS[key]);
    setChanged(true);
  };
  const loaded = loadedPreset(fields);

  return (
    <DemoFrame id="tree-of-thoughts" title={t.title} hint={t.hint}>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-4">
        {fields.map((text, i) => (
          <NumberInput
            key={i}
            label={t.field(i + 1)}
            value={text}
            invalid={i === invalidField}
            describedBy={ids.error}
            onChange={(next) => edit(i, next)}
          />
        ))}
      </div>
      <p className="mt-1 text-xs text-muted">{t.numbersHint}</p>
      <InputError id={ids.error} message={message} />

      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={pick}
        className="mt-1"
      />
      {loaded && <p className="mt-1 text-xs text-muted">{t.presetNotes[loaded]}</p>}

      <div className="mt-4">
        <RangeField
          label={t.beam}
          steps={BEAMS}
          index={beamIndex}
          onIndexChange={(i) => {
            setBeamIndex(i);
            setChanged(true);
          }}
          format={t.beamValue}
        />
      </div>
      <div className="mt-3 flex flex-col gap-0.5 text-sm">
        <label htmlFor={ids.value} className="font-medium">
          {t.value}
        </label>
        <select
          id={ids.value}
          value={value}
          aria-describedby={ids.valueNote}
          onChange={(e) => {
            setValue(TOT_VALUE_HEURISTICS.find((h) => h === e.target.value) ?? 'rollout');
            setChanged(true);
          }}
          className={SELECT}
        >
          {TOT_VALUE_HEURISTICS.map((h) => (
            <option key={h} value={h}>
              {t.values[h]}
            </option>
          ))}
        </select>
        <p id={ids.valueNote} className="text-xs text-muted">
          {t.valueNotes[value]}
        </p>
      </div>

      {run && (
        <output
          data-readout
          aria-live="polite"
          className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
        >
          {t.readout(run.beam, run.solution, run.nodesExpanded, run.statesEvaluated)}
        </output>
      )}
      <p data-solver className="mt-2 text-sm">
        {t.solver(shown.solutions.length, shown.solutions[0] ?? null)}
      </p>

      <Comparison runs={shown.runs} beam={beam} t={t} />
      {run && <TreeView result={run} t={t} />}
    </DemoFrame>
  );
}
