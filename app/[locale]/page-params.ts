import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { findPage, getAllPages } from '@/server/content';
import type { PageInfo } from '@/server/content';

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
