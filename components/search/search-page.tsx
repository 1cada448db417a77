'use client';

import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n';
import { SearchPanel } from './search-panel';

const TITLE = { zh: '搜索', en: 'Search' };

const readQuery = () => new URL(window.location.href).searchParams.get('q') ?? '';
const subscribeNever = () => () => {};

/** /<locale>/search/?q=…: the query lives in the URL, so a search can be bookmarked and shared. */
export function SearchPage({ locale }: { locale: Locale }) {
  // The static export has no query string at build time; read it once in the browser.
  const initial = useSyncExternalStore(subscribeNever, readQuery, () => null);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{TITLE[locale]}</h1>
      {initial !== null && <SearchPanel locale={locale} initialQuery={initial} autoFocus syncUrl />}
    </main>
  );
}
