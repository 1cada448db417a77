'use client';

import { useParams } from 'next/navigation';
import { defaultLocale, isLocale } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

/** The page's locale inside a client demo (read from the `/[locale]/…` route). */
export function useLocale(): Locale {
  const params = useParams<{ locale?: string }>();
  return isLocale(params?.locale) ? params.locale : defaultLocale;
}
