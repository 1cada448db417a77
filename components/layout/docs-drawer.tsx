import type { ReactNode } from 'react';

/**
 * The chapter sidebar: a sticky column on wide screens, a slide-in drawer on small ones
 * (components/islands/shell.ts opens and closes it; Escape and a link click close it).
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
  return (
    <>
      <button
        type="button"
        data-drawer-button
        data-open-label={openLabel}
        data-close-label={closeLabel}
        className="fixed bottom-4 left-4 z-40 inline-flex items-center gap-2 rounded-full border border-line bg-surface px-4 py-2 text-sm shadow-lg lg:hidden print:hidden"
        aria-expanded="false"
        aria-controls="docs-sidebar"
        aria-label={openLabel}
      >
        <span aria-hidden="true" data-drawer-icon>
          ☰
        </span>
        {menuLabel}
      </button>
      <div
        data-drawer-backdrop
        hidden
        className="fixed inset-0 z-30 bg-black/30 lg:hidden"
        aria-hidden="true"
      />
      <div
        id="docs-sidebar"
        className="fixed inset-y-0 left-0 z-40 hidden w-72 overflow-y-auto border-r border-line bg-surface p-4 pt-6 data-open:block lg:sticky lg:top-14 lg:z-0 lg:block lg:h-[calc(100vh-3.5rem)] lg:w-auto lg:border-0 lg:bg-transparent lg:p-0 lg:py-8 print:hidden"
      >
        {children}
      </div>
    </>
  );
}
