import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { getChapters } from '@/server/content';
import { getGlossary } from '@/server/glossary';
import { getQuestions } from '@/server/questions';
import { reviewDataFiles, splitQuestion } from '@/components/study/review-data';

/**
 * The review page's data as static JSON files, fetched only when the page needs them
 * (components/study/use-review-data.ts): one file per chapter bank (`<chapter>.json`, the questions
 * with their HTML rendered at build time, answers left out: each is a file of its own, see
 * ../../answers/[file]/route.ts) and the glossary deck (`terms.json`). The page's own first load
 * therefore stays the same size however many chapters the site grows.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    reviewDataFiles(getChapters(locale).map((c) => c.slug)).map((file) => ({ locale, file })),
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) {
  const { locale, file } = await params;
  if (!isLocale(locale)) notFound();
  if (file === 'terms.json') return Response.json(getGlossary(locale));
  const chapter = file.replace(/\.json$/, '');
  if (!getChapters(locale).some((c) => c.slug === chapter)) notFound();
  return Response.json(
    getQuestions(locale)
      .filter((q) => q.chapter === chapter)
      .map((q) => splitQuestion(q).question),
  );
}
