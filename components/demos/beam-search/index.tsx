'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import type { EarlyStopping } from '@/lib/decoding';
import { formatFixed } from '@/lib/format';
import { Comparison } from './comparison';
import { EXAMPLES, runDemo, type ExampleKey } from './compute';
import { StepTable } from './step-table';
import { TEXT } from './text';

const BEAMS = [1, 2, 3, 4] as const;
const PENALTIES = [-1, -0.5, 0, 0.5, 1, 1.5, 2] as const;
const STOPPING: readonly [EarlyStopping, string][] = [
  [true, 'True'],
  [false, 'False'],
  ['never', '"never"'],
];
const KEYS = Object.keys(EXAMPLES) as ExampleKey[];
const alphaText = (a: number) => formatFixed(a, 1);
const button =
  'rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-60';

/**
 * Beam search on the toy models of lib/decoding, one step at a time: each step's top 2·num_beams
 * candidates with their fate, the finished pool, and greedy vs beam vs exhaustive at the end.
 */
export function BeamSearch() {
  const t = TEXT[useLocale()];
  const ids = { example: useId(), stopping: useId(), error: useId() };
  const [example, setExample] = useState<ExampleKey>('hf');
  // num_beams = 1 is greedy: one step to the right shows what a second beam finds.
  const [beamIndex, setBeamIndex] = useState(0);
  const [penaltyIndex, setPenaltyIndex] = useState(PENALTIES.indexOf(1));
  const [earlyStopping, setEarlyStopping] = useState<EarlyStopping>(false);
  // 'end' keeps showing the whole search when a setting makes it longer or shorter.
  const [step, setStep] = useState<number | 'end'>('end');
  const numBeams = BEAMS[beamIndex] ?? 1;
  const lengthPenalty = PENALTIES[penaltyIndex] ?? 1;

  const result = useMemo(
    () => runDemo({ example, numBeams, lengthPenalty, earlyStopping }),
    [example, numBeams, lengthPenalty, earlyStopping],
  );
  const total = result.steps.length;
  const stepNumbers = useMemo(() => Array.from({ length: total }, (_, i) => i + 1), [total]);
  const shown = step === 'end' ? total : Math.min(step, total);
  const goTo = (k: number) => setStep(k >= total ? 'end' : Math.max(1, k));
  const current = result.steps[shown - 1];
  const best = 'error' in result.exhaustive ? null : result.exhaustive;

  return (
    <DemoFrame id="beam-search" title={t.title} hint={t.hint}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <label htmlFor={ids.example} className="text-sm font-medium">
            {t.example}
          </label>
          <select
            id={ids.example}
            value={example}
            onChange={(e) => setExample(e.target.value as ExampleKey)}
            className="max-w-full rounded-md border border-line bg-surface px-2 py-1 text-sm"
          >
            {KEYS.map((key) => (
              <option key={key} value={key}>
                {t.examples[key]}
              </option>
            ))}
          </select>
        </div>
        <RangeField
          label={t.numBeams}
          steps={BEAMS}
          index={beamIndex}
          onIndexChange={setBeamIndex}
          format={String}
        />
        <RangeField
          label={t.lengthPenalty}
          steps={PENALTIES}
          index={penaltyIndex}
          onIndexChange={setPenaltyIndex}
          format={alphaText}
        />
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <legend className="float-left mr-3 text-sm font-medium">{t.earlyStopping}</legend>
          {STOPPING.map(([value, label]) => (
            <label key={label} className="flex items-center gap-1.5 font-mono text-sm">
              <input
                type="radio"
                name={ids.stopping}
                checked={earlyStopping === value}
                onChange={() => setEarlyStopping(value)}
                className="accent-accent"
              />
              {label}
            </label>
          ))}
        </fieldset>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-4 block rounded-md bg-surface-2 px-3 py-2 text-sm"
      >
        {t.readout(
          numBeams,
          result.beam?.text ?? t.none,
          result.beam ? formatFixed(result.beam.score, 2) : '—',
          result.greedy.text,
          best?.text ?? '—',
        )}
      </output>

      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button type="button" className={button} disabled={shown <= 1} onClick={() => goTo(shown - 1)}>
          ← {t.prev}
        </button>
        <button type="button" className={button} disabled={shown >= total} onClick={() => goTo(shown + 1)}>
          {t.next} →
        </button>
        <div className="min-w-64 flex-1">
          <RangeField
            label={t.step}
            steps={stepNumbers}
            index={shown - 1}
            onIndexChange={(i) => goTo(i + 1)}
            format={(k) => `${k} / ${total}`}
          />
        </div>
      </div>

      {/* Columns scroll sideways on a phone; focusable so the keyboard can scroll them too. */}
      <div
        role="region"
        aria-label={t.treeLabel}
        tabIndex={0}
        className="mt-3 flex items-start gap-5 overflow-x-auto pb-2"
      >
        {result.steps.slice(0, shown).map((s, i) => (
          <StepTable key={i} t={t} index={i} numBeams={numBeams} step={s} />
        ))}
      </div>

      {current && (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t.pool(shown)}</p>
          {current.finished.length === 0 ? (
            <p className="text-muted">{t.emptyPool}</p>
          ) : (
            <ol className="list-decimal pl-6">
              {current.finished.map((h) => (
                <li key={h.tokens.join()}>
                  {h.text}{' '}
                  <span className="font-mono text-muted">
                    · {t.score} {formatFixed(h.score, 3)}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p className="mt-1 text-muted">{current.stop ? t.stops[current.stop] : t.goesOn}</p>
        </div>
      )}

      <Comparison
        t={t}
        result={result}
        numBeams={numBeams}
        alpha={alphaText(lengthPenalty)}
        errorId={ids.error}
      />
    </DemoFrame>
  );
}
