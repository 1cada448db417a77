import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GlossaryChapterPage, glossaryChapters } from '@/components/layout/glossary-page';
import { dictionary } from '@/components/layout/dictionary';
import { isLocale, locales } from '@/lib/i18n';

export const dynamicParams = false;

/** One page per chapter that teaches at least one term, in each language. */
export function generateStaticParams() {
  return locales.flatMap((locale) =>
    glossaryChapters(locale).map((chapter) => ({ locale, chapter: chapter.slug })),
  );
}

type Params = Promise<{ locale: string; chapter: string }>;

/** The route's language and glossary chapter; anything else is a 404. */
async function resolve(params: Params) {
  const { locale, chapter: slug } = await params;
  if (!isLocale(locale)) notFound();
  const chapter = glossaryChapters(locale).find((c) => c.slug === slug);
  if (!chapter) notFound();
  return { locale, chapter };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, chapter } = await resolve(params);
  const t = dictionary[locale];
  return {
    title: `${t.glossaryTermsIn(chapter.title)} · ${t.glossary}`,
    description: t.glossaryChapterIntro(chapter.terms.length, chapter.title),
  };
}

export default async function GlossaryChapter({ params }: { params: Params }) {
  const { locale, chapter } = await resolve(params);
  return <GlossaryChapterPage locale={locale} chapter={chapter} />;
}
