import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';
import { findPage, getAllPages } from '@/server/content';
import type { PageInfo } from '@/server/content';

/** Route params of a route that exists once per locale (home, review, search, glossary). */
export function staticLocaleParams() {
  return locales.map((locale) => ({ locale }));
}

type LocaleParams = { params: Promise<{ locale: string }> };

/** The route's locale; anything else is a 404. */
export async function resolveLocale(params: LocaleParams['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** `generateMetadata` for a per-locale route: its title and description in each language. */
export function localeMetadata(byLocale: Record<Locale, Metadata>) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const { locale } = await params;
    return isLocale(locale) ? byLocale[locale] : {};
  };
}

/** Route params of every chapter page in every locale. */
export function staticPageParams() {
  return locales.flatMap((locale) =>
    getAllPages(locale).map((p) => ({ locale, chapter: p.chapter, page: p.page })),
  );
}

export function resolvePage(params: { locale: string; chapter: string; page: string }): PageInfo {
  const { locale, chapter, page } = params;
  const info = isLocale(locale) ? findPage(locale, chapter, page) : undefined;
  if (!info) notFound();
  return info;
}

export function pageMetadata(page: PageInfo): Metadata {
  return { title: page.frontmatter.title, description: page.frontmatter.description };
}
