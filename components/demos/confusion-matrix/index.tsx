'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { fBeta, predictAtThreshold, specificity, thresholdSweep, type ThresholdPoint } from '@/lib/metrics';
import { DatasetSelect } from '../shared/dataset-select';
import { fmt2, formatThreshold, useScoredExamples } from '../shared/use-scored-examples';
import { ExamplesTable } from './examples-table';
import { MatrixTable } from './matrix-table';
import { MetricList } from './metric-list';
import { NumberLine } from './number-line';
import { TEXT } from './text';

const BETAS = ['0.5', '1', '2'] as const;

/**
 * Scored examples on a line, a threshold slider, and the confusion matrix and metrics it gives —
 * every number from `lib/metrics` (scikit-learn semantics, zero_division = 0).
 */
export function ConfusionMatrix() {
  const locale = useLocale();
  const t = TEXT[locale];
  const betaId = useId();
  const { key, choose, data, grid, index, setIndex, threshold } = useScoredExamples();
  const [beta, setBeta] = useState<(typeof BETAS)[number]>('2');

  const { point, values, predicted } = useMemo(() => {
    // One threshold in, one point out.
    const [p] = thresholdSweep(data.labels, data.scores, [threshold]) as [ThresholdPoint];
    return {
      point: p,
      predicted: predictAtThreshold(data.scores, threshold),
      values: {
        precision: p.precision,
        recall: p.recall,
        f1: p.f1,
        fBeta: fBeta(p.counts, Number(beta)),
        accuracy: p.accuracy,
        specificity: specificity(p.counts),
      },
    };
  }, [data, threshold, beta]);

  const { tp, fp, tn, fn } = point.counts;
  const tText = formatThreshold(threshold);
  const nothingPositive = tp === 0 && fp === 0;

  return (
    <DemoFrame id="confusion-matrix" title={t.title} hint={t.hint}>
      <RangeField
        label={t.threshold}
        steps={grid}
        index={index}
        onIndexChange={setIndex}
        format={(x) => (x === Infinity ? t.above : formatThreshold(x))}
      />
      <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
        <DatasetSelect label={t.dataset} locale={locale} value={key} onChange={choose} />
        <button
          type="button"
          onClick={() => setIndex(grid.length - 1)}
          className="rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
        >
          {t.allNegativeButton}
        </button>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={betaId} className="font-medium">
            {t.beta}
          </label>
          <select
            id={betaId}
            value={beta}
            onChange={(e) => setBeta(e.target.value as (typeof BETAS)[number])}
            className="rounded-md border border-line bg-surface px-2 py-1"
          >
            {BETAS.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </div>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.readout(
          tText,
          fmt2(values.precision),
          fmt2(values.recall),
          fmt2(values.f1),
          fmt2(values.accuracy),
        )}
      </output>

      <div className="mt-4">
        <NumberLine
          labels={data.labels}
          scores={data.scores}
          threshold={threshold}
          counts={point.counts}
          text={{
            title: t.lineTitle,
            label: (pos, neg) =>
              t.line(data.labels.length, pos, neg, tText, `TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn}`),
            pos: t.pos,
            neg: t.neg,
            axis: t.axis,
            t: tText,
          }}
        />
      </div>
      {nothingPositive && (
        <p className="mt-2 rounded-md border-l-4 border-pitfall bg-pitfall-soft px-3 py-2 text-sm">
          {t.allNegative(fmt2(values.accuracy))}
        </p>
      )}

      <div className="mt-4 grid gap-5 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <MatrixTable counts={point.counts} t={t} caption={t.caption(tText)} />
        <section aria-label={t.metrics}>
          <MetricList counts={point.counts} values={values} beta={beta} n={data.labels.length} t={t} />
        </section>
      </div>

      <ExamplesTable
        labels={data.labels}
        scores={data.scores}
        predicted={predicted}
        caption={t.dataCaption(tText)}
        t={t}
      />
    </DemoFrame>
  );
}
