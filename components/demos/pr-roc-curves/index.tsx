'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import {
  averagePrecision,
  falsePositiveRate,
  precisionRecallCurve,
  rocAuc,
  rocCurve,
  thresholdSweep,
  tiedScoreBlocks,
} from '@/lib/metrics';
import { DatasetSelect } from '../shared/dataset-select';
import { fmt2, formatThreshold, useScoredExamples } from '../shared/use-scored-examples';
import { PointsTable, type CurvePoint } from './points-table';
import { PrChart } from './pr-chart';
import { RocChart } from './roc-chart';
import { TEXT } from './text';

/**
 * The PR and ROC curves of one set of scored examples, with the current threshold marked on both,
 * AP and AUC shaded, and tied-score blocks explained — every number from `lib/metrics`.
 */
export function PrRocCurves() {
  const locale = useLocale();
  const t = TEXT[locale];
  const dropId = useId();
  const { key, choose, data, grid, index, setIndex, threshold } = useScoredExamples();
  const [drop, setDrop] = useState(true);

  const curves = useMemo(() => {
    const { labels, scores } = data;
    return {
      pr: precisionRecallCurve(labels, scores),
      ap: averagePrecision(labels, scores),
      auc: rocAuc(labels, scores),
      // every distinct score ascending, then ∞ (nothing predicted positive)
      sweep: thresholdSweep(labels, scores).map((p): CurvePoint => ({
        ...p,
        fpr: falsePositiveRate(p.counts),
      })),
      mixed: tiedScoreBlocks(labels, scores).filter((b) => b.positives > 0 && b.negatives > 0),
    };
  }, [data]);
  const roc = useMemo(() => rocCurve(data.labels, data.scores, { dropIntermediate: drop }), [data, drop]);

  // A threshold between two scores predicts what the score above it predicts.
  const sweep = curves.sweep;
  const current = sweep.find((p) => p.threshold >= threshold) ?? (sweep[sweep.length - 1] as CurvePoint);
  const { tp, fp, tn, fn } = current.counts;
  const nothing = tp === 0 && fp === 0;
  // The PR curve's first point is the lowest threshold, everything positive: precision = π.
  const pi = curves.pr.precision[0] ?? 0;
  const f2 = { auc: fmt2(curves.auc), ap: fmt2(curves.ap), pi: fmt2(pi) };
  const at = {
    t: formatThreshold(threshold),
    r: fmt2(current.recall),
    p: fmt2(current.precision),
    f: fmt2(current.fpr),
  };
  const block = curves.mixed.find((b) => b.score === current.threshold) ?? curves.mixed[0];

  return (
    <DemoFrame id="pr-roc-curves" title={t.title} hint={t.hint}>
      <RangeField
        label={t.threshold}
        steps={grid}
        index={index}
        onIndexChange={setIndex}
        format={(x) => (x === Infinity ? t.above : formatThreshold(x))}
      />
      <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
        <DatasetSelect label={t.dataset} locale={locale} value={key} onChange={choose} />
        <div className="flex items-center gap-2 text-sm">
          <input
            id={dropId}
            type="checkbox"
            checked={drop}
            onChange={(e) => setDrop(e.target.checked)}
            className="accent-accent"
          />
          <label htmlFor={dropId}>{t.drop}</label>
        </div>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(f2.auc, f2.ap, at.t, at.r, at.f, at.p)}
      </output>
      <p className="mt-1 font-mono text-xs text-muted">
        TP {tp} · FP {fp} · TN {tn} · FN {fn}
      </p>

      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <figure>
          <figcaption className="text-sm font-medium">{t.pr(f2.ap)}</figcaption>
          <PrChart
            curve={curves.pr}
            // Nothing predicted: the mark sits on sklearn's end point (recall 0, precision 1).
            marker={nothing ? { x: 0, y: 1 } : { x: current.recall, y: current.precision }}
            baseline={{ value: pi, label: t.baseline(f2.pi) }}
            text={{
              title: t.pr(f2.ap),
              label: t.prLabel(curves.pr.thresholds.length, f2.ap, f2.pi, at.t, at.r, at.p),
              x: t.recall,
              y: t.precision,
            }}
          />
        </figure>
        <figure>
          <figcaption className="text-sm font-medium">{t.roc(f2.auc)}</figcaption>
          <RocChart
            curve={roc}
            marker={{ x: current.fpr, y: current.recall }}
            text={{
              title: t.roc(f2.auc),
              label: t.rocLabel(roc.fpr.length, f2.auc, at.t, at.f, at.r, curves.mixed.length),
              x: t.fpr,
              y: t.tpr,
            }}
          />
        </figure>
      </div>

      {block && (
        <p className="mt-2 rounded-md border-l-4 border-(--underline) px-3 py-2 text-sm" data-ties>
          {t.ties(curves.mixed.length, formatThreshold(block.score), block.positives, block.negatives)}
        </p>
      )}
      {nothing && (
        <p className="mt-2 rounded-md border-l-4 border-pitfall bg-pitfall-soft px-3 py-2 text-sm">
          {t.nothing}
        </p>
      )}

      <PointsTable rows={sweep} current={current} t={t} />
    </DemoFrame>
  );
}
