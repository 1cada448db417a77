import { formatFixed } from '@/lib/format';
import type { RougeScore } from '@/lib/metrics';
import type { MetricResults } from './compute';
import type { DemoText } from './text';
import { CAPTION, NUM, Panel, ROW, TABLE } from './panel';
import { TokenList } from './token-list';

/** ROUGE-1/2/L precision, recall and F, with one LCS highlighted in the target and the candidate. */
export function RougePanel({ t, results }: { t: DemoText; results: MetricResults }) {
  const { rouge1, rouge2, rougeL } = results;
  const rows: [string, RougeScore][] = [
    ['ROUGE-1', rouge1],
    ['ROUGE-2', rouge2],
    ['ROUGE-L', rougeL],
  ];
  const inTarget = new Set(rougeL.targetIndices);
  const inPrediction = new Set(rougeL.predictionIndices);
  return (
    <Panel title={t.rouge}>
      <table className={TABLE}>
        <caption className={CAPTION}>{t.rougeCaption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <td className="py-1 pr-2" />
            {['P', 'R', 'F'].map((h) => (
              <th key={h} scope="col" className="py-1 pl-2 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, s]) => (
            <tr key={name} className={ROW}>
              <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
                {name}
              </th>
              {[s.precision, s.recall, s.fmeasure].map((v, i) => (
                <td key={i} className={`${NUM} pl-2`}>
                  {formatFixed(v, 2)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs font-medium">{`${t.lcs}: ${rougeL.lcsLength}`}</p>
      <TokenList
        label={t.target}
        tokens={rougeL.targetTokens}
        marked={(i) => inTarget.has(i)}
        empty={t.noTokens}
      />
      <TokenList
        label={t.prediction}
        tokens={rougeL.predictionTokens}
        marked={(i) => inPrediction.has(i)}
        empty={t.noTokens}
      />
    </Panel>
  );
}
