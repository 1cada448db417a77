import { ReviewLoader } from '@/components/study/review-loader';
import type { StudyChapter } from '@/components/study/types';
import { getChapters } from '@/server/content';
import { getGlossary } from '@/server/glossary';
import { getQuestions } from '@/server/questions';
import { localeMetadata, resolveLocale, staticLocaleParams } from '../page-params';

export const dynamicParams = false;

export const generateStaticParams = staticLocaleParams;
export const generateMetadata = localeMetadata({
  zh: { title: '复习', description: '按 FSRS 安排的闪卡、选择题测验、数值练习和学习进度。' },
  en: {
    title: 'Review',
    description: 'Flashcards scheduled by FSRS, quizzes, numeric exercises and your progress.',
  },
});

export default async function Review({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const chapters: StudyChapter[] = getChapters(locale).map((c) => ({
    slug: c.slug,
    title: c.title,
    pages: c.pages.map((p) => ({
      key: `${p.chapter}/${p.page}`,
      title: p.frontmatter.navTitle ?? p.frontmatter.title,
      href: p.href,
    })),
  }));
  return (
    <ReviewLoader
      locale={locale}
      questions={getQuestions(locale)}
      terms={getGlossary(locale)}
      chapters={chapters}
    />
  );
}
