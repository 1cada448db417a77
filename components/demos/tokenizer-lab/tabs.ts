/** The tokenizer lab's tabs, in order; the MDX prop `tab` picks the first one shown. */
export const TABS = ['gpt', 'bpe', 'compare'] as const;
export type TabName = (typeof TABS)[number];

/**
 * The tab a key press moves to in a tablist (WAI-ARIA APG "Tabs"): ArrowRight / ArrowLeft step
 * with wrap-around, Home / End jump to the ends; any other key → null.
 *
 * @example nextTab('compare', 'ArrowRight') // 'gpt'
 */
export function nextTab(current: TabName, key: string): TabName | null {
  const i = TABS.indexOf(current);
  const n = TABS.length;
  switch (key) {
    case 'ArrowRight':
      return TABS[(i + 1) % n] as TabName;
    case 'ArrowLeft':
      return TABS[(i - 1 + n) % n] as TabName;
    case 'Home':
      return TABS[0];
    case 'End':
      return TABS[n - 1] as TabName;
    default:
      return null;
  }
}

/** The text the GPT tab starts with: Chinese and English in one sentence. */
export const DEFAULT_GPT_TEXT = 'Tokenization 把文本切成词元：同一句话，中文和 English 各用多少个 token？';
