import type { Heading } from '@/lib/content';

/**
 * On-page table of contents. components/islands/shell.ts marks the entry of the section being read
 * (`data-active`, `aria-current`) as the reader scrolls.
 */
export function Toc({ headings, label }: { headings: readonly Heading[]; label: string }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-label={label} data-toc className="text-sm">
      <p className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">{label}</p>
      <ol className="space-y-1 border-l border-line">
        {headings.map((h) => (
          <li key={h.id}>
            <a
              href={`#${h.id}`}
              className={
                '-ml-px block border-l-2 border-transparent py-1 text-fg-2 hover:text-fg data-active:border-accent data-active:font-medium data-active:text-accent-strong ' +
                (h.depth === 3 ? 'pl-6' : 'pl-3')
              }
            >
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
