'use client';

import type { ReactNode } from 'react';
import { LocaleContext } from '@/components/demos/use-locale';
import type { Locale } from '@/lib/i18n';

/** Gives an island's component tree its page locale (see useLocale). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}
