'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { PushBars } from './charts';
import {
  fmt4,
  fmtFraction,
  fmtSigned,
  fmtSmall,
  readAggregation,
  tokenWeightRatio,
  type AggregationView,
} from './compute';
import { errorText, invalidFields } from './errors';
import {
  AGGREGATION_PRESET_KEYS,
  DEFAULT_AGGREGATION,
  LOSS_TYPES,
  parseGroupSize,
  withAggregationPreset,
  withRow,
  type AggregationDraft,
} from './group';
import { GroupTable } from './group-table';
import { TEXT } from './text';
import { encodeAggregation } from './url-state';

/** The default draft's view (valid by construction; a failure is a bug in group.ts). */
function defaultView(): AggregationView {
  const reading = readAggregation(DEFAULT_AGGREGATION);
  if (!reading.ok) throw new Error(`the default GRPO aggregation draft is invalid: ${reading.error.kind}`);
  return reading.view;
}

/**
 * Tab 2: the same kind of group, now with lengths that matter: for TRL's four loss types, how much
 * each token and each whole answer weighs in the aggregated loss (lib's grpoTokenWeights) and how
 * hard one step pushes it (grpoGradientPush). The readout compares a token of answer 2 (by default
 * long and wrong) with a token of answer 1 (short and right) under the chosen loss type.
 */
