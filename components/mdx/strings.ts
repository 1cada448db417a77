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
  },
} as const satisfies Record<Locale, Record<string, string | Record<string, string>>>;

// Server components have no context; React's per-request cache carries the page's locale from
// DocPage down to the MDX components it renders (the same trick next-intl's setRequestLocale uses).
const store = cache(() => ({ locale: 'zh' as Locale }));

export function setMdxLocale(locale: Locale) {
  store().locale = locale;
}

export function useLocaleStrings() {
  return strings[store().locale];
}
