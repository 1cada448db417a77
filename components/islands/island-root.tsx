'use client';

import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { LocaleContext } from '@/components/demos/use-locale';
import type { Locale } from '@/lib/i18n';

function Committed({ onCommit }: { onCommit?: (() => void) | undefined }) {
  // Runs once, after React has hydrated (or first rendered) the island.
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}

/**
 * The root of every island, identical in the build's static render and the browser's hydration:
 * the same tree shape keeps `useId` values equal on both sides, so hydration never mismatches.
 */
export function IslandRoot({
  locale,
  onCommit,
  children,
}: {
  locale: Locale;
  onCommit?: () => void;
  children: ReactNode;
}) {
  return (
    <LocaleContext value={locale}>
      {children}
      <Committed onCommit={onCommit} />
    </LocaleContext>
  );
}
