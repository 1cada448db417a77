'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { AdvantageBars, SweepChart } from './charts';
import { fmt4, fmtReward, fmtSigned, fmtSmall, readAdvantages, type AdvantagesView } from './compute';
import { errorText, invalidFields } from './errors';
import {
  ADVANTAGE_PRESET_KEYS,
  DEFAULT_ADVANTAGES,
  loadedAdvantagePreset,
  parseGroupSize,
  withAdvantagePreset,
  withRow,
  type AdvantagesDraft,
} from './group';
import { GroupTable } from './group-table';
import { TEXT } from './text';
import { encodeAdvantages } from './url-state';

/** The default draft's view (valid by construction; a failure is a bug in group.ts). */
function defaultView(): AdvantagesView {
  const reading = readAdvantages(DEFAULT_ADVANTAGES);
  if (!reading.ok) throw new Error(`the default GRPO advantages draft is invalid: ${reading.error.kind}`);
  return reading.view;
}

/**
 * Tab 1: a group of G answers the learner marks right or wrong (with an optional format bonus),
 * their rewards, the group's mean and std, every advantage with and without the std (lib's
 * grpoAdvantages), GRPO's per-token push, a bar chart of the advantages and a right answer's
 * advantage for every number of right answers. Bad input keeps the last valid result.
 */
export function AdvantagesTab({ initial }: { initial: AdvantagesDraft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId() };
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readAdvantages(draft), [draft]);
  const [good, setGood] = useState<AdvantagesView>(() => (reading.ok ? reading.view : defaultView()));
  if (reading.ok && reading.view !== good) setGood(reading.view);
  const view = reading.ok ? reading.view : good;
  useWriteQuery(encodeAdvantages(draft), changed && reading.ok);

  const edit = (next: AdvantagesDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const error = reading.ok ? null : reading.error;
  const invalid = invalidFields(error);
  const size = parseGroupSize(draft.g);
  const count = size.ok ? size.value : view.g;
  const loaded = loadedAdvantagePreset(draft);
  const shownRows = draft.rows.slice(0, view.g);
  const formatsCancel =
    draft.formatOn && !view.allEqual && shownRows.every((r) => r.format === shownRows[0]?.format);

  const at = (values: readonly number[], format: (x: number) => string) => (i: number) => {
    const v = values[i];
    return v === undefined ? null : format(v);
  };
  const columns = [
    { head: t.columns.reward, cell: at(view.rewards, fmtReward) },
    { head: t.columns.scaled, cell: at(view.scaled, fmtSigned) },
    { head: t.columns.unscaled, cell: at(view.unscaled, fmtSigned) },
    { head: t.columns.grpoPush, cell: at(view.grpoPush, fmtSmall) },
  ];
  const first = fmt4(view.scaled[0] ?? 0);
  const sweepAt = (k: number) => fmt4(view.sweep[k - 1]?.scaled ?? 0);

  return (
    <DemoFrame id="grpo-lab" title={t.titles.advantages} hint={t.hints.advantages}>
      <div className="max-w-xs">
        <NumberInput
          label={t.g}
          hint={t.gHint}
          value={draft.g}
          invalid={invalid.g}
          describedBy={ids.error}
          onChange={(g) => edit({ ...draft, g })}
        />
      </div>
      <PresetButtons
        label={t.presets}
        keys={ADVANTAGE_PRESET_KEYS}
        names={t.advantagePresetNames}
        onPick={(key) => edit(withAdvantagePreset(draft, key))}
      />
      {loaded && (
        <p className="mt-1 text-xs text-muted" data-preset-note>
          {t.advantagePresetNotes[loaded]}
        </p>
      )}
      <label className="mt-3 flex min-h-6 items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.formatOn}
          onChange={(e) => edit({ ...draft, formatOn: e.target.checked })}
          className="mt-0.5 size-4 shrink-0 accent-accent"
        />
        {t.formatOn}
      </label>
      <p className="mt-1 text-xs text-muted">{t.rewardRule}</p>

      <InputError id={ids.error} message={error ? errorText(t, error) : null} />
      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.advantagesReadout(first)}
      </output>
      <p className="mt-1 font-mono text-sm tabular-nums" data-stats>
        {t.unscaledOf1(fmt4(view.unscaled[0] ?? 0))} · {t.stats(fmt4(view.stats.mean), fmt4(view.stats.std))}
      </p>
      {view.allEqual && (
        <p className="mt-2 text-sm" data-all-equal>
          {t.allEqual}
        </p>
      )}
      {formatsCancel && (
        <p className="mt-2 text-sm" data-format-cancels>
          {t.formatCancels}
        </p>
      )}

      <GroupTable
        rows={draft.rows}
        count={count}
        showFormat={draft.formatOn}
        columns={columns}
        invalidRows={invalid.rows}
        errorId={ids.error}
        keyboardOnFirst
        onRow={(i, next) => edit(withRow(draft, i, next))}
        t={t}
      />
      <p className="mt-2 text-xs text-muted">{t.pushNote}</p>

      <AdvantageBars
        scaled={view.scaled}
        unscaled={view.unscaled}
        title={t.barsTitle}
        summary={t.barsSummary(view.g, first)}
        labels={{ x: t.barsX, y: t.barsY, scaled: t.legendScaled, unscaled: t.legendUnscaled }}
        table={{
          caption: t.barsCaption(view.g),
          columns: t.barsColumns,
          rows: view.rewards.map((r, i) => [
            i + 1,
            fmtReward(r),
            fmtSigned(view.scaled[i] ?? 0),
            fmtSigned(view.unscaled[i] ?? 0),
          ]),
        }}
      />
      <SweepChart
        points={view.sweep}
        current={view.k}
        title={t.sweepTitle}
        summary={t.sweepSummary(view.g, sweepAt(1), sweepAt(Math.floor(view.g / 2)))}
        labels={{
          x: t.sweepX(view.g),
          y: t.sweepY,
          scaled: t.legendScaled,
          unscaled: t.legendUnscaled,
          current: t.legendCurrent,
        }}
        table={{
          caption: t.sweepCaption(view.g),
          columns: t.sweepColumns,
          rows: view.sweep.map((p) => [p.k, fmt4(p.scaled), fmt4(p.unscaled)]),
        }}
      />
      <p className="mt-2 text-sm">{t.sweepNote}</p>
    </DemoFrame>
  );
}
