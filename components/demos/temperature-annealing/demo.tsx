'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { annealProbs } from '@/lib/decoding/anneal';
import { formatFixed, parseLabelList, parseNumberList } from '@/lib/format';

/** Temperatures the slider visits: exact values for CS324's table, both limits included. */
const TEMPERATURES = [0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10, 100, Infinity] as const;
const T_ONE = TEMPERATURES.indexOf(1);

const TEXT = {
  zh: {
    title: '温度退火：p^(1/T) 再归一化',
    hint: '拖动滑块或用方向键改变 T；T = 0 取最大值，T → ∞ 变成均匀分布。也可以改下面的词元和概率。',
    temperature: '温度 T',
    tokens: '词元（逗号分隔）',
    probs: '原始概率 p（逗号分隔，会自动归一化）',
    presets: '预设',
    cs324: 'CS324：cheese / mouse',
    five: '五个候选词',
    caption: (t: string) => `T = ${t} 时的退火分布`,
    token: '词元',
    original: '原始 p',
    annealed: '退火后 p_T',
    summary: (t: string, parts: string) => `T = ${t}：${parts}`,
    notNumber: (bad: string) => `“${bad}” 不是数字。`,
    countMismatch: (a: number, b: number) => `有 ${a} 个词元，却有 ${b} 个概率：数量要一致。`,
    tooMany: '最多 12 个词元。',
    invalid: '输入无效：',
  },
  en: {
    title: 'Temperature annealing: p^(1/T), renormalised',
    hint: 'Drag the slider or use the arrow keys to change T; T = 0 is the argmax, T → ∞ is uniform. You can also edit the tokens and probabilities below.',
    temperature: 'Temperature T',
    tokens: 'Tokens (comma-separated)',
    probs: 'Original probabilities p (comma-separated, normalised for you)',
    presets: 'Presets',
    cs324: 'CS324: cheese / mouse',
    five: 'Five candidate words',
    caption: (t: string) => `Annealed distribution at T = ${t}`,
    token: 'Token',
    original: 'Original p',
    annealed: 'Annealed p_T',
    summary: (t: string, parts: string) => `T = ${t}: ${parts}`,
    notNumber: (bad: string) => `“${bad}” is not a number.`,
    countMismatch: (a: number, b: number) => `${a} tokens but ${b} probabilities: the counts must match.`,
    tooMany: 'At most 12 tokens.',
    invalid: 'Invalid input: ',
  },
};

const PRESETS = {
  cs324: { tokens: 'cheese, mouse', probs: '0.4, 0.6' },
  five: { tokens: 'cheese, bread, apple, ball, homework', probs: '0.45, 0.25, 0.15, 0.1, 0.05' },
};

const formatT = (t: number) => (t === Infinity ? '∞' : String(t));

type Parsed =
  { ok: true; tokens: string[]; probs: number[]; annealed: number[] } | { ok: false; error: string };

export function TemperatureAnnealingDemo({
  tokens,
  probs,
}: {
  tokens: readonly string[];
  probs: readonly number[];
}) {
  const t = TEXT[useLocale()];
  const ids = { tokens: useId(), probs: useId(), error: useId(), caption: useId() };
  const [tIndex, setTIndex] = useState(T_ONE);
  const [tokensText, setTokensText] = useState(tokens.join(', '));
  const [probsText, setProbsText] = useState(probs.join(', '));
  const temperature = TEMPERATURES[tIndex] ?? 1;

  const parsed = useMemo<Parsed>(() => {
    const labels = parseLabelList(tokensText);
    const numbers = parseNumberList(probsText);
    if (!numbers.ok) return { ok: false, error: t.notNumber(numbers.bad) };
    if (labels.length !== numbers.values.length) {
      return { ok: false, error: t.countMismatch(labels.length, numbers.values.length) };
    }
    if (labels.length > 12) return { ok: false, error: t.tooMany };
    try {
      return {
        ok: true,
        tokens: labels,
        probs: numbers.values,
        annealed: annealProbs(numbers.values, temperature),
      };
    } catch (error) {
      return { ok: false, error: t.invalid + (error instanceof Error ? error.message : String(error)) };
    }
  }, [tokensText, probsText, temperature, t]);

  // On bad input the last valid distribution stays visible (recomputed for the current T).
  const [lastGood, setLastGood] = useState({ tokens: [...tokens], probs: [...probs] });
  if (
    parsed.ok &&
    (parsed.tokens.join() !== lastGood.tokens.join() || parsed.probs.join() !== lastGood.probs.join())
  ) {
    setLastGood({ tokens: parsed.tokens, probs: parsed.probs });
  }
  const shown = useMemo(() => {
    if (parsed.ok) return parsed;
    return { ...lastGood, annealed: annealProbs(lastGood.probs, temperature) };
  }, [parsed, lastGood, temperature]);
  const total = shown.probs.reduce((sum, p) => sum + p, 0);

  const summary = t.summary(
    formatT(temperature),
    shown.tokens.map((token, i) => `${token} ${formatFixed(shown.annealed[i] ?? 0, 2)}`).join(' · '),
  );

  return (
    <DemoFrame id="temperature-annealing" title={t.title} hint={t.hint}>
      <RangeField
        label={t.temperature}
        steps={TEMPERATURES}
        index={tIndex}
        onIndexChange={setTIndex}
        format={formatT}
      />

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {summary}
      </output>

      <table className="mt-4 w-full text-sm" aria-describedby={ids.caption}>
        <caption id={ids.caption} className="mb-2 text-left text-muted">
          {t.caption(formatT(temperature))}
        </caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.token}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t.original}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t.annealed}
            </th>
            <th scope="col" className="w-1/2 py-1">
              <span className="sr-only">{t.annealed}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.tokens.map((token, i) => {
            const pT = shown.annealed[i] ?? 0;
            return (
              <tr key={`${token}-${i}`} className="border-b border-line/60">
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                  {token}
                </th>
                <td className="py-1.5 pr-3 text-right font-mono tabular-nums">
                  {formatFixed((shown.probs[i] ?? 0) / total, 4)}
                </td>
                <td className="py-1.5 pr-3 text-right font-mono tabular-nums">{formatFixed(pT, 4)}</td>
                <td className="py-1.5" aria-hidden="true">
                  <div
                    className="h-3 rounded-sm bg-accent transition-[width] motion-reduce:transition-none"
                    style={{ width: `${pT * 100}%` }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="mt-5 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.tokens} className="block text-sm font-medium">
            {t.tokens}
          </label>
          <input
            id={ids.tokens}
            value={tokensText}
            onChange={(e) => setTokensText(e.target.value)}
            aria-describedby={ids.error}
            className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm"
          />
        </div>
        <div>
          <label htmlFor={ids.probs} className="block text-sm font-medium">
            {t.probs}
          </label>
          <input
            id={ids.probs}
            value={probsText}
            inputMode="decimal"
            onChange={(e) => setProbsText(e.target.value)}
            aria-invalid={!parsed.ok}
            aria-describedby={ids.error}
            className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
          />
        </div>
      </div>
      <InputError id={ids.error} message={parsed.ok ? null : parsed.error} />
      <PresetButtons
        label={t.presets}
        keys={['cs324', 'five'] as const}
        names={t}
        onPick={(key) => {
          setTokensText(PRESETS[key].tokens);
          setProbsText(PRESETS[key].probs);
        }}
        className="mt-1"
      />
    </DemoFrame>
  );
}
