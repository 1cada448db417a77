import { Island } from '@/components/islands/island';
import type { StudyChapter } from '@/components/study/types';
import { getChapters } from '@/server/content';
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

const TEXT = {
  zh: { title: '复习', noscript: '复习页需要 JavaScript（学习进度保存在你的浏览器里）。' },
  en: {
    title: 'Review',
    noscript: 'The review page needs JavaScript (your progress is kept in your browser).',
  },
};

/**
 * The review app is an island rendered in the browser (progress lives there). Its first load is
 * the chapter list; each bank is a static JSON file fetched when a view needs it
 * (app/[locale]/review/data/[file]/route.ts).
 */
export default async function Review({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = TEXT[locale];
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
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <noscript>
        <p className="mt-4">{t.noscript}</p>
      </noscript>
      <Island
        name="review"
        locale={locale}
        props={{ locale, chapters }}
        load="eager"
        clientOnly
        fallback={
          <p className="mt-6 text-muted" aria-busy="true">
            …
          </p>
        }
      />
    </main>
  );
}
