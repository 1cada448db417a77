'use client';

import { useTheme } from 'next-themes';
import { useSyncExternalStore } from 'react';
import type { Dictionary } from './dictionary';

const ORDER = ['system', 'light', 'dark'] as const;
type ThemeChoice = (typeof ORDER)[number];

const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

// The stored theme is only known in the browser; render the neutral state on the server.
const subscribeNever = () => () => {};

/** Cycles system → light → dark. The label names the current choice for screen readers. */
export function ThemeToggle({ labels }: { labels: Dictionary['theme'] }) {
  const { theme, setTheme } = useTheme();
  const mounted = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const current: ThemeChoice = mounted && isChoice(theme) ? theme : 'system';
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] ?? 'system';
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-md border border-line px-2 text-sm hover:bg-surface-2"
      aria-label={`${labels.label}: ${labels[current]}`}
      title={`${labels.label}: ${labels[current]}`}
    >
      <span aria-hidden="true">{ICONS[current]}</span>
      <span className="hidden sm:inline">{labels[current]}</span>
    </button>
  );
}

function isChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (ORDER as readonly string[]).includes(value);
}
