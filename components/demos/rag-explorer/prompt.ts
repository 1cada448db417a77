/**
 * The prompt a RAG system would send to a model: an instruction to answer only from the numbered
 * sources and cite them, the top-k chunks with their section and address, and the question. The
 * demo shows it and stops there: nothing is sent, nothing is generated. Pure; tested in
 * tests/unit/demos/rag-explorer-prompt.test.ts.
 */
import type { Locale } from '@/lib/i18n';

/** One numbered source of the prompt. */
export interface PromptSource {
  /** the page's short title, or the glossary's name */
  readonly source: string;
  readonly title: string;
  /** the section's site path, e.g. `/en/decoding/sampling/#top-p` */
  readonly href: string;
  readonly text: string;
}

const WORDS = {
  zh: {
    instruction:
      '你是这个学习网站的问答助手。只根据下面编号的资料回答问题，在用到资料的句子后标出编号，如 [1]。资料里没有答案时，直接说资料里没有，不要猜。',
    sources: '资料：',
    none: '（没有检索到资料）',
    question: '问题：',
    answer: '回答：',
  },
  en: {
    instruction:
      'You answer questions about this study site. Use only the numbered sources below, and cite the ones you use after the sentence, as in [1]. If the sources do not contain the answer, say so instead of guessing.',
    sources: 'Sources:',
    none: '(no source retrieved)',
    question: 'Question: ',
    answer: 'Answer:',
  },
} as const;

/** The label of source n, as the citation links show it: `[n] page › section`. */
export function citationLabel(n: number, s: PromptSource): string {
  return `[${n}] ${s.source} › ${s.title}`;
}

/** The citation line of source n in the prompt: its label and its address. */
export function citationLine(n: number, s: PromptSource): string {
  return `${citationLabel(n, s)} (${s.href})`;
}

/**
 * The prompt: instruction, a blank line, the sources (each its citation line and its text,
 * separated by blank lines, or a line saying there are none), a blank line, the question, and the
 * answer cue left empty.
 *
 * @example buildPrompt('en', 'what is BM25?', [{ source: 'Glossary', title: 'BM25', href: '/en/glossary/#bm25', text: 'A ranking function.' }])
 * // ends with '[1] Glossary › BM25 (/en/glossary/#bm25)\nA ranking function.\n\nQuestion: what is BM25?\nAnswer:'
 */
export function buildPrompt(locale: Locale, question: string, sources: readonly PromptSource[]): string {
  const w = WORDS[locale];
  const blocks = sources.map((s, i) => `${citationLine(i + 1, s)}\n${s.text}`);
  const body = blocks.length > 0 ? blocks.join('\n\n') : w.none;
  return [w.instruction, '', w.sources, body, '', `${w.question}${question}`, w.answer].join('\n');
}
