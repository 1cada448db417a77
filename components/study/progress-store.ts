'use client';

/**
 * The one place that touches localStorage for study progress. Loads and validates once, keeps a
 * corrupted store aside (under a dated key) with a notice instead of losing it, and notifies React
 * subscribers (useSyncExternalStore) on every change.
 */
import { emptyProgress, parseProgressText } from '@/lib/study/progress';
import type { Progress } from '@/lib/study/progress';

export const STORAGE_KEY = 'llmf:progress';
const ASIDE_PREFIX = 'llmf:progress:corrupt:';
// Remembers an unacknowledged recovery, so the notice survives reloads until the reader dismisses it.
const NOTICE_KEY = 'llmf:progress:notice';

export interface ProgressSnapshot {
  progress: Progress;
  /** Set when a stored value failed validation and was moved aside. */
  recovered: { key: string; error: string } | null;
  /** False when the browser refuses storage (private mode, quota): progress lasts this visit only. */
  persistent: boolean;
}

let snapshot: ProgressSnapshot | null = null;
const listeners = new Set<() => void>();

function load(): ProgressSnapshot {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress(), recovered: null, persistent: false };
  }
  const parsed = raw === null ? null : parseProgressText(raw);
  if (raw === null || parsed?.ok) {
    return {
      progress: parsed?.ok ? parsed.progress : emptyProgress(),
      recovered: readNotice(),
      persistent: true,
    };
  }
  const recovered = { key: ASIDE_PREFIX + new Date().toISOString(), error: parsed?.error ?? '' };
  try {
    localStorage.setItem(recovered.key, raw);
    localStorage.setItem(NOTICE_KEY, JSON.stringify(recovered));
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Could not move it aside; leave it in place rather than delete anything.
  }
  return { progress: emptyProgress(), recovered, persistent: true };
}

function readNotice(): ProgressSnapshot['recovered'] {
  try {
    const notice: unknown = JSON.parse(localStorage.getItem(NOTICE_KEY) ?? 'null');
    if (typeof notice === 'object' && notice !== null && 'key' in notice && 'error' in notice) {
      const { key, error } = notice as { key: unknown; error: unknown };
      if (typeof key === 'string' && typeof error === 'string') return { key, error };
    }
  } catch {
    // A malformed notice is not worth a notice of its own.
  }
  return null;
}

/** The raw text that was set aside, for the reader to download. */
export function readAside(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function getSnapshot(): ProgressSnapshot {
  snapshot ??= load();
  return snapshot;
}

/** Server render: nothing stored yet. A stable object, as useSyncExternalStore requires. */
const serverSnapshot: ProgressSnapshot = { progress: emptyProgress(), recovered: null, persistent: false };
export function getServerSnapshot(): ProgressSnapshot {
  return serverSnapshot;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) {
      snapshot = load(); // another tab changed it
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function publish(next: ProgressSnapshot) {
  snapshot = next;
  listeners.forEach((l) => l());
}

/** Applies a change and saves it. */
export function updateProgress(change: (progress: Progress) => Progress) {
  const current = getSnapshot();
  const progress = change(current.progress);
  if (progress === current.progress) return;
  let persistent = current.persistent;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    persistent = false;
  }
  publish({ ...current, progress, persistent });
}

/** Replaces everything with an imported file's content, after validation. */
export function importProgress(text: string): { ok: true } | { ok: false; error: string } {
  const parsed = parseProgressText(text);
  if (!parsed.ok) return parsed;
  updateProgress(() => parsed.progress);
  return { ok: true };
}

export function dismissRecovered() {
  try {
    localStorage.removeItem(NOTICE_KEY);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
  publish({ ...getSnapshot(), recovered: null });
}
