import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { getChapters } from '@/server/content';
import { getGlossary } from '@/server/glossary';
import { getQuestions } from '@/server/questions';
import {
  GLOSSARY_FILE,
  TERMS_FILE,
  reviewDataFiles,
  splitQuestion,
  splitTerm,
} from '@/components/study/review-data';

/**
 * The review page's data as static JSON files, fetched only when the page needs them
 * (components/study/use-review-data.ts): one file per chapter bank (`<chapter>.json`, its questions
 * with their HTML rendered at build time, without answers and quiz choices: each question's are a
 * file of their own, see ../../details/[file]/route.ts) and the glossary deck (`terms.json`, the
 * terms without definitions: ../../definitions/[file]/route.ts; `glossary.json` has them all, for
 * the ReAct demo's lookup tool). The page's own first load therefore stays the same size however
 * many chapters the site grows.
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
  if (file === TERMS_FILE) return Response.json(getGlossary(locale).map((t) => splitTerm(t).term));
  if (file === GLOSSARY_FILE) return Response.json(getGlossary(locale));
  const chapter = file.replace(/\.json$/, '');
  if (!getChapters(locale).some((c) => c.slug === chapter)) notFound();
  return Response.json(
    getQuestions(locale)
      .filter((q) => q.chapter === chapter)
      .map((q) => splitQuestion(q).question),
  );
}
