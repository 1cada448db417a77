'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';

// The panel (and Pagefind behind it) loads on first open, not with every page.
const SearchPanel = dynamic(() => import('./search-panel').then((m) => m.SearchPanel), { ssr: false });

const TEXT = {
  zh: { open: '搜索', close: '关闭搜索', hint: '按 / 或 Ctrl K 打开' },
  en: { open: 'Search', close: 'Close search', hint: 'Press / or Ctrl K' },
};

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Header search: a button and the `/` or Ctrl-K shortcut open a modal dialog with the search panel. */
export function SearchButton({ locale }: { locale: Locale }) {
  const t = TEXT[locale];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !isTyping(event.target));
      if (shortcut) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
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
      <dialog
        ref={dialogRef}
        aria-label={t.open}
        onClose={() => setOpen(false)}
        onKeyDown={(event) => {
          // A search input swallows the first Escape (it clears the text); close on it anyway.
          if (event.key === 'Escape') setOpen(false);
        }}
        onClick={(event) => {
          if (event.target === dialogRef.current) setOpen(false); // a click on the backdrop
        }}
        className="mx-auto mt-16 w-[min(42rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40"
      >
        <div className="max-h-[75vh] overflow-y-auto p-5">
          <div className="mb-2 flex justify-end">
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded-md px-2 py-1 text-sm text-muted hover:bg-surface-2"
            >
              {t.close} <kbd className="font-mono text-xs">Esc</kbd>
            </button>
          </div>
          {open && <SearchPanel locale={locale} autoFocus onNavigate={() => setOpen(false)} />}
        </div>
      </dialog>
    </>
  );
}
