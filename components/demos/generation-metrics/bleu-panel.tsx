import { useId } from 'react';
import {
  BLEU_SMOOTH_METHODS,
  BLEU_TOKENIZERS,
  type BleuSmoothMethod,
  type BleuTokenizer,
} from '@/lib/metrics';
import { formatFixed } from '@/lib/format';
import type { MetricResults } from './compute';
import type { DemoText } from './text';
import { CAPTION, NUM, Panel, ROW, TABLE } from './panel';
import { TokenList } from './token-list';

/** sacreBLEU's default first, then the other smoothing methods. */
const SMOOTHING_ORDER: readonly BleuSmoothMethod[] = ['exp', 'floor', 'add-k', 'none'];

const selectClass = 'mt-0.5 w-full rounded-md border border-line bg-surface px-1.5 py-1 font-mono text-xs';

/** BLEU: options, the 13a tokens with clipped unigram matches marked, per-order precisions, BP, score. */
export function BleuPanel({
  t,
  results,
  smoothing,
  onSmoothing,
  tokenize,
  onTokenize,
}: {
  t: DemoText;
  results: MetricResults;
  smoothing: BleuSmoothMethod;
  onSmoothing: (value: BleuSmoothMethod) => void;
  tokenize: BleuTokenizer;
  onTokenize: (value: BleuTokenizer) => void;
}) {
  const ids = { smoothing: useId(), tokenize: useId() };
  const { bleu, bleuStats, bleuMatched } = results;
  return (
    <Panel title={t.bleu}>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={ids.smoothing} className="block text-xs font-medium">
            {t.smoothing}
          </label>
          <select
            id={ids.smoothing}
            value={smoothing}
            onChange={(e) => {
              const value = BLEU_SMOOTH_METHODS.find((m) => m === e.target.value);
              if (value) onSmoothing(value);
            }}
            className={selectClass}
          >
            {SMOOTHING_ORDER.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.tokenize} className="block text-xs font-medium">
            {t.tokenize}
          </label>
          <select
            id={ids.tokenize}
            value={tokenize}
            onChange={(e) => {
              const value = BLEU_TOKENIZERS.find((m) => m === e.target.value);
              if (value) onTokenize(value);
            }}
            className={selectClass}
          >
            {BLEU_TOKENIZERS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </div>

      <TokenList
        label={t.hypTokens}
        tokens={bleuStats.hypothesisTokens}
        marked={(i) => bleuMatched.has(i)}
        empty={t.noTokens}
      />
      {bleuStats.referenceTokens.map((tokens, i) => (
        <TokenList key={i} label={`${t.refTokens} ${i + 1}`} tokens={tokens} empty={t.noTokens} />
      ))}

      <table className={TABLE}>
        <caption className={CAPTION}>{t.bleuCaption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-2 font-medium">
              n
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t.matches}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t.precision}
            </th>
          </tr>
        </thead>
        <tbody>
          {bleuStats.orders.map((order, i) => (
            <tr key={order.n} className={ROW}>
              <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
                {order.n}
              </th>
              <td className={`${NUM} pr-2`}>
                {order.matched} / {order.total}
              </td>
              <td className={NUM}>
                {order.total === 0 ? t.notUsed : `${formatFixed(bleu.precisions[i] ?? 0, 1)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-2 text-xs">
        <dt className="text-muted">{`${t.bp} BP (c = ${bleu.sysLen}, r = ${bleu.refLen})`}</dt>
        <dd className="text-right font-mono tabular-nums">{formatFixed(bleu.bp, 3)}</dd>
        <dt className="font-semibold">BLEU</dt>
        <dd className="text-right font-mono font-semibold tabular-nums">{formatFixed(bleu.score, 2)}</dd>
      </dl>
    </Panel>
  );
}
