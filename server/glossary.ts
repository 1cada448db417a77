/**
 * Build-time access to the glossary, content/<locale>/glossary.json: validated against its schema,
 * definitions rendered to inline HTML once. Feeds the glossary page and the `<Term>` hover cards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema } from '@/lib/content';
import type { GlossaryTerm } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { CONTENT_DIR, pageHref, readMeta } from './content';
import { renderInlineMarkdown } from './markdown';

export interface RenderedTerm {
  id: string;
  term: string;
  aka: string[];
  /** The definition as inline HTML (no wrapping <p>), math already rendered. */
  definitionHtml: string;
  chapter: string;
  /** Link to the section that explains the term (without base path). */
  href: string;
}

export function glossaryFile(locale: Locale) {
  return path.join(CONTENT_DIR, locale, 'glossary.json');
}

/** Reads and validates one locale's glossary. */
export function readGlossary(locale: Locale): GlossaryTerm[] {
  const file = glossaryFile(locale);
  const result = glossarySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file}: invalid glossary\n  ${issues.join('\n  ')}`);
  }
  return result.data.terms;
}

const cache = new Map<Locale, RenderedTerm[]>();

/** Every term of a locale, in file order, with its definition rendered. */
export function getGlossary(locale: Locale): RenderedTerm[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const chapters = new Set(readMeta().chapters.map((c) => c.slug));
  const terms = readGlossary(locale).map((t) => {
    const [where = '', anchor = ''] = t.section.split('#');
    const [chapter = '', page = ''] = where.split('/');
    if (!chapters.has(chapter)) {
      throw new Error(`${glossaryFile(locale)} ${t.id}: section "${t.section}" names no chapter`);
    }
    return {
      id: t.id,
      term: t.term,
      aka: t.aka,
      definitionHtml: renderInlineMarkdown(t.definition, `${glossaryFile(locale)} ${t.id}.definition`),
      chapter,
      href: `${pageHref(locale, chapter, page)}#${anchor}`,
    };
  });
  cache.set(locale, terms);
  return terms;
}

/**
 * The glossary has one page per chapter (/<locale>/glossary/<chapter>/), where each term is an
 * `<h2 id>`; the index, /<locale>/glossary/, lists every term by name.
 */
export function glossaryChapterHref(locale: Locale, chapter: string): string {
  return `/${locale}/glossary/${chapter}/`;
}

/** Where a term's definition is: its `<h2>` on its chapter's glossary page. */
export function termHref(locale: Locale, term: Pick<RenderedTerm, 'chapter' | 'id'>): string {
  return `${glossaryChapterHref(locale, term.chapter)}#${term.id}`;
}

/** One term by id; throws (failing the build) for an id the glossary does not have. */
export function getTerm(locale: Locale, id: string): RenderedTerm {
  const term = getGlossary(locale).find((t) => t.id === id);
  if (!term) throw new Error(`<Term id="${id}">: no such term in ${glossaryFile(locale)}`);
  return term;
}
