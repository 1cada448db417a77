import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReviewLoader } from '@/components/study/review-loader';
import type { StudyChapter } from '@/components/study/types';
import { isLocale, locales } from '@/lib/i18n';
import { getChapters } from '@/server/content';
import { getQuestions } from '@/server/questions';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return locale === 'en'
    ? {
        title: 'Review',
        description: 'Flashcards scheduled by FSRS, quizzes, numeric exercises and your progress.',
      }
    : { title: '复习', description: '按 FSRS 安排的闪卡、选择题测验、数值练习和学习进度。' };
}

export default async function Review({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const chapters: StudyChapter[] = getChapters(locale).map((c) => ({
    slug: c.slug,
    title: c.title,
    pages: c.pages.map((p) => ({
      key: `${p.chapter}/${p.page}`,
      title: p.frontmatter.navTitle ?? p.frontmatter.title,
      href: p.href,
    })),
  }));
  return <ReviewLoader locale={locale} questions={getQuestions(locale)} chapters={chapters} />;
}
