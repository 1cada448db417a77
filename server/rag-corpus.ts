/**
 * Build-time corpus of the retriever demo (components/demos/rag-explorer/): every `##`/`###`
 * section of every chapter page of a language, as plain text, plus its glossary. Served as one
 * static JSON file per language by app/[locale]/rag/corpus.json/route.ts and fetched only when the
 * demo starts, so no page carries it in its HTML or its first load.
 */
import {
  CORPUS_CAP,
  type CorpusFile,
  type CorpusPage,
  type CorpusRow,
} from '@/components/demos/rag-explorer/corpus';
import type { Locale } from '@/lib/i18n';
import { textUnits } from '@/lib/retrieval';
import { getChapters } from './content';
import { readGlossary } from './glossary';
import { markdownText, mdxSections } from './mdx-plain-text';

const GLOSSARY_NAME: Record<Locale, string> = { zh: '术语表', en: 'Glossary' };
/** A glossary entry's title: the term and its other names, in each language's punctuation. */
const AKA: Record<Locale, (term: string, aka: readonly string[]) => string> = {
  zh: (term, aka) => `${term}（${aka.join('、')}）`,
  en: (term, aka) => `${term} (${aka.join(', ')})`,
};

/**
 * Sections left out: the recap repeats the page in a list, and the interview questions live in
 * the question banks (their section holds only the <InterviewQuestions /> tag).
 */
const SKIPPED = new Set(['recap', 'interview-questions']);

/**
 * The first `cap` units of a text: characters (code points) for Chinese, words for English —
 * the units the demo chunks by.
 *
 * @example capText('one two three', 'en', 2) // 'one two'
 */
export function capText(text: string, locale: Locale, cap: number): string {
  const units = textUnits(text, locale === 'zh' ? 'character' : 'word');
  const last = units[cap - 1];
  return units.length <= cap || !last ? text : text.slice(0, last.end);
}

/**
 * The corpus file of one language: chapter sections in reading order, then the glossary in file
 * order; sections without text (a `##` whose content is all in its `###`s) are left out.
 */
export function buildRagCorpus(locale: Locale): CorpusFile {
  const cap = CORPUS_CAP[locale];
  const pages: CorpusPage[] = [];
  const sections: CorpusRow[] = [];
  for (const chapter of getChapters(locale)) {
    for (const page of chapter.pages) {
      const index = pages.push([
        `${chapter.slug}/${page.page}`,
        page.frontmatter.navTitle ?? page.frontmatter.title,
        page.href,
      ]);
      for (const s of mdxSections(page.source)) {
        if (s.text && !SKIPPED.has(s.id))
          sections.push([index - 1, s.id, s.title, capText(s.text, locale, cap)]);
      }
    }
  }
  const glossary = pages.push(['glossary', GLOSSARY_NAME[locale], `/${locale}/glossary/`]) - 1;
  for (const term of readGlossary(locale)) {
    const title = term.aka.length === 0 ? term.term : AKA[locale](term.term, term.aka);
    sections.push([glossary, term.id, title, capText(markdownText(term.definition), locale, cap)]);
  }
  return { locale, cap, pages, sections };
}

const cache = new Map<Locale, CorpusFile>();

/** {@link buildRagCorpus}, once per language per build. */
export function getRagCorpus(locale: Locale): CorpusFile {
  const cached = cache.get(locale);
  if (cached) return cached;
  const corpus = buildRagCorpus(locale);
  cache.set(locale, corpus);
  return corpus;
}
