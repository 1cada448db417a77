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
  zh: {
    title: '复习',
    lead:
      '闪卡上是各章的面试题和术语：先在心里作答，再翻开答案，按回忆起来的难易打分，FSRS 算法据此' +
      '安排这张卡下一次复习的日期。选择题、计算练习和学习进度在旁边的标签页里。进度只保存在这个' +
      '浏览器中，可以在「进度」页导出，再到别的设备上导入。',
    noscript: '复习页需要 JavaScript（学习进度保存在你的浏览器里）。',
  },
  en: {
    title: 'Review',
    lead:
      "Flashcards hold every chapter's interview questions and glossary terms: answer in your head, " +
      'reveal the answer and grade how easily you recalled it; the FSRS scheduler uses that grade to ' +
      "set the card's next review date. Quizzes, numeric exercises and your progress are in the other " +
      'tabs. Progress stays in this browser; export it from the Progress tab to import it on another device.',
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
      {/* Static text: the page says what it is before the app's code has run. */}
      <p className="mt-3 max-w-prose text-fg-2">{t.lead}</p>
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
