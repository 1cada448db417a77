'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { formatScientific } from '@/lib/format';
import { EOS, runningProducts, trainBigramModel } from '@/lib/lm';

/** A tiny corpus over CS324's vocabulary (plus "cat" and "saw", so word order matters). */
const CORPUS = [
  ['the', 'mouse', 'ate', 'the', 'cheese'],
  ['the', 'mouse', 'ate', 'the', 'cheese'],
  ['the', 'mouse', 'ate', 'the', 'ball'],
  ['the', 'cat', 'ate', 'the', 'mouse'],
  ['the', 'cat', 'saw', 'the', 'mouse'],
] as const;

const END = '';
const SMOOTHING = [0, 0.01, 0.1, 0.5, 1, 2] as const;

const SENTENCES = {
  good: ['the', 'mouse', 'ate', 'the', 'cheese'],
  swapped: ['the', 'cheese', 'ate', 'the', 'mouse'],
  scrambled: ['mouse', 'the', 'the', 'cheese', 'ate'],
} as const;

const TEXT = {
  zh: {
    title: '链式法则：把条件概率乘起来',
    hint: '一个在 5 句话上训练的二元（bigram）模型：p(x₁…x_L) = Π p(xᵢ | xᵢ₋₁)，最后还要乘上“句子结束”的概率。',
    word: (i: number) => `第 ${i} 个词`,
    end: '（结束）',
    smoothing: '加 k 平滑的 k',
    presets: 'CS324 的三个句子',
    good: '语法、语义都对',
    swapped: '语法对、语义怪',
    scrambled: '语法错',
    factor: '因子',
    prob: '条件概率',
    running: '累积乘积',
    joint: '联合概率',
    logProb: '对数概率 ln p',
    perplexity: '困惑度',
    corpus: '训练语料（5 句）',
    caption: '链式法则的每一个因子',
    endToken: '〈结束〉',
    startToken: '〈开始〉',
  },
  en: {
    title: 'The chain rule: multiply the conditionals',
    hint: 'A bigram model trained on 5 sentences: p(x₁…x_L) = Π p(xᵢ | xᵢ₋₁), times the probability of ending the sentence.',
    word: (i: number) => `Word ${i}`,
    end: '(end)',
    smoothing: 'Add-k smoothing k',
    presets: "CS324's three sentences",
    good: 'grammatical and sensible',
    swapped: 'grammatical, odd meaning',
    scrambled: 'ungrammatical',
    factor: 'Factor',
    prob: 'Conditional probability',
    running: 'Running product',
    joint: 'Joint probability',
    logProb: 'Log probability ln p',
    perplexity: 'Perplexity',
    corpus: 'Training corpus (5 sentences)',
    caption: 'Every factor of the chain rule',
    endToken: '⟨end⟩',
    startToken: '⟨start⟩',
  },
};

export function ChainRule() {
  const t = TEXT[useLocale()];
  const baseId = useId();
  const [words, setWords] = useState<string[]>([...SENTENCES.good]);
  const [kIndex, setKIndex] = useState(SMOOTHING.indexOf(1));
  const smoothing = SMOOTHING[kIndex] ?? 1;

  const model = useMemo(() => trainBigramModel(CORPUS, { smoothing }), [smoothing]);
  const vocab = model.vocab.filter((w) => w !== EOS);
  // The sentence ends at the first empty slot.
  const firstEnd = words.indexOf(END);
  const tokens = firstEnd === -1 ? words : words.slice(0, firstEnd);
  const result = useMemo(
    () => (tokens.length > 0 ? model.sequenceProbability(tokens) : null),
    [model, tokens],
  );
  const perplexity = useMemo(() => (tokens.length > 0 ? model.perplexity(tokens) : null), [model, tokens]);

  const show = (token: string) => (token === EOS ? t.endToken : token === '<s>' ? t.startToken : token);
  const running = result ? runningProducts(result.factors.map((f) => f.prob)) : [];

  return (
    <DemoFrame id="chain-rule" title={t.title} hint={t.hint}>
      <div className="flex flex-wrap gap-2">
        {words.map((word, i) => (
          <div key={i} className="flex flex-col">
            <label htmlFor={`${baseId}-w${i}`} className="text-xs text-muted">
              {t.word(i + 1)}
            </label>
            <select
              id={`${baseId}-w${i}`}
              value={word}
              disabled={firstEnd !== -1 && i > firstEnd}
              onChange={(e) => setWords((ws) => ws.map((w, j) => (j === i ? e.target.value : w)))}
              className="mt-0.5 rounded-md border border-line bg-surface px-2 py-1 font-mono text-sm disabled:opacity-50"
            >
              {vocab.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
              {i > 0 && <option value={END}>{t.end}</option>}
            </select>
          </div>
        ))}
      </div>
      <PresetButtons
        label={t.presets}
        keys={['good', 'swapped', 'scrambled'] as const}
        names={t}
        onPick={(key) => setWords([...SENTENCES[key]])}
      />
      <div className="mt-3">
        <RangeField
          label={t.smoothing}
          steps={SMOOTHING}
          index={kIndex}
          onIndexChange={setKIndex}
          format={String}
        />
      </div>

      {result && (
        <>
          <output
            data-readout
            aria-live="polite"
            className="mt-4 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
          >
            p({tokens.join(' ')}) = {formatScientific(result.joint, 3)} · ln p ={' '}
            {formatScientific(result.logProb, 3)}
            {perplexity !== null && ` · PPL = ${formatScientific(perplexity, 3)}`}
          </output>
          <table className="mt-3 w-full text-sm">
            <caption className="mb-1 text-left text-muted">{t.caption}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t.factor}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {t.prob}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t.running}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.factors.map((f, i) => {
                return (
                  <tr key={i} className="border-b border-line/60">
                    <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                      p({show(f.token)} | {show(f.context)})
                    </th>
                    <td className="py-1 pr-3 text-right font-mono tabular-nums">
                      {formatScientific(f.prob, 3)}
                    </td>
                    <td className="py-1 text-right font-mono tabular-nums">
                      {formatScientific(running[i] ?? 0, 3)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-muted">{t.corpus}</summary>
        <ol className="mt-1 list-decimal pl-6 font-mono">
          {CORPUS.map((s, i) => (
            <li key={i}>{s.join(' ')}</li>
          ))}
        </ol>
      </details>
    </DemoFrame>
  );
}
