/** Tokens drawn as chips: a fill that alternates between neighbours and a border at every boundary. */

/** Fills cycle so that neighbours differ; the border, not the colour, marks the boundary. */
const FILLS = [
  'bg-sky-100 dark:bg-sky-950',
  'bg-amber-100 dark:bg-amber-950',
  'bg-emerald-100 dark:bg-emerald-950',
  'bg-fuchsia-100 dark:bg-fuchsia-950',
  'bg-lime-100 dark:bg-lime-950',
] as const;

const VARIANT = {
  text: 'border-solid border-fg-2/50',
  bytes: 'border-dashed border-fg-2',
  unknown: 'border-dashed border-2 border-red-700 dark:border-red-400',
} as const;

export interface Chip {
  /** what the chip shows (already made visible: ␣ for a space …) */
  label: string;
  /** a second line in small print: the token id */
  sub?: string;
  /** `bytes`: a partial UTF-8 sequence shown as hex; `unknown`: not in the vocabulary */
  variant?: keyof typeof VARIANT;
  /** a words-only note read after the label (what the dashed border means) */
  note?: string;
  /** the token id, as `data-token-id` (tests find tokens by it) */
  tokenId?: number;
}

/**
 * An ordered list of tokens. Each chip's text is the token itself, so the list reads in order
 * for a screen reader; the optional note says in words what a dashed border says by shape.
 */
export function TokenChips({
  chips,
  label,
  className = '',
}: {
  chips: readonly Chip[];
  label: string;
  className?: string;
}) {
  return (
    <ol aria-label={label} className={`flex flex-wrap gap-1 ${className}`}>
      {chips.map((chip, i) => (
        <li
          key={i}
          data-token-id={chip.tokenId}
          className={`inline-flex flex-col items-center rounded border px-1.5 py-0.5 leading-tight ${FILLS[i % FILLS.length]} ${VARIANT[chip.variant ?? 'text']}`}
        >
          <span className={`font-mono text-sm whitespace-pre ${chip.variant === 'bytes' ? 'text-xs' : ''}`}>
            {chip.label}
          </span>
          {chip.sub !== undefined && <span className="font-mono text-[0.7rem] text-fg-2">{chip.sub}</span>}
          {chip.note && <span className="sr-only">{`(${chip.note})`}</span>}
        </li>
      ))}
    </ol>
  );
}
