import type { ToyResult } from '@/lib/prompting/injection';
import { traceRows, whyText } from './explain';
import type { SandboxText } from './text';

/**
 * Why the follower did what it did: the rule that fired (in words, `data-why`), then a table with
 * one row per sentence or tag of the prompt and how the follower read it. The obeyed row is bold
 * and marked ▶; data that looks like an instruction is marked ⚠ — symbols and words, not colour
 * alone, carry the meaning. All text is React text, never HTML.
 */
export function TraceView({ result, t }: { result: ToyResult; t: SandboxText }) {
  const why = whyText(t, result);
  const rows = traceRows(t, result);
  return (
    <div className="mt-3 text-sm">
      <p className="font-medium">{t.why}</p>
      <p data-why className="mt-0.5">
        {why.join(t.sentenceGap)}
      </p>
      <p className="mt-3 font-medium">{t.trace}</p>
      <div role="region" aria-label={t.traceCaption} tabIndex={0} className="mt-1 max-h-80 overflow-auto">
        <table data-trace className="w-full border-collapse text-left text-xs">
          <caption className="sr-only">{t.traceCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              {t.columns.map((c) => (
                <th key={c} scope="col" className="px-1.5 py-1 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr
                key={i}
                data-obeyed={row.obeyed ? '' : undefined}
                data-blocked={row.blocked ? '' : undefined}
                className={`border-b border-line align-top ${row.obeyed ? 'bg-accent-soft font-semibold' : ''}`}
              >
                <td className="px-1.5 py-1 tabular-nums">{row.line}</td>
                <td className="px-1.5 py-1 font-mono wrap-anywhere">{row.text}</td>
                <td className="px-1.5 py-1">
                  {row.obeyed ? '▶ ' : row.blocked ? '⚠ ' : ''}
                  {row.role}
                  {row.details.map((d) => (
                    <span key={d} className="block font-normal wrap-anywhere text-muted">
                      {d}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
