'use client';

import { useEffect, useRef } from 'react';
import { markRead } from '@/lib/study/progress';
import { updateProgress } from './progress-store';

/** An invisible marker at the end of an article: reaching it counts the page as read. */
export function ReadTracker({ pageKey }: { pageKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        updateProgress((p) => markRead(p, pageKey, new Date()));
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [pageKey]);
  return <div ref={ref} aria-hidden="true" className="h-px" />;
}
