import { useId, type ReactNode } from 'react';

/** One metric group: a bordered section named by its heading. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="min-w-0 rounded-lg border border-line p-3">
      <h3 id={heading} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Classes shared by the panels' tables (`table!`: the article styles make tables blocks that scroll). */
export const TABLE = 'mt-2 table! w-full text-xs';
export const CAPTION = 'mb-1 text-left text-muted';
export const ROW = 'border-b border-line/60';
export const NUM = 'py-1 text-right font-mono tabular-nums';
