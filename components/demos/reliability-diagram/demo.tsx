'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { brierScore, expectedCalibrationError } from '@/lib/metrics';
import { ReliabilityChart } from './chart';
import { formatPairs, parsePairs, PRESET_KEYS, presetPairs, type Pairs, type PresetKey } from './pairs';
import { TEXT } from './text';

/** Bin counts the slider visits: 5 … 20 (Guo et al. use 15, the contract's default is 10). */
const BINS = Array.from({ length: 16 }, (_, i) => i + 5);
const f3 = (v: number) => formatFixed(v, 3);

/**
 * A reliability diagram of (confidence, correct) pairs: accuracy per equal-width confidence bin
 * against the diagonal, with ECE and the Brier score — every number from `lib/metrics`. The reader
 * picks the bin count, a preset, or types the pairs; bad input keeps the last valid diagram.
 */
export function ReliabilityDiagramDemo({ preset, bins }: { preset: PresetKey; bins: number }) {
  const t = TEXT[useLocale()];
  const ids = { pairs: useId(), error: useId(), count: useId() };
  const [binIndex, setBinIndex] = useState(Math.max(0, BINS.indexOf(bins)));
  const [text, setText] = useState(() => formatPairs(presetPairs(preset)));
  const m = BINS[binIndex] ?? 10;

  const parsed = useMemo(() => parsePairs(text), [text]);
  // On bad input the last valid pairs stay on screen (re-binned if M changes meanwhile).
  const [good, setGood] = useState<{ text: string; pairs: Pairs }>(() => ({
    text,
    pairs: presetPairs(preset),
  }));
  if (parsed.ok && text !== good.text) setGood({ text, pairs: parsed.pairs });
  const pairs = parsed.ok ? parsed.pairs : good.pairs;

  const view = useMemo(() => {
    const { ece, bins: rows } = expectedCalibrationError(pairs.confidences, pairs.correct, { bins: m });
    const brier = brierScore(
      pairs.confidences,
      pairs.correct.map((c) => (c ? 1 : 0)),
    );
    const n = pairs.confidences.length;
    // Each non-empty bin adds (|B|/n)·|acc − conf| to the ECE.
    const rowsWithPart = rows.map((b) => ({
      ...b,
      gap: b.accuracy === null || b.confidence === null ? null : Math.abs(b.accuracy - b.confidence),
    }));
    const part = (b: (typeof rowsWithPart)[number]) => (b.gap === null ? null : (b.count / n) * b.gap);
    const filled = rowsWithPart.filter((b) => b.gap !== null);
    const worst = filled.reduce<(typeof filled)[number] | undefined>(
      (best, b) => (best === undefined || (part(b) ?? 0) > (part(best) ?? 0) ? b : best),
      undefined,
    );
    const over = filled.filter((b) => (b.accuracy ?? 0) < (b.confidence ?? 0)).length;
    const under = filled.filter((b) => (b.accuracy ?? 0) > (b.confidence ?? 0)).length;
    return { ece, brier, n, rows: rowsWithPart, part, worst, over, under, filled: filled.length };
  }, [pairs, m]);

  const { ece, brier, n, rows, part, worst, over, under } = view;
  // Bin edges i/M to three decimals at most: 0.1 at M = 10, 0.067 at M = 15.
  const edge = (v: number) => String(Number(v.toFixed(3)));
  const range = (b: { lower: number; upper: number }) => `(${edge(b.lower)}, ${edge(b.upper)}]`;
  const dash = (v: number | null) => (v === null ? '—' : f3(v));

  return (
    <DemoFrame id="reliability-diagram" title={t.title} hint={t.hint}>
      <RangeField label={t.bins} steps={BINS} index={binIndex} onIndexChange={setBinIndex} format={String} />

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(f3(ece), f3(brier), m, n)}
      </output>
      <p className="mt-2 text-sm">
        {worst &&
          `${t.worst(range(worst), worst.count, dash(worst.confidence), dash(worst.accuracy), dash(part(worst)))} `}
        {t.direction(over, under)}
      </p>
      <p className="mt-1 text-sm text-muted">{t.binsNote}</p>

      <ReliabilityChart
        bins={rows}
        summary={t.chartLabel(m, n, f3(ece), view.filled, over)}
        t={t}
        table={{
          summary: t.table,
          caption: t.caption(m),
          columns: t.columns,
          rows: rows.map((b) => [
            range(b),
            b.count,
            dash(b.confidence),
            dash(b.accuracy),
            dash(b.gap),
            dash(part(b)),
          ]),
        }}
      />

      <div className="mt-4">
        <label htmlFor={ids.pairs} className="block text-sm font-medium">
          {t.pairs}
        </label>
        <textarea
          id={ids.pairs}
          value={text}
          rows={5}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!parsed.ok}
          aria-describedby={`${ids.error} ${ids.count}`}
          className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
        />
        <p id={ids.count} className="text-xs text-muted">
          {t.pairsCount(pairs.confidences.length)}
        </p>
        <InputError id={ids.error} message={parsed.ok ? null : t.error(parsed.error)} />
      </div>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t}
        onPick={(key) => setText(formatPairs(presetPairs(key)))}
        className="mt-1"
      />
    </DemoFrame>
  );
}
