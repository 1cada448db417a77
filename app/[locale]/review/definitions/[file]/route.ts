import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { getGlossary } from '@/server/glossary';
import { idFileName, splitTerm } from '@/components/study/review-data';

/**
 * One static JSON file per glossary term with its definition (HTML rendered at build time), which
 * the review page fetches when the term's flashcard comes up: the definitions are four fifths of
 * the glossary deck's bytes, and a reader sees one at a time.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getGlossary(locale).map((t) => ({ locale, file: idFileName(t.id) })));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) {
  const { locale, file } = await params;
  if (!isLocale(locale)) notFound();
  const term = getGlossary(locale).find((t) => idFileName(t.id) === file);
  if (!term) notFound();
  return Response.json(splitTerm(term).definition);
}
