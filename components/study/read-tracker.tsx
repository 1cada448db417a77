'use client';

import { useEffect, useRef } from 'react';

/**
 * An invisible marker at the end of an article: reaching it counts the page as read. The progress
 * store is imported only at that moment, so chapter pages do not carry it in their initial JS.
 */
export function ReadTracker({ pageKey }: { pageKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void import('./mark-read').then((m) => m.markPageRead(pageKey));
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [pageKey]);
  return <div ref={ref} aria-hidden="true" className="h-px" />;
}
