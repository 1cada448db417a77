'use client';

import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { Locale } from '@/lib/i18n';

type DialogProps = { locale: Locale; open: boolean; onClose: () => void };

const TEXT = {
  zh: { open: '搜索', hint: '按 / 或 Ctrl K 打开' },
  en: { open: 'Search', hint: 'Press / or Ctrl K' },
};

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Header search: the button and the `/` or Ctrl-K shortcut open a modal search dialog. The dialog,
 * the panel and Pagefind are fetched on first open, so pages carry only this button.
 */
export function SearchButton({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  const [open, setOpen] = useState(false);
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  const hydrated = useHydrated();

  function show() {
    setOpen(true);
    if (!Dialog) void import('./search-dialog').then((m) => setDialog(() => m.SearchDialog));
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !isTyping(event.target));
      if (shortcut) {
        event.preventDefault();
        show();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <button
        type="button"
        onClick={show}
        data-hydrated={hydrated ? '' : undefined}
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
      {Dialog && <Dialog locale={locale} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
