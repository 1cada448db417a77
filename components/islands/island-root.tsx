'use client';

import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { LocaleContext } from '@/components/demos/use-locale';
import type { Locale } from '@/lib/i18n';
import { IdPrefix } from './id-prefix';

function Committed({ onCommit }: { onCommit?: (() => void) | undefined }) {
  // Runs once, after the runtime has hydrated (or first rendered) the island.
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}

/**
 * The root of every island, identical in the build's static render and the browser's hydration:
 * the same tree shape keeps `useId` values equal on both sides, so hydration never mismatches.
 * `idPrefix` keeps this island's ids apart from the other islands' (see id-prefix.ts).
 */
export function IslandRoot({
  locale,
  idPrefix,
  onCommit,
  children,
}: {
  locale: Locale;
  idPrefix: string;
  onCommit?: () => void;
  children: ReactNode;
}) {
  return (
    <IdPrefix value={idPrefix}>
      <LocaleContext value={locale}>
        {children}
        <Committed onCommit={onCommit} />
      </LocaleContext>
    </IdPrefix>
  );
}
