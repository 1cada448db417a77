import type { ReactNode } from 'react';
import { ProbBar } from '@/components/ui/prob-bar';
import { formatFixed } from '@/lib/format';
import { VOCAB, type PenaltiesText } from './text';

/**
 * One mechanism as a table: each token's logit before → after and its probability after, with a
 * text tag on every token the mechanism changed (colour only repeats what the tag says).
 */
export function PenaltyColumn({
  t,
  title,
  before,
  after,
  probs,
  tags,
  warn,
  children,
}: {
  t: PenaltiesText;
  title: string;
  before: readonly number[];
  after: readonly number[];
  /** `null` when no token is left. */
  probs: readonly number[] | null;
  /** Per token: a short text saying what happened to it, or null when unchanged. */
  tags: readonly (string | null)[];
  /** Per token: highlight the row (the repetition penalty's negative logits). */
  warn?: readonly boolean[];
  children: ReactNode;
}) {
  return (
    <div className="min-w-0">
      {/* The prose stylesheet turns tables into scrolling blocks; this one must fill its column. */}
      <table className="w-full text-xs" style={{ display: 'table' }}>
        <caption className="mb-1 text-left text-sm font-semibold">{title}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1 pr-1 font-medium">
              {t.token}
            </th>
            <th scope="col" className="py-1 pr-1 font-medium">
              {t.logit}
            </th>
            <th scope="col" className="w-2/5 py-1 font-medium">
              {t.prob}
            </th>
          </tr>
        </thead>
        <tbody>
          {VOCAB.map((token, i) => {
            const tag = tags[i];
            const p = probs?.[i];
            return (
              <tr key={token} className={`border-b border-line/60 ${warn?.[i] ? 'bg-pitfall-soft' : ''}`}>
                <th scope="row" className="py-1 pr-1 text-left align-top font-mono font-normal">
                  {token}
                  {tag && (
                    <span
                      className={`block font-sans font-semibold whitespace-nowrap ${warn?.[i] ? 'text-pitfall' : 'text-accent-strong'}`}
                    >
                      {tag}
                    </span>
                  )}
                </th>
                <td className="py-1 pr-1 align-top font-mono whitespace-nowrap tabular-nums">
                  {formatFixed(before[i] ?? 0, 2)}
                  {tag && ` → ${formatFixed(after[i] ?? 0, 2)}`}
                </td>
                <td className="py-1 align-top font-mono tabular-nums">
                  {p === undefined ? '—' : formatFixed(p, 2)}
                  <ProbBar value={p ?? 0} muted={after[i] === -Infinity} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="mt-2 space-y-1 text-xs text-fg-2">{children}</div>
    </div>
  );
}
