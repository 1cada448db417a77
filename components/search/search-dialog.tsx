'use client';

import { useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n';
import { SearchPanel } from './search-panel';

const TEXT = {
  zh: { title: '搜索', close: '关闭搜索' },
  en: { title: 'Search', close: 'Close search' },
};

/** The header's search dialog (loaded on first open): a modal <dialog> around the search panel. */
export function SearchDialog({
  locale,
  open,
  onClose,
}: {
  locale: Locale;
  open: boolean;
  onClose: () => void;
}) {
  const t = TEXT[locale];
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first button; the reader came here to type.
      dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-label={t.title}
      onClose={onClose}
      onKeyDown={(event) => {
        // A search input swallows the first Escape (it clears the text); close on it anyway.
        if (event.key === 'Escape') onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose(); // a click on the backdrop
      }}
      className="mx-auto mt-16 w-[min(42rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40"
    >
      <div className="max-h-[75vh] overflow-y-auto p-5">
        <div className="mb-2 flex justify-end">
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm text-muted hover:bg-surface-2"
          >
            {t.close} <kbd className="font-mono text-xs">Esc</kbd>
          </button>
        </div>
        {open && <SearchPanel locale={locale} autoFocus onNavigate={onClose} />}
      </div>
    </dialog>
  );
}
