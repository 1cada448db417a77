'use client';

import { useSyncExternalStore } from 'react';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';

/** The learner's progress, live: re-renders on every change (also from other tabs). */
export function useProgress() {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