export function AggregationTab({ initial }: { initial: AggregationDraft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId(), loss: useId() };
  const [draft, setDraft] = useState(initial);
  const [changed, setChanged] = useState(false);
  const reading = useMemo(() => readAggregation(draft), [draft]);
  const [good, setGood] = useState<AggregationView>(() => (reading.ok ? reading.view : defaultView()));
  if (reading.ok && reading.view !== good) setGood(reading.view);
  const view = reading.ok ? reading.view : good;
  useWriteQuery(encodeAggregation(draft), changed && reading.ok);

  const edit = (next: AggregationDraft) => {
    setDraft(next);
    setChanged(true);
  };
  const error = reading.ok ? null : reading.error;
  const invalid = invalidFields(error);
  const size = parseGroupSize(draft.g);
  const count = size.ok ? size.value : view.g;
  const type = draft.lossType;
  const chosen = view.byType[type];
  const name = t.lossNames[type];
  const ratio = fmt4(tokenWeightRatio(chosen.weights, 1, 0));

  const at = (values: readonly number[], format: (x: number) => string) => (i: number) => {
    const v = values[i];
    return v === undefined ? null : format(v);
  };
  const columns = [
    { head: t.columns.advantage, cell: at(view.advantages, fmtSigned) },
    { head: t.columns.perToken, cell: at(chosen.weights.denominators, fmtFraction) },
    { head: t.columns.perSequence, cell: at(chosen.weights.perSequence, fmt4) },
    { head: t.columns.pushToken, cell: at(chosen.push.perToken, fmtSmall) },
    { head: t.columns.pushSequence, cell: at(chosen.push.perSequence, fmtSigned) },
  ];
  const pushOf = (i: number) => LOSS_TYPES.map((lt) => view.byType[lt].push.perToken[i] ?? 0);
  const right = (i: number) => (view.rewards[i] ?? 0) > 0;

  return (
    <DemoFrame id="grpo-lab" title={t.titles.aggregation} hint={t.hints.aggregation}>
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
        <NumberInput
          label={t.g}
          hint={t.gHint}
          value={draft.g}
          invalid={invalid.g}
          describedBy={ids.error}
          onChange={(g) => edit({ ...draft, g })}
        />
        <NumberInput
          label={t.maxLength}
          hint={t.maxLengthHint}
          value={draft.maxLength}
          invalid={invalid.maxLength}
          describedBy={ids.error}
          onChange={(maxLength) => edit({ ...draft, maxLength })}
        />
      </div>
      <PresetButtons
        label={t.presets}
        keys={AGGREGATION_PRESET_KEYS}
        names={t.aggregationPresetNames}
        onPick={(key) => edit(withAggregationPreset(draft, key))}
      />
      <label className="mt-3 flex min-h-6 items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.scale}
          onChange={(e) => edit({ ...draft, scale: e.target.checked })}
          className="mt-0.5 size-4 shrink-0 accent-accent"
        />
        {t.scale}
      </label>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium">{t.lossLegend}</legend>
        <div className="mt-1 flex flex-col gap-1">
          {LOSS_TYPES.map((lt) => (
            <label key={lt} className="flex min-h-6 items-start gap-2 text-sm">
              <input
                type="radio"
                name={ids.loss}
                value={lt}
                checked={type === lt}
                onChange={() => edit({ ...draft, lossType: lt })}
                className="mt-0.5 size-4 shrink-0 accent-accent"
                {...(type === lt ? { 'data-keyboard': '' } : {})}
              />
              <span>
                <span className="font-mono font-medium">{t.lossNames[lt]}</span>{' '}
                <span className="text-xs text-muted">{t.lossDescriptions[lt]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <InputError id={ids.error} message={error ? errorText(t, error) : null} />
      <output
        data-readout
        aria-live="polite"
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.aggregationReadout(name, ratio)}
      </output>
      <p className="mt-2 text-sm" data-loss-note>
        {t.lossNotes[type]}
      </p>
      {(type === 'bnpo' || type === 'dapo') && <p className="mt-1 text-xs text-muted">{t.sameHere}</p>}

      <GroupTable
        rows={draft.rows}
        count={count}
        showFormat={false}
        columns={columns}
        invalidRows={invalid.rows}
        errorId={ids.error}
        keyboardOnFirst={false}
        onRow={(i, next) => edit(withRow(draft, i, next))}
        t={t}
      />
      <p className="mt-2 text-xs text-muted">{t.pushExplained}</p>

      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-sm" data-compare>
          <caption className="mb-1 text-left text-muted">{t.compareCaption}</caption>
          <thead>
            <tr className="border-b border-line text-xs">
              {t.compareColumns.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 text-right font-medium first:text-left">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LOSS_TYPES.map((lt) => {
              const v = view.byType[lt];
              return (
                <tr
                  key={lt}
                  className={`border-b border-line/60 ${lt === type ? 'font-semibold' : ''}`}
                  data-selected={lt === type ? '' : undefined}
                  data-loss={lt}
                >
                  <th
                    scope="row"
                    className={`px-2 py-1 text-left font-mono ${lt === type ? 'font-semibold' : 'font-normal'}`}
                  >
                    {lt === type ? `▸ ${t.lossNames[lt]}` : t.lossNames[lt]}
                  </th>
                  {[
                    fmtFraction(v.weights.denominators[0] ?? 1),
                    fmtFraction(v.weights.denominators[1] ?? 1),
                    fmt4(tokenWeightRatio(v.weights, 1, 0)),
                    fmtSigned(v.push.perSequence[0] ?? 0),
                    fmtSigned(v.push.perSequence[1] ?? 0),
                  ].map((cell, j) => (
                    <td key={j} className="px-2 py-1 text-right font-mono whitespace-nowrap tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <PushBars
        first={pushOf(0)}
        second={pushOf(1)}
        names={LOSS_TYPES.map((lt) => t.lossNames[lt])}
        title={t.pushTitle}
        summary={t.pushSummary(
          name,
          fmtSmall(chosen.push.perToken[0] ?? 0),
          fmtSmall(chosen.push.perToken[1] ?? 0),
        )}
        labels={{
          x: t.pushX,
          y: t.pushY,
          first: t.legendAnswer(1, right(0)),
          second: t.legendAnswer(2, right(1)),
        }}
        table={{
          caption: t.pushCaption,
          columns: [t.pushX, t.legendAnswer(1, right(0)), t.legendAnswer(2, right(1))],
          rows: LOSS_TYPES.map((lt, j) => [
            t.lossNames[lt],
            fmtSmall(pushOf(0)[j] ?? 0),
            fmtSmall(pushOf(1)[j] ?? 0),
          ]),
        }}
      />
    </DemoFrame>
  );
}
