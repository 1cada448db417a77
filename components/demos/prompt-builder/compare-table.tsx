import { groupDigits } from '@/components/demos/shared/number-field';
import { formatFixed } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import type { AssembledPrompt, PromptTokenCount } from '@/lib/prompting/prompt-assembly';
import type { PromptBuilderText } from './text';

const CELL = 'py-1 pr-3 text-right font-mono tabular-nums';

const perToken = (c: PromptTokenCount | undefined) =>
  c === undefined || c.charactersPerToken === null ? null : formatFixed(c.charactersPerToken, 2);

/**
 * The same preset assembled in Chinese and in English: characters always, tokens and characters
 * per token once the tokenizer has loaded (a dash before). Each row carries `data-lang` and, when
 * counted, `data-tokens`.
 */
export function CompareTable({
  t,
  twins,
  counts,
}: {
  t: PromptBuilderText;
  twins: readonly { locale: Locale; prompt: AssembledPrompt }[];
  counts: readonly PromptTokenCount[] | null;
}) {
  return (
    <>
      <table data-compare="" className="mt-4 w-full text-sm">
        <caption className="mb-1 text-left text-muted">{t.compareCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            {t.compareColumns.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={`py-1 pr-3 font-medium ${i === 0 ? 'text-left' : 'text-right'}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {twins.map((x, i) => {
            const c = counts?.[i];
            return (
              <tr
                key={x.locale}
                data-lang={x.locale}
                data-tokens={c ? c.tokens : undefined}
                className="border-b border-line/60"
              >
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {t.languages[x.locale]}
                </th>
                <td className={CELL}>{groupDigits(x.prompt.characters)}</td>
                <td className={CELL}>{c ? groupDigits(c.tokens) : t.notCounted}</td>
                <td className={CELL}>{perToken(c) ?? t.notCounted}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-muted">{t.compareNote}</p>
    </>
  );
}
