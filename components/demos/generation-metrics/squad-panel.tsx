import { formatFixed } from '@/lib/format';
import type { MetricResults } from './compute';
import type { DemoText } from './text';
import { CAPTION, NUM, Panel, ROW, TABLE } from './panel';
import { TokenList } from './token-list';

/** SQuAD EM and F1, with the normalised tokens of the prediction and the best gold answer. */
export function SquadPanel({ t, results }: { t: DemoText; results: MetricResults }) {
  const { goldIndex, exact, details, predictionCommon, goldCommon } = results.squad;
  const rows: [string, string][] = [
    ['EM', formatFixed(exact, 0)],
    ['F1', formatFixed(details.f1, 2)],
    ['P', formatFixed(details.precision, 2)],
    ['R', formatFixed(details.recall, 2)],
  ];
  return (
    <Panel title={t.squad}>
      <table className={TABLE}>
        <caption className={CAPTION}>{t.squadCaption}</caption>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className={ROW}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {name}
              </th>
              <td className={NUM}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs font-medium">{`${t.common} (${details.numSame})`}</p>
      <TokenList
        label={t.predNorm}
        tokens={details.predictionTokens}
        marked={(i) => predictionCommon[i] === true}
        empty={t.noTokens}
      />
      <TokenList
        label={t.gold(goldIndex === null ? null : goldIndex + 1)}
        tokens={details.goldTokens}
        marked={(i) => goldCommon[i] === true}
        empty={t.noTokens}
      />
    </Panel>
  );
}
