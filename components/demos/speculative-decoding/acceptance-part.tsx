'use client';

import { useId, useMemo, useState } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { normalizeProbs } from '@/lib/decoding/normalize';
import { speculativeAcceptance } from '@/lib/decoding/speculative';
import { simulateSpeculative } from '@/lib/decoding/speculative-sim';
import type { RejectRule } from '@/lib/decoding';
import { formatFixed, parseLabelList, parseNumberList } from '@/lib/format';
import { SimControls, button } from './sim-controls';
import type { DemoText } from './text';

const TOKENS = ['cheese', 'bread', 'apple', 'ball', 'homework'];
const P = [0.45, 0.25, 0.15, 0.1, 0.05];
const DRAFTS = {
  close: [0.4, 0.3, 0.1, 0.15, 0.05],
  confident: [0.8, 0.05, 0.05, 0.05, 0.05],
};
/** Bar colours of p, q and the simulated output, and legend swatches in the same colours. */
const BARS = ['bg-accent', 'bg-pitfall', 'bg-fg-2'];
const SWATCHES = ['before:bg-accent', 'before:bg-pitfall', 'before:bg-fg-2'];
const join = (xs: readonly (string | number)[]) => xs.join(', ');
const field =
  'mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600';

interface Position {
  tokens: string[];
  p: number[];
  q: number[];
}

function parsePosition(t: DemoText, texts: readonly string[]): Position | string {
  const [tokens, p, q] = [
    parseLabelList(texts[0] ?? ''),
    parseNumberList(texts[1] ?? ''),
    parseNumberList(texts[2] ?? ''),
  ];
  if (!p.ok) return t.notNumber(p.bad);
  if (!q.ok) return t.notNumber(q.bad);
  const n = tokens.length;
  if (n !== p.values.length || n !== q.values.length || n < 2 || n > 8) return t.countMismatch;
  try {
    const position = { tokens, p: normalizeProbs(p.values), q: normalizeProbs(q.values) };
    speculativeAcceptance(position.p, position.q); // reports what the table would reject
    return position;
  } catch (error) {
    return t.invalid + (error instanceof Error ? error.message : String(error));
  }
}

/** Part 1: p and q at one position, per-token acceptance and residual, α, and a seeded simulation. */
export function AcceptancePart({ t, onUseAlpha }: { t: DemoText; onUseAlpha: (alpha: number) => void }) {
  const errorId = useId();
  const [texts, setTexts] = useState([join(TOKENS), join(P), join(DRAFTS.close)]);
  const [run, setRun] = useState<{ seed: number; n: number } | null>(null);
  const [rule, setRule] = useState<RejectRule>('residual');

  const parsed = useMemo(() => parsePosition(t, texts), [t, texts]);
  // On bad input the last valid position stays on screen.
  const [lastGood, setLastGood] = useState<Position>(() => ({
    tokens: TOKENS,
    p: normalizeProbs(P),
    q: normalizeProbs(DRAFTS.close),
  }));
  if (typeof parsed !== 'string' && JSON.stringify(parsed) !== JSON.stringify(lastGood)) setLastGood(parsed);
  const shown = typeof parsed === 'string' ? lastGood : parsed;
  const error = typeof parsed === 'string' ? parsed : null;

  const acc = useMemo(() => speculativeAcceptance(shown.p, shown.q), [shown]);
  const sim = useMemo(() => {
    try {
      return run ? simulateSpeculative(shown.p, shown.q, { ...run, rule, keep: 5 }) : null;
    } catch {
      return null; // the seed and the distributions are validated before; never break the page
    }
  }, [run, shown, rule]);
  const name = (i: number) => shown.tokens[i] ?? '';
  const f3 = (v: number | undefined) => formatFixed(v ?? 0, 3);

  return (
    <div>
      <h4 className="font-semibold">{t.part1}</h4>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        {[t.tokens, t.p, t.q].map((label, k) => (
          <label key={k} className="block text-sm font-medium">
            {label}
            <input
              value={texts[k]}
              onChange={(e) => setTexts((old) => old.map((s, j) => (j === k ? e.target.value : s)))}
              aria-invalid={error !== null}
              aria-describedby={errorId}
              className={field}
            />
          </label>
        ))}
      </div>
      <InputError id={errorId} message={error} />
      <PresetButtons
        label={t.presets}
        keys={['close', 'confident'] as const}
        names={t}
        onPick={(key) => setTexts([join(TOKENS), join(P), join(DRAFTS[key])])}
        className="mt-1"
      />

      <table className="mt-4 w-full text-xs sm:text-sm">
        <caption className="mb-2 text-left text-muted">{t.caption}</caption>
        <thead>
          <tr className="border-b border-line text-left [&>th]:py-1 [&>th]:pr-1.5 [&>th]:font-medium">
            <th scope="col">{t.token}</th>
            <th scope="col">p</th>
            <th scope="col">q</th>
            {sim && <th scope="col">{t.freq}</th>}
            <th scope="col" className="hidden w-1/4 sm:table-cell">
              <span className="sr-only">p, q</span>
            </th>
            <th scope="col">{t.accept}</th>
            <th scope="col">{t.residual}</th>
          </tr>
        </thead>
        <tbody className="font-mono tabular-nums">
          {shown.tokens.map((token, i) => (
            <tr key={`${token}-${i}`} className="border-b border-line/60 [&>td]:py-1 [&>td]:pr-1.5">
              <th scope="row" className="py-1 pr-1.5 text-left font-sans font-medium">
                {token}
              </th>
              <td>{f3(shown.p[i])}</td>
              <td>{f3(shown.q[i])}</td>
              {sim && <td>{f3(sim.frequencies[i])}</td>}
              <td aria-hidden="true" className="hidden sm:table-cell">
                {[shown.p, shown.q, ...(sim ? [sim.frequencies] : [])].map((dist, k) => (
                  <div
                    key={k}
                    className={`mt-0.5 h-2 rounded-sm ${BARS[k]}`}
                    style={{ width: `${(dist[i] ?? 0) * 100}%` }}
                  />
                ))}
              </td>
              <td>{f3(acc.acceptProb[i])}</td>
              <td>{f3(acc.residual[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 flex gap-3 text-xs text-muted" aria-hidden="true">
        {(sim ? SWATCHES : SWATCHES.slice(0, 2)).map((c, k) => (
          <span key={c} className={`before:mr-1 before:inline-block before:h-2 before:w-3 ${c}`}>
            {['p', 'q', t.freq][k]}
          </span>
        ))}
      </p>
      <p className="mt-2 text-sm">
        <strong className="font-mono">α = Σ min(p, q) = {f3(acc.expectedAcceptance)}</strong>{' '}
        <button type="button" onClick={() => onUseAlpha(acc.expectedAcceptance)} className={button}>
          {t.useAlpha}
        </button>
      </p>

      <SimControls t={t} rule={rule} onRule={setRule} onRun={setRun} />
      {sim && (
        <div className="text-sm">
          <p>
            {t.simSummary(formatFixed(sim.distanceToTarget, 4), f3(sim.acceptanceRate))}{' '}
            <strong>{rule === 'residual' ? t.lossless : t.lossy}</strong>
          </p>
          <ol className="mt-1 list-decimal pl-6">
            {sim.trials.map((trial, i) => (
              <li key={i}>
                {t.trial(name(trial.draft), f3(trial.u), f3(acc.acceptProb[trial.draft]), trial.accepted)}
                {!trial.accepted && t.resampled(name(trial.token))}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
