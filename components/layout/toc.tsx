'use client';

import { useEffect, useState } from 'react';
import type { Heading } from '@/lib/content';

/** On-page table of contents; the entry of the section being read is marked as the reader scrolls. */
export function Toc({ headings, label }: { headings: readonly Heading[]; label: string }) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings
      .map((h) => document.getElementById(h.id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return;
    // A heading counts as "being read" once it passes the top fifth of the viewport.
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const firstVisible = elements.find((el) => visible.has(el.id));
        if (firstVisible) setActive(firstVisible.id);
        else {
          const above = elements.filter((el) => el.getBoundingClientRect().top < 0).at(-1);
          if (above) setActive(above.id);
        }
      },
      { rootMargin: '-56px 0px -70% 0px' },
    );
    elements.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [headings]);

  if (headings.length === 0) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <p className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">{label}</p>
      <ol className="space-y-1 border-l border-line">
        {headings.map((h) => (
          <li key={h.id}>
            <a
              href={`#${h.id}`}
              data-active={active === h.id || undefined}
              aria-current={active === h.id ? 'location' : undefined}
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
