'use client';

import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The chapter sidebar: a sticky column on wide screens, a slide-in drawer on small ones.
 * The navigation markup is rendered once on the server and passed in as children.
 */
export function DocsDrawer({
  children,
  openLabel,
  closeLabel,
  menuLabel,
}: {
  children: ReactNode;
  openLabel: string;
  closeLabel: string;
  menuLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="fixed bottom-4 left-4 z-40 inline-flex items-center gap-2 rounded-full border border-line bg-surface px-4 py-2 text-sm shadow-lg lg:hidden print:hidden"
        aria-expanded={open}
        aria-controls="docs-sidebar"
        data-hydrated={hydrated ? '' : undefined}
        aria-label={open ? closeLabel : openLabel}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        {menuLabel}
      </button>
      {open && (
        <div
          className="fixed inset-0 z-30 bg-black/30 lg:hidden"
          aria-hidden="true"
          onClick={() => setOpen(false)}
        />
      )}
      <div
        ref={panelRef}
        id="docs-sidebar"
        data-open={open || undefined}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className="fixed inset-y-0 left-0 z-40 hidden w-72 overflow-y-auto border-r border-line bg-surface p-4 pt-6 data-open:block lg:sticky lg:top-14 lg:z-0 lg:block lg:h-[calc(100vh-3.5rem)] lg:w-auto lg:border-0 lg:bg-transparent lg:p-0 lg:py-8 print:hidden"
      >
        {children}
      </div>
    </>
  );
}
