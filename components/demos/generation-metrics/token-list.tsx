/**
 * A labelled row of tokens, each a text span; the marked ones are wrapped in `<mark>`. Tokens come
 * from user text, so they are rendered as React text, never as HTML.
 */
export function TokenList({
  label,
  tokens,
  marked,
  empty,
}: {
  label: string;
  tokens: readonly string[];
  marked?: (index: number) => boolean;
  empty: string;
}) {
  return (
    <div className="mt-2">
      <p className="text-xs text-muted">{label}</p>
      <p className="mt-0.5 flex flex-wrap gap-1 font-mono text-xs leading-5 break-all">
        {tokens.length === 0 && <span className="text-muted">{empty}</span>}
        {tokens.map((token, i) =>
          marked?.(i) ? (
            <mark key={i} className="rounded-sm border border-transparent bg-[var(--highlight)] px-1 text-fg">
              {token}
            </mark>
          ) : (
            <span key={i} className="rounded-sm border border-line px-1">
              {token}
            </span>
          ),
        )}
      </p>
    </div>
  );
}
