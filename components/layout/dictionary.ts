import type { Locale } from '@/lib/i18n';

/** Every string of the site chrome, per locale. Content strings live in content/. */
export const dictionary = {
  zh: {
    siteTitle: '大模型基础',
    siteSubtitle: 'LLM Fundamentals',
    tagline: '交互式、双语的大语言模型基础学习站：读原理、动滑块看分布变化、刷面试题。',
    skipToContent: '跳到正文',
    chapters: '章节',
    onThisPage: '本页目录',
    previous: '上一页',
    next: '下一页',
    openMenu: '打开章节目录',
    closeMenu: '关闭章节目录',
    menu: '目录',
    language: '语言',
    switchTo: '切换到 English',
    theme: { light: '浅色', dark: '深色', system: '跟随系统', label: '切换主题' },
    home: '首页',
    review: '复习',
    glossary: '术语表',
    glossaryIntro: (n: number, chapters: number) =>
      `${n} 个术语，按讲解它们的章节分成 ${chapters} 页，每页列出定义和正文里讲解它的小节。正文里带虚线下划线的术语，悬停或用 Tab 聚焦即可看到定义。`,
    glossaryChapterIntro: (n: number, chapter: string) =>
      `「${chapter}」一章讲解的 ${n} 个术语：定义，以及正文里讲解它的小节。`,
    glossaryTermsIn: (chapter: string) => `${chapter}的术语`,
    readInChapter: '正文讲解',
    startReading: '开始阅读',
    pagesInChapter: (n: number) => `${n} 节`,
    howToUse: '怎么用这个网站',
    howToUseItems: [
      '按章节顺序阅读；每页开头列出学习目标，结尾有小结与面试题。',
      '拖动演示里的滑块（或用方向键），数字都由经过测试的代码实时算出。',
      '“约定陷阱”框标出不同来源（论文、HF transformers、OpenAI API）说法不一致的地方。',
      '带虚线下划线的是术语：悬停或用 Tab 聚焦看定义，点击进入术语表。',
      '读完一节，到“复习”页用闪卡、测验和数值练习巩固；进度只保存在本机浏览器里，可导出备份。',
    ],
    footer: '内容依据公开论文与官方文档整理；数学公式在构建时渲染。',
  },
  en: {
    siteTitle: 'LLM Fundamentals',
    siteSubtitle: '大模型基础',
    tagline:
      'An interactive, bilingual study site for the fundamentals of large language models: read the ideas, move the sliders, drill the interview questions.',
    skipToContent: 'Skip to content',
    chapters: 'Chapters',
    onThisPage: 'On this page',
    previous: 'Previous',
    next: 'Next',
    openMenu: 'Open chapter menu',
    closeMenu: 'Close chapter menu',
    menu: 'Menu',
    language: 'Language',
    switchTo: '切换到中文',
    theme: { light: 'Light', dark: 'Dark', system: 'System', label: 'Change theme' },
    home: 'Home',
    review: 'Review',
    glossary: 'Glossary',
    glossaryIntro: (n: number, chapters: number) =>
      `${n} terms on ${chapters} pages, one per chapter that teaches them, each with its definition and the section that explains it. In the chapters, a term with a dotted underline shows its definition when you hover over it or reach it with Tab.`,
    glossaryChapterIntro: (n: number, chapter: string) =>
      `The ${n} terms that the chapter “${chapter}” teaches: their definitions and the sections that explain them.`,
    glossaryTermsIn: (chapter: string) => `Terms of ${chapter}`,
    readInChapter: 'Explained in',
    startReading: 'Start reading',
    pagesInChapter: (n: number) => `${n} ${n === 1 ? 'section' : 'sections'}`,
    howToUse: 'How to use this site',
    howToUseItems: [
      'Read the chapters in order; each page opens with learning goals and closes with a recap and interview questions.',
      'Drag the sliders in the demos (or use the arrow keys): every number is computed live by tested code.',
      '“Convention gotcha” boxes mark where sources (papers, HF transformers, the OpenAI API) disagree.',
      'Terms with a dotted underline show their definition on hover or Tab focus; click one to open the glossary.',
      'After a section, drill it on the Review page with flashcards, quizzes and numeric exercises; progress stays in this browser and can be exported.',
    ],
    footer: 'Written from public papers and official documentation; math is rendered at build time.',
  },
} as const satisfies Record<Locale, unknown>;

export type Dictionary = (typeof dictionary)[Locale];
