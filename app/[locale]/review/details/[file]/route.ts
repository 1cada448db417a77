import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { getQuestions } from '@/server/questions';
import { idFileName, splitQuestion } from '@/components/study/review-data';

/**
 * One static JSON file per interview question with what the review page shows once the question
 * is on screen: its answer (short and deep answer, wrong answers, follow-ups) and its quiz choices,
 * HTML rendered at build time. The page fetches a question's file when its flashcard or quiz
 * question comes up, so a reader's first card costs one answer, not a chapter's worth.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getQuestions(locale).map((q) => ({ locale, file: idFileName(q.id) })));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) {
  const { locale, file } = await params;
  if (!isLocale(locale)) notFound();
  const question = getQuestions(locale).find((q) => idFileName(q.id) === file);
  if (!question) notFound();
  return Response.json(splitQuestion(question).details);
}
