import type { Locale } from '@/lib/i18n';
import { SearchPanel } from './search-panel';

const TITLE = { zh: '搜索', en: 'Search' };

/**
 * /<locale>/search/?q=…: the query lives in the URL, so a search can be bookmarked and shared.
 * The whole page, search box included, is in its HTML and paints before any script runs; the
 * panel reads `?q=` once hydrated (the static export has no query string at build time).
 */
export function SearchPage({ locale }: { locale: Locale }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{TITLE[locale]}</h1>
      <SearchPanel locale={locale} autoFocus syncUrl />
    </main>
  );
}
