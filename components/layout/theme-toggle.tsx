'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { Dictionary } from './dictionary';
import { THEME_KEY, applyTheme } from './theme';
import type { ThemeChoice } from './theme';

const ORDER = ['system', 'light', 'dark'] as const;
const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}
function writeChoice(choice: ThemeChoice) {
  try {
    localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage disabled: the theme still changes for this page view.
  }
  applyTheme(choice);
  listeners.forEach((l) => l());
}

/** Cycles system → light → dark. The label names the current choice for screen readers. */
export function ThemeToggle({ labels }: { labels: Dictionary['theme'] }) {
  // The server renders the neutral "system" state; the stored choice appears after hydration.
  const current = useSyncExternalStore(subscribe, readChoice, () => 'system' as const);
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] ?? 'system';

  // "System" follows the OS setting live.
  useEffect(() => {
    if (current !== 'system') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [current]);

  return (
    <button
      type="button"
      onClick={() => writeChoice(next)}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-line px-2 text-sm hover:bg-surface-2"
      aria-label={`${labels.label}: ${labels[current]}`}
      title={`${labels.label}: ${labels[current]}`}
    >
      <span aria-hidden="true">{ICONS[current]}</span>
      <span className="hidden sm:inline">{labels[current]}</span>
    </button>
  );
}
