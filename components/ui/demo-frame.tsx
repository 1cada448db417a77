import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * The shell every demo renders: a `not-prose` card whose root carries `data-demo` (end-to-end
 * tests and print styles find demos by it), a title and an optional one-line hint.
 * `data-hydrated` appears once the demo's controls answer to input (see use-hydrated.ts).
 */
export function DemoFrame({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <section
      data-demo={id}
      data-hydrated={hydrated ? '' : undefined}
      data-pagefind-ignore="all"
      aria-label={title}
      className="not-prose my-8 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5"
    >
      <p className="flex items-center gap-2 font-semibold">
        <span className="rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong">
          DEMO
        </span>
        {title}
      </p>
      {hint && <p className="mt-1 text-sm text-muted">{hint}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** An inline message for input the demo cannot use; the last valid result stays on screen. */
export function InputError({ message, id }: { message: string | null; id: string }) {
  return (
    <p id={id} role="alert" className="min-h-5 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}
