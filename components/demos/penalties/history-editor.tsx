import { useId } from 'react';
import { MAX_HISTORY, PRESETS, VOCAB, type PenaltiesText } from './text';

const BUTTON = 'rounded-md border border-line px-2 py-0.5 hover:bg-surface-2 disabled:opacity-50';

/** The history as numbered tokens with each token's count, edited by buttons. */
export function HistoryEditor({
  t,
  history,
  counts,
  onChange,
}: {
  t: PenaltiesText;
  history: readonly number[];
  counts: readonly number[];
  onChange: (history: number[]) => void;
}) {
  const id = useId();
  const seen = VOCAB.flatMap((token, i) => ((counts[i] ?? 0) > 0 ? [`${token} ×${counts[i]}`] : []));
  const groups = [
    {
      label: t.append,
      buttons: [
        ...VOCAB.map((token, i) => ({
          text: `+ ${token}`,
          off: history.length >= MAX_HISTORY,
          next: () => [...history, i],
        })),
        { text: t.removeLast, off: history.length === 0, next: () => history.slice(0, -1) },
        { text: t.clear, off: history.length === 0, next: () => [] },
      ],
    },
    {
      label: t.presets,
      buttons: Object.values(PRESETS).map((ids) => ({
        text: ids.length ? ids.map((i) => VOCAB[i]).join(' ') : t.empty,
        off: false,
        next: () => [...ids],
      })),
    },
  ];
  return (
    <div className="space-y-2 text-sm">
      <p id={id} className="font-medium">
        {t.history}
      </p>
      <ol aria-labelledby={id} className="flex min-h-7 flex-wrap gap-1 font-mono">
        {history.length === 0 && <li className="text-muted">{t.empty}</li>}
        {history.map((token, i) => (
          <li key={i} className="rounded bg-surface-2 px-1.5 py-0.5">
            <span className="mr-1 text-xs text-muted">{i + 1}</span>
            {VOCAB[token]}
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted">
        {t.counts}: {seen.join(' · ') || '—'}
      </p>
      {groups.map((group, g) => (
        <div
          key={g}
          role="group"
          aria-labelledby={`${id}${g}`}
          className="flex flex-wrap items-center gap-1.5"
        >
          <span id={`${id}${g}`} className="text-muted">
            {group.label}:
          </span>
          {group.buttons.map((b) => (
            <button
              key={b.text}
              type="button"
              disabled={b.off}
              onClick={() => onChange(b.next())}
              className={`${BUTTON} font-mono`}
            >
              {b.text}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
