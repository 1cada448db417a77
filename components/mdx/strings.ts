import { cache } from 'react';
import type { Locale } from '@/lib/i18n';

/** Labels the MDX components print around the author's content. */
const strings = {
  zh: {
    note: '注',
    pitfall: '约定陷阱',
    deepDive: '深入',
    learningGoals: '学习目标',
    recap: '小结',
    interviewQuestions: '面试题',
    showAnswer: '查看答案',
    figure: '图',
    levels: { easy: '基础', medium: '进阶', hard: '挑战' },
    shortAnswer: '30 秒回答',
    deepAnswer: '深入回答',
    wrongAnswers: '常见错误回答',
    followUps: '可能的追问',
    drill: '到复习页练习这些题',
    answerPending: '深入回答、常见错误回答与追问随页面脚本加载（需要 JavaScript）。',
    answerFailed: '其余答案没有加载成功。',
    retry: '重试',
  },
  en: {
    note: 'Note',
    pitfall: 'Convention gotcha',
    deepDive: 'Deep dive',
    learningGoals: 'Learning goals',
    recap: 'Recap',
    interviewQuestions: 'Interview questions',
    showAnswer: 'Show answer',
    figure: 'Figure',
    levels: { easy: 'easy', medium: 'medium', hard: 'hard' },
    shortAnswer: 'The 30-second answer',
    deepAnswer: 'The deeper answer',
    wrongAnswers: 'Common wrong answers',
    followUps: 'Likely follow-ups',
    drill: 'Drill these questions on the review page',
    answerPending:
      'The deeper answer, common wrong answers and follow-ups load with the page’s script (JavaScript).',
    answerFailed: 'The rest of the answer did not load.',
    retry: 'Retry',
  },
} as const satisfies Record<Locale, Record<string, string | Record<string, string>>>;

// Server components have no context; React's per-request cache carries the page's locale from
// DocPage down to the MDX components it renders (the same trick next-intl's setRequestLocale uses).
const store = cache(() => ({ locale: 'zh' as Locale, chapter: '', page: '' }));

/** Called by DocPage before it renders a page's MDX. */
export function setMdxPage(current: { locale: Locale; chapter: string; page: string }) {
  Object.assign(store(), current);
}

/** The page being rendered (for components such as <InterviewQuestions> that depend on it). */
export function currentMdxPage() {
  return { ...store() };
}

export function useLocaleStrings() {
  return strings[store().locale];
}
