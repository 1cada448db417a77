'use client';

import { markRead } from '@/lib/study/progress';
import { updateProgress } from './progress-store';

/** Records that a page was read to the end (loaded only when that happens; see ReadTracker). */
export function markPageRead(pageKey: string) {
  updateProgress((p) => markRead(p, pageKey, new Date()));
}
