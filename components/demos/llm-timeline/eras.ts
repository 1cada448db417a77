import type { Locale } from '@/lib/i18n';

/** The stages of language-model history, in order (Zhao et al., "A Survey of LLMs", §1). */
export const ERAS = ['early', 'slm', 'nlm', 'plm', 'llm'] as const;
export type Era = (typeof ERAS)[number];

export const ERA_LABELS: Record<Locale, Record<Era | 'all', string>> = {
  zh: {
    all: '全部',
    early: '早期探索',
    slm: '统计语言模型',
    nlm: '神经语言模型',
    plm: '预训练语言模型',
    llm: '大语言模型',
  },
  en: {
    all: 'All',
    early: 'Early work',
    slm: 'Statistical LMs',
    nlm: 'Neural LMs',
    plm: 'Pre-trained LMs',
    llm: 'Large LMs',
  },
};

/** Border colour of each era's events (Tailwind classes, readable in both themes). */
export const ERA_COLORS: Record<Era, string> = {
  early: 'border-l-slate-400',
  slm: 'border-l-emerald-500',
  nlm: 'border-l-sky-500',
  plm: 'border-l-violet-500',
  llm: 'border-l-rose-500',
};
