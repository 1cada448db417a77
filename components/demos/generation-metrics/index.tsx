'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatFixed } from '@/lib/format';
import type { BleuSmoothMethod, BleuTokenizer } from '@/lib/metrics';
import { BleuPanel } from './bleu-panel';
import { checkInput, computeMetrics, type MetricResults } from './compute';
import { RougePanel } from './rouge-panel';
import { SquadPanel } from './squad-panel';
import { PRESETS, TEXT, type DemoText, type PresetKey } from './text';

const PRESET_KEYS: readonly PresetKey[] = ['mt', 'qa', 'zhExample'];

const boxClass =
  'mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600';

function errorMessage(t: DemoText, check: ReturnType<typeof checkInput>): string | null {
  if (check.ok) return null;
  const problem =
    check.error === 'tooLong'
      ? t.tooLong(check.length)
      : check.error === 'tooManyRefs'
        ? t.tooManyRefs(check.count)
        : t[check.error];
  return `${problem} ${t.keep}`;
}

/**
 * BLEU, ROUGE and SQuAD EM/F1 of a typed candidate against typed references, all computed live by
 * `lib/metrics`, with the tokens each metric sees and what it matched.
 */
export function GenerationMetrics() {
  const t = TEXT[useLocale()];
  const ids = { hyp: useId(), refs: useId(), segment: useId(), error: useId() };
  const [hypothesis, setHypothesis] = useState<string>(PRESETS.mt.hypothesis);
  const [referencesText, setReferencesText] = useState<string>(PRESETS.mt.references);
  const [smoothing, setSmoothing] = useState<BleuSmoothMethod>('exp');
  const [tokenize, setTokenize] = useState<BleuTokenizer>('13a');
  const [segment, setSegment] = useState(false);

  const check = useMemo(() => checkInput(hypothesis, referencesText), [hypothesis, referencesText]);
  // On bad input the last valid texts stay in use (recomputed with the current options).
  const [lastGood, setLastGood] = useState({
    hypothesis: PRESETS.mt.hypothesis as string,
    references: PRESETS.mt.references as string,
  });
  const goodRefs = check.ok ? check.references.join('\n') : lastGood.references;
  const goodHyp = check.ok ? check.hypothesis : lastGood.hypothesis;
  if (goodHyp !== lastGood.hypothesis || goodRefs !== lastGood.references) {
    setLastGood({ hypothesis: goodHyp, references: goodRefs });
  }

  const computed = useMemo<{ ok: true; results: MetricResults } | { ok: false; error: string }>(() => {
    try {
      return {
        ok: true,
        results: computeMetrics(goodHyp, goodRefs.split('\n'), { smoothing, tokenize, segment }),
      };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [goodHyp, goodRefs, smoothing, tokenize, segment]);

  const message = errorMessage(t, check) ?? (computed.ok ? null : t.invalid + computed.error);
  const results = computed.ok ? computed.results : null;
  const summary = results
    ? `BLEU ${formatFixed(results.bleu.score, 1)} · ROUGE-L F ${formatFixed(results.rougeL.fmeasure, 2)} · EM ${formatFixed(results.squad.exact, 0)} · F1 ${formatFixed(results.squad.details.f1, 2)}`
    : '—';

  return (
    <DemoFrame id="generation-metrics" title={t.title}>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.hyp} className="block text-sm font-medium">
            {t.hypothesis}
          </label>
          <textarea
            id={ids.hyp}
            value={hypothesis}
            rows={2}
            spellCheck={false}
            onChange={(e) => setHypothesis(e.target.value)}
            aria-invalid={!check.ok && check.field === 'hypothesis'}
            aria-describedby={ids.error}
            className={boxClass}
          />
        </div>
        <div>
          <label htmlFor={ids.refs} className="block text-sm font-medium">
            {t.references}
          </label>
          <textarea
            id={ids.refs}
            value={referencesText}
            rows={2}
            spellCheck={false}
            onChange={(e) => setReferencesText(e.target.value)}
            aria-invalid={!check.ok && check.field === 'references'}
            aria-describedby={ids.error}
            className={boxClass}
          />
        </div>
      </div>
      <InputError id={ids.error} message={message} />

      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t}
        onPick={(key) => {
          setHypothesis(PRESETS[key].hypothesis);
          setReferencesText(PRESETS[key].references);
        }}
        className="mt-1"
      />
      <div className="mt-2 flex items-start gap-2 text-sm">
        <input
          id={ids.segment}
          type="checkbox"
          checked={segment}
          onChange={(e) => setSegment(e.target.checked)}
          className="mt-1 accent-accent"
        />
        <label htmlFor={ids.segment}>{t.segment}</label>
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {summary}
      </output>
      {results?.cjk && (
        <p className="mt-2 rounded-md border-l-4 border-pitfall bg-pitfall-soft px-3 py-2 text-sm">
          {segment ? t.cjkSegmented : t.cjkNote}
        </p>
      )}

      {results && (
        <div className="mt-4 grid gap-3 md:grid-cols-3">
          <BleuPanel
            t={t}
            results={results}
            smoothing={smoothing}
            onSmoothing={setSmoothing}
            tokenize={tokenize}
            onTokenize={setTokenize}
          />
          <RougePanel t={t} results={results} />
          <SquadPanel t={t} results={results} />
        </div>
      )}
    </DemoFrame>
  );
}
