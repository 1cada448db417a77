/**
 * The retriever's corpus as it travels: one static JSON file per language, written at build time
 * by app/[locale]/rag/corpus.json/route.ts (server/rag-corpus.ts) and fetched by the demo when it
 * starts. Plain types and checks, shared by the route and the island (no server code here).
 *
 * The file is compact — each page once, then one row per section — and {@link parseCorpus} turns
 * it into {@link CorpusDoc}s, each with its own link `/<locale>/<chapter>/<page>/#<id>`.
 */
import type { Locale } from '@/lib/i18n';

/** One retrievable unit: a `##`/`###` section of a chapter page, or a glossary entry. */
export interface CorpusDoc {
  /** `chapter/page#heading-id` for a section, `glossary#term-id` for a glossary entry */
  readonly id: string;
  /** the section heading, or the term with its other names */
  readonly title: string;
  /** where it comes from: the page's short title, or the glossary's name */
  readonly source: string;
  /** the section's address without the base path, e.g. `/en/decoding/sampling/#top-p` */
  readonly href: string;
  /** plain text, at most `cap` characters (zh) or words (en) */
  readonly text: string;
}

/** A page of the file: `chapter/page` (or `glossary`), its short title and its address. */
export type CorpusPage = readonly [id: string, title: string, href: string];
/** A section of the file: its page's index in `pages`, heading id, title and text. */
export type CorpusRow = readonly [page: number, anchor: string, title: string, text: string];

/** The JSON file. */
export interface CorpusFile {
  readonly locale: Locale;
  readonly cap: number;
  readonly pages: readonly CorpusPage[];
  readonly sections: readonly CorpusRow[];
}

export interface RagCorpus {
  readonly locale: Locale;
  /** how much of each section is kept: characters (zh) or words (en) */
  readonly cap: number;
  readonly docs: readonly CorpusDoc[];
}

/** The corpus file's site path (without the base path). */
export const corpusPath = (locale: Locale) => `/${locale}/rag/corpus.json`;

/**
 * Text kept per section, in the units the demo chunks by: the opening of each section (its
 * definition, as a rule) for every section of the site, about 125–135 KiB gzip per language (checked
 * in tests/unit/server/rag-corpus.test.ts).
 */
export const CORPUS_CAP: Record<Locale, number> = { zh: 110, en: 55 };

const isString = (x: unknown): x is string => typeof x === 'string';

/** The document a row describes, or null when the row or its page is malformed. */
function rowDoc(row: unknown, pages: readonly unknown[]): CorpusDoc | null {
  if (!Array.isArray(row) || row.length !== 4) return null;
  const [index, anchor, title, text] = row as unknown[];
  const page = typeof index === 'number' ? pages[index] : undefined;
  if (!Array.isArray(page) || page.length !== 3 || !page.every(isString)) return null;
  if (!isString(anchor) || !isString(title) || !isString(text)) return null;
  const [id, source, href] = page as string[];
  return { id: `${id}#${anchor}`, title, source: source as string, href: `${href}#${anchor}`, text };
}

/**
 * The corpus when `data` is a corpus file of `locale`, else null (a stale or broken file: the
 * demo says so instead of failing later).
 *
 * @example parseCorpus({ locale: 'en', cap: 60, pages: [['glossary', 'Glossary', '/en/glossary/']], sections: [[0, 'bm25', 'BM25', 'A ranking function.']] }, 'en')?.docs[0]
 * // { id: 'glossary#bm25', title: 'BM25', source: 'Glossary', href: '/en/glossary/#bm25', text: 'A ranking function.' }
 */
export function parseCorpus(data: unknown, locale: Locale): RagCorpus | null {
  if (typeof data !== 'object' || data === null) return null;
  const { locale: l, cap, pages, sections } = data as Record<string, unknown>;
  if (l !== locale || typeof cap !== 'number' || !Array.isArray(pages) || !Array.isArray(sections))
    return null;
  const docs: CorpusDoc[] = [];
  for (const row of sections) {
    const doc = rowDoc(row, pages);
    if (!doc) return null;
    docs.push(doc);
  }
  return { locale, cap, docs };
}
