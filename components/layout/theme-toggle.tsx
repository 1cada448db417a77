import type { Dictionary } from './dictionary';

/**
 * Cycles system → light → dark (components/islands/shell.ts does the cycling). The HTML shows the
 * neutral "system" state; the stored choice appears as soon as the shell script runs.
 */
export function ThemeToggle({ labels }: { labels: Dictionary['theme'] }) {
  const title = `${labels.label}: ${labels.system}`;
  return (
    <button
      type="button"
      data-theme-toggle
      data-labels={JSON.stringify(labels)}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-line px-2 text-sm hover:bg-surface-2"
      aria-label={title}
      title={title}
    >
      <span aria-hidden="true">◐</span>
      <span className="hidden sm:inline">{labels.system}</span>
    </button>
  );
}
