import type { Locale } from '@/lib/i18n';

const TEXT = {
  zh: { open: '搜索', hint: '按 / 或 Ctrl K 打开' },
  en: { open: 'Search', hint: 'Press / or Ctrl K' },
};

/**
 * Header search: the button and the `/` or Ctrl-K shortcut open a modal search dialog
 * (components/islands/shell.ts). The dialog, its panel and Pagefind are fetched on first open.
 */
export function SearchButton({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  return (
    <button
      type="button"
      data-search-button
      aria-keyshortcuts="/ Control+K"
      title={t.hint}
      className="inline-flex h-9 items-center gap-2 rounded-md border border-line px-2.5 text-sm text-fg-2 hover:bg-surface-2"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="m13 13 4 4" strokeLinecap="round" />
      </svg>
      <span>{t.open}</span>
      <kbd className="hidden rounded border border-line px-1 font-mono text-xs text-muted md:inline">/</kbd>
    </button>
  );
}
