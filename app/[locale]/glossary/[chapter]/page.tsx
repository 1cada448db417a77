import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryChapterPage, glossaryChapters } from '@/components/layout/glossary-page';
import { dictionary } from '@/components/layout/dictionary';
import { isLocale, locales } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

export const dynamicParams = false;

/** One page per chapter that teaches at least one term, in each language. */
export function generateStaticParams() {
  return locales.flatMap((locale) =>
    glossaryChapters(locale).map((chapter) => ({ locale, chapter: chapter.slug })),
  );
}

type Params = Promise<{ locale: string; chapter: string }>;

async function resolve(params: Params): Promise<{ locale: Locale; slug: string }> {
  const { locale, chapter } = await params;
  if (!isLocale(locale) || !glossaryChapters(locale).some((c) => c.slug === chapter)) notFound();
  return { locale, slug: chapter };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const t = dictionary[locale];
  const chapter = glossaryChapters(locale).find((c) => c.slug === slug)!;
  return {
    title: `${t.glossaryTermsIn(chapter.title)} · ${t.glossary}`,
    description: t.glossaryChapterIntro(chapter.terms.length, chapter.title),
  };
}

export default async function GlossaryChapter({ params }: { params: Params }) {
  const { locale, slug } = await resolve(params);
  const chapter = glossaryChapters(locale).find((c) => c.slug === slug)!;
  return <GlossaryChapterPage locale={locale} chapter={chapter} />;
}
