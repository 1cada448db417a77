'use client';

import { createContext, useContext } from 'react';
import { defaultLocale } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

/**
 * The page's locale inside an island. Every island root provides it (components/islands/): the
 * static render and the browser's hydration give the same value, read from the island's
 * `data-locale`, so a demo never needs the router to know its language.
 */
export const LocaleContext = createContext<Locale>(defaultLocale);

/** The page's locale inside a client demo. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
