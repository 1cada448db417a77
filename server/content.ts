/**
 * Build-time access to content/: chapter order, page frontmatter and headings.
 * Runs only in Node (server components, scripts); every file it reads is validated, and any
 * problem throws with the file name so the build fails where the author can fix it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractHeadings, frontmatterSchema, metaSchema } from '@/lib/content';
import type { Frontmatter, Heading } from '@/lib/content';
import { locales } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n';

export const CONTENT_DIR = path.join(process.cwd(), 'content');

export interface PageInfo {
  locale: Locale;
  chapter: string;
  /** Page slug inside the chapter; `index` is the chapter's landing page. */
  page: string;
  /** Site path without base path, with the trailing slash the export uses. */
  href: string;
  file: string;
  frontmatter: Frontmatter;
  headings: Heading[];
  source: string;
}

export interface ChapterInfo {
  slug: string;
  title: string;
  description: string;
  pages: PageInfo[];
}

export function pageHref(locale: Locale, chapter: string, page: string): string {
  return page === 'index' ? `/${locale}/${chapter}/` : `/${locale}/${chapter}/${page}/`;
}

export function readMeta() {
  const file = path.join(CONTENT_DIR, 'meta.json');
  const result = metaSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

/** Splits `---\nyaml\n---` from the top of an MDX file and validates it. */
export function parseFrontmatter(source: string, file: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${file}: missing frontmatter block (--- title/description ---)`);
  const result = frontmatterSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid frontmatter\n  ${issues.join('\n  ')}`);
  }
  return result.data;
}

export function readPage(locale: Locale, chapter: string, page: string): PageInfo {
  const file = path.join(CONTENT_DIR, locale, chapter, `${page}.mdx`);
  if (!fs.existsSync(file)) throw new Error(`${file} is listed in content/meta.json but does not exist`);
  const source = fs.readFileSync(file, 'utf8');
  const frontmatter = parseFrontmatter(source, file);
  const isIndex = page === 'index';
  if (isIndex !== (frontmatter.chapterTitle !== undefined && frontmatter.chapterDescription !== undefined)) {
    throw new Error(
      isIndex
        ? `${file}: a chapter's index page needs chapterTitle and chapterDescription in its frontmatter`
        : `${file}: chapterTitle and chapterDescription belong on the chapter's index page only`,
    );
  }
  return {
    locale,
    chapter,
    page,
    href: pageHref(locale, chapter, page),
    file,
    frontmatter,
    headings: extractHeadings(source),
    source,
  };
}

const cache = new Map<Locale, ChapterInfo[]>();

/** All chapters of a locale in reading order, each with its pages. */
export function getChapters(locale: Locale): ChapterInfo[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const chapters = readMeta().chapters.map((chapter) => {
    const pages = chapter.pages.map((page) => readPage(locale, chapter.slug, page));
    const first = pages[0]!;
    return {
      slug: chapter.slug,
      // readPage guarantees both fields on index pages.
      title: first.frontmatter.chapterTitle ?? first.frontmatter.title,
      description: first.frontmatter.chapterDescription ?? first.frontmatter.description,
      pages,
    };
  });
  cache.set(locale, chapters);
  return chapters;
}

/** Every page of a locale in reading order (for prev/next and static params). */
export function getAllPages(locale: Locale): PageInfo[] {
  return getChapters(locale).flatMap((c) => c.pages);
}

export function findPage(locale: Locale, chapter: string, page: string): PageInfo | undefined {
  return getAllPages(locale).find((p) => p.chapter === chapter && p.page === page);
}

export function allLocalePages(): PageInfo[] {
  return locales.flatMap((locale) => getAllPages(locale));
}
