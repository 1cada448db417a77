'use client';

import { useId, useMemo, useState } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed, formatScientific } from '@/lib/format';
import { compareAbstention, expectedAnswerScore } from '@/lib/frontiers';
import { HistogramChart } from './chart';
import {
  BIN_CONFIDENCES,
  binInMessage,
  encodeState,
  PRESET_KEYS,
  PRESETS,
  readCounts,
  THRESHOLDS,
  type Draft,
} from './histogram';
import { TEXT, type AbstentionText, type Winner } from './text';

const f3 = (v: number) => formatFixed(v, 3);
const share = (v: number) => `${formatFixed(v * 100, 1)}%`;
const tText = (t: number) => String(t);
/** Score differences below this are rounding, not a winner. */
const EPS = 1e-9;
const winner = (guess: number, above: number): Winner =>
  guess - above > EPS ? 'guess' : above - guess > EPS ? 'above' : 'tie';

type Reading = { ok: true; counts: number[] } | { ok: false; message: string; bin: number | null };

function read(t: AbstentionText, draft: Draft, threshold: number): Reading {
  const typed = readCounts(draft.counts);
  if (!typed.ok) {
    const c = BIN_CONFIDENCES[typed.bin] ?? 0;
    return { ok: false, message: t.fieldError(t.bin(String(c)), typed.error), bin: typed.bin };
  }
  try {
    compareAbstention({ confidences: BIN_CONFIDENCES, counts: typed.counts }, threshold);
    return { ok: true, counts: typed.counts };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, message: t.libError(message), bin: binInMessage(message) };
  }
}

/**
 * The abstention-scoring lab: ten confidence bins of questions and a target t go through
 * `compareAbstention`; the readout compares "answer all" with "answer iff c > t" under accuracy-only
 * and penalised grading. Bad counts show a message and keep the last valid histogram; once the
 * learner changes something the address carries the state.
 */
export function AbstentionLab({ initial }: { initial: Draft }) {
  const t = TEXT[useLocale()];
  const ids = { error: useId() };
  const [draft, setDraft] = useState<Draft>(initial);
  const [changed, setChanged] = useState(false);
  const threshold = THRESHOLDS[draft.tIndex] ?? 0.5;
  const reading = useMemo(() => read(t, draft, threshold), [t, draft, threshold]);
  // On bad input the last valid counts stay on screen (the mixed preset's if a link starts bad).
  const [good, setGood] = useState<readonly number[]>(() => (reading.ok ? reading.counts : PRESETS.mixed));
  if (reading.ok && reading.counts.join() !== good.join()) setGood(reading.counts);
  const counts = reading.ok ? reading.counts : good;

  const view = useMemo(() => {
    const r = compareAbstention({ confidences: BIN_CONFIDENCES, counts }, threshold);
    const perBin = BIN_CONFIDENCES.map((c) => ({
      c,
      accuracy: expectedAnswerScore(c, 0),
      penalized: expectedAnswerScore(c, threshold),
      answer: c > threshold,
    }));
    return { r, perBin };
  }, [counts, threshold]);
  const { r, perBin } = view;
  const tx = tText(threshold);
  const penalty = formatScientific(r.penalty, 3);
  const above = r.answerAboveThreshold;
  const answeredCount = perBin.reduce((sum, b, i) => (b.answer ? sum + (counts[i] ?? 0) : sum), 0);

  useWriteQuery(encodeState(draft), changed && reading.ok);

  const edit = (next: Draft) => {
    setDraft(next);
    setChanged(true);
  };
  const policyRow = (name: string, p: typeof above) => [
    name,
    share(p.answered),
    share(p.wrong),
    f3(p.accuracyScore),
    f3(p.penalizedScore),
  ];

  return (
    <DemoFrame id="abstention-scoring" title={t.title} hint={t.hint}>
      <RangeField
        label={t.threshold}
        steps={THRESHOLDS}
        index={draft.tIndex}
        onIndexChange={(i) => edit({ ...draft, tIndex: i })}
        format={tText}
      />
      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(
          tx,
          penalty,
          f3(r.guessAll.accuracyScore),
          f3(above.accuracyScore),
          f3(r.guessAll.penalizedScore),
          f3(above.penalizedScore),
        )}
      </output>
      <p className="mt-2 text-sm" data-verdict="accuracy">
        {t.verdictAccuracy(winner(r.guessAll.accuracyScore, above.accuracyScore))}
      </p>
      <p className="mt-1 text-sm" data-verdict="penalty">
        {t.verdictPenalty(winner(r.guessAll.penalizedScore, above.penalizedScore), tx)}
      </p>
      {threshold === 0.75 && <p className="mt-1 text-sm text-muted">{t.typo}</p>}

      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm" data-policies>
          <caption className="mb-1 text-left text-muted">{t.tableCaption(tx)}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 text-right font-medium first:text-left">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[policyRow(t.policies.guess, r.guessAll), policyRow(t.policies.above(tx), above)].map(
              ([head, ...cells]) => (
                <tr key={head} className="border-b border-line/60">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {head}
                  </th>
                  {cells.map((cell, j) => (
                    <td key={j} className="py-1 pr-3 text-right font-mono tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>

      <HistogramChart
        confidences={BIN_CONFIDENCES}
        counts={counts}
        threshold={threshold}
        summary={t.chartSummary(r.questions, answeredCount, tx)}
        t={t}
        table={{
          summary: t.binTable,
          caption: t.binCaption(tx, penalty),
          columns: t.binColumns,
          rows: perBin.map((b, i) => [
            String(b.c),
            counts[i] ?? 0,
            t.decision(b.answer),
            f3(b.accuracy),
            f3(b.penalized),
          ]),
        }}
      />

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">{t.counts}</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-5">
          {draft.counts.map((text, i) => (
            <NumberInput
              key={i}
              label={t.bin(String(BIN_CONFIDENCES[i]))}
              value={text}
              invalid={!reading.ok && (reading.bin === i || reading.bin === null)}
              describedBy={ids.error}
              onChange={(next) =>
                edit({ ...draft, counts: draft.counts.map((c, j) => (j === i ? next : c)) })
              }
            />
          ))}
        </div>
      </fieldset>
      <InputError id={ids.error} message={reading.ok ? null : `${reading.message} ${t.kept}`} />
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={(key) => edit({ ...draft, counts: PRESETS[key].map(String) })}
        className="mt-1"
      />
    </DemoFrame>
  );
}
