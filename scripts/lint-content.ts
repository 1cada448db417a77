/**
 * Content lint (`npm run lint:content`): checks what the MDX build alone does not.
 *   - content/meta.json and every page's frontmatter against their zod schemas;
 *   - every MDX file is listed in meta.json (no orphans) and exists in both locales;
 *   - every `##`/`###` heading has an explicit id, unique within its page;
 *   - zh/en parity: same heading ids in the same order, same demos, same number of questions;
 *   - every internal link resolves to a page, and its `#anchor` to a heading id on that page;
 *   - question banks: schema, ≥ 15 questions per chapter and language, ids and structure identical
 *     in zh and en, every `section` resolves, every page shows its questions; every quiz has a
 *     `choicePrompt` that renders, and exactly one correct choice unless that prompt carries the
 *     language's select-all marker;
 *   - glossary: schema, unique ids, zh and en list the same ids with the same sections, every
 *     section resolves, every `<Term id>` names a term, once per page, the same terms in zh and en.
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoManifest } from '@/components/demos/manifest';
import { MIN_QUESTIONS_PER_CHAPTER, choiceCountProblem, isSelectAllPrompt } from '@/lib/content';
import type { BankQuestion } from '@/lib/content';
import { locales } from '@/lib/i18n';
import { CONTENT_DIR, readMeta, readPage } from '@/server/content';
import type { PageInfo } from '@/server/content';
import { getGlossary, glossaryFile, readGlossary } from '@/server/glossary';
import { renderInlineMarkdown } from '@/server/markdown';
import { bankFile, getQuestions, readBank } from '@/server/questions';

const errors: string[] = [];
const fail = (file: string, message: string) =>
  errors.push(`${path.relative(process.cwd(), file)}: ${message}`);
/** The values that occur more than once, each listed once. */
const repeated = (values: readonly string[]) => [
  ...new Set(values.filter((value, i) => values.indexOf(value) !== i)),
];

const meta = readMeta();
const pages: PageInfo[] = [];
for (const locale of locales) {
  for (const chapter of meta.chapters) {
    for (const page of chapter.pages) {
      try {
        pages.push(readPage(locale, chapter.slug, page));
      } catch (error) {
        errors.push(String(error instanceof Error ? error.message : error));
      }
    }
  }
}

// Orphans: MDX files no reader can reach.
const listed = new Set(pages.map((p) => p.file));
for (const locale of locales) {
  const dir = path.join(CONTENT_DIR, locale);
  if (!fs.existsSync(dir)) continue;
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const file = path.join(dir, rel);
    if (file.endsWith('.mdx') && !listed.has(file)) fail(file, 'not listed in content/meta.json');
  }
}

const demoTags: readonly string[] = demoManifest.map((d) => d.component);
const stripCode = (source: string) => source.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '');

function demosOf(page: PageInfo): string[] {
  const body = stripCode(page.source);
  return [...body.matchAll(/<([A-Z][A-Za-z]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((tag) => demoTags.includes(tag));
}

for (const page of pages) {
  const body = stripCode(page.source);
  // A heading line without an id comment (the build fails on these too, with less context).
  for (const [i, line] of body.split('\n').entries()) {
    if (/^#{2,3}\s/.test(line) && !/\{\/\*\s*[a-z0-9-]+\s*\*\/\}\s*$/.test(line)) {
      fail(page.file, `line ${i + 1}: heading without an explicit {/*id*/}: ${line.trim()}`);
    }
  }
  const ids = page.headings.map((h) => h.id);
  for (const id of repeated(ids)) fail(page.file, `duplicate heading id "${id}"`);
}

// Parity between the two locales.
const byKey = new Map(pages.map((p) => [`${p.locale}:${p.chapter}/${p.page}`, p]));
for (const zh of pages.filter((p) => p.locale === 'zh')) {
  const en = byKey.get(`en:${zh.chapter}/${zh.page}`);
  if (!en) continue;
  const zhIds = zh.headings.map((h) => h.id).join(', ');
  const enIds = en.headings.map((h) => h.id).join(', ');
  if (zhIds !== enIds) fail(en.file, `heading ids differ from zh:\n    zh: ${zhIds}\n    en: ${enIds}`);
  if (demosOf(zh).join() !== demosOf(en).join()) {
    fail(en.file, `demos differ from zh: zh [${demosOf(zh).join(', ')}], en [${demosOf(en).join(', ')}]`);
  }
}

// Internal links: markdown `](/…)` and JSX `href="/…"`.
const hrefs = new Map(pages.map((p) => [p.href, p]));
let linkCount = 0;
for (const page of pages) {
  const body = stripCode(page.source);
  const targets = [
    ...[...body.matchAll(/\]\((\/[^)\s]*|#[^)\s]+)\)/g)].map((m) => m[1] ?? ''),
    ...[...body.matchAll(/href="(\/[^"]*|#[^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  for (const target of targets) {
    linkCount += 1;
    const [pathPart = '', anchor] = target.split('#');
    const home = pathPart === `/${page.locale}/`;
    const dest = pathPart === '' ? page : hrefs.get(pathPart);
    if (!dest && !home) {
      fail(
        page.file,
        `link to ${target}: no such page (links need the /<locale>/ prefix and a trailing slash)`,
      );
      continue;
    }
    if (dest && dest.locale !== page.locale) fail(page.file, `link to ${target} leaves the page's language`);
    if (anchor && dest && !dest.headings.some((h) => h.id === anchor)) {
      fail(page.file, `link to ${target}: no heading with id "${anchor}" on ${dest.href}`);
    }
  }
}

/** Why a section reference (question or glossary term) does not resolve, or null when it does. */
function sectionProblem(locale: string, chapter: string, page: string, anchor: string): string | null {
  const target = pages.find((p) => p.locale === locale && p.chapter === chapter && p.page === page);
  if (!target) return `names no page of ${chapter}`;
  return target.headings.some((h) => h.id === anchor) ? null : `has no heading #${anchor} on that page`;
}

/**
 * Markdown tables whose header row has an empty cell (axe `empty-table-header`: a screen reader
 * announces nothing for that column). Returns the offending header lines.
 */
function emptyHeaderCells(markdown: string): string[] {
  const lines = markdown.split('\n');
  return lines.filter((line, i) => {
    const next = lines[i + 1]?.trim() ?? '';
    if (!line.trim().startsWith('|') || !/^\|[\s:|-]+\|$/.test(next) || !next.includes('-')) return false;
    return line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .some((cell) => cell.trim() === '');
  });
}

for (const page of pages) {
  for (const line of emptyHeaderCells(stripCode(page.source)))
    fail(page.file, `table header has an empty cell (give it a name): ${line.trim().slice(0, 60)}`);
}

// Question banks.
let questionCount = 0;
for (const chapter of meta.chapters) {
  const banks = new Map<string, BankQuestion[]>();
  for (const locale of locales) {
    const file = bankFile(locale, chapter.slug);
    try {
      const bank = readBank(locale, chapter.slug);
      if (!bank) {
        fail(file, 'missing: every chapter needs an interview-question bank');
        continue;
      }
      banks.set(locale, bank);
      questionCount += bank.length;
      if (bank.length < MIN_QUESTIONS_PER_CHAPTER) {
        fail(file, `${bank.length} questions, at least ${MIN_QUESTIONS_PER_CHAPTER} needed`);
      }
      const ids = bank.map((q) => q.id);
      for (const id of repeated(ids)) fail(file, `duplicate id "${id}"`);
      for (const q of bank) {
        if (!q.id.startsWith(`${chapter.slug}-`))
          fail(file, `id "${q.id}" must start with "${chapter.slug}-"`);
        const [page = '', anchor = ''] = q.section.split('#');
        const problem = sectionProblem(locale, chapter.slug, page, anchor);
        if (problem) fail(file, `${q.id}: section "${q.section}" ${problem}`);
        for (const text of [q.short, q.deep]) {
          for (const line of emptyHeaderCells(text))
            fail(file, `${q.id}: table header has an empty cell: ${line.trim().slice(0, 60)}`);
        }
        if (q.choices) {
          // The quiz shows choicePrompt, not question, above the choices: the two must agree.
          if (q.choicePrompt === undefined) fail(file, `${q.id}: a quiz needs a choicePrompt`);
          const count = choiceCountProblem(q.choicePrompt ?? '', q.choices, locale);
          if (count) fail(file, `${q.id}: quiz ${count}`);
          if (q.choicePrompt) renderInlineMarkdown(q.choicePrompt, `${file} ${q.id}.choicePrompt`);
        }
      }
      getQuestions(locale); // renders every answer: a bad formula fails here, not at build
    } catch (error) {
      errors.push(String(error instanceof Error ? error.message : error));
    }
  }
  const zh = banks.get('zh');
  const en = banks.get('en');
  if (zh && en) {
    const shape = (q: BankQuestion) =>
      JSON.stringify([
        q.id,
        q.section,
        q.difficulty,
        q.tags,
        q.choices?.map((c) => c.correct) ?? null,
        q.choices ? isSelectAllPrompt(q.choicePrompt ?? '') : null,
      ]);
    const enShapes = en.map(shape);
    zh.forEach((q, i) => {
      if (shape(q) !== enShapes[i]) {
        fail(
          bankFile('en', chapter.slug),
          `question ${i + 1} differs from zh in id, section, difficulty, tags, choices or select-all marker`,
        );
      }
    });
    if (zh.length !== en.length)
      fail(bankFile('en', chapter.slug), `${en.length} questions, zh has ${zh.length}`);
  }
  // Every page ends with its interview questions.
  for (const page of pages.filter((p) => p.chapter === chapter.slug)) {
    const shows = /<InterviewQuestions\s*\/>/.test(stripCode(page.source));
    const has = banks.get(page.locale)?.some((q) => q.section.startsWith(`${page.page}#`)) ?? false;
    if (!shows) fail(page.file, 'has no <InterviewQuestions /> section');
    if (shows && !has)
      fail(page.file, `the ${chapter.slug} bank has no question whose section is on this page`);
  }
}

// Glossary and the <Term> hover cards that point into it.
const termsOf = (page: PageInfo) =>
  [...stripCode(page.source).matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1] ?? '');
const glossaries = new Map<string, string[]>();
for (const locale of locales) {
  const file = glossaryFile(locale);
  try {
    const terms = readGlossary(locale);
    glossaries.set(
      locale,
      terms.map((t) => `${t.id} ${t.section}`),
    );
    const ids = terms.map((t) => t.id);
    for (const id of repeated(ids)) fail(file, `duplicate id "${id}"`);
    for (const t of terms) {
      const [where = '', anchor = ''] = t.section.split('#');
      const [chapter = '', page = ''] = where.split('/');
      const problem = sectionProblem(locale, chapter, page, anchor);
      if (problem) fail(file, `${t.id}: section "${t.section}" ${problem}`);
    }
    getGlossary(locale); // renders every definition: a bad formula fails here
    for (const page of pages.filter((p) => p.locale === locale)) {
      const used = termsOf(page);
      for (const id of used.filter((id) => !ids.includes(id)))
        fail(page.file, `<Term id="${id}">: not in ${path.relative(process.cwd(), file)}`);
      for (const id of repeated(used)) {
        fail(page.file, `<Term id="${id}"> appears more than once (mark the first mention only)`);
      }
    }
  } catch (error) {
    errors.push(String(error instanceof Error ? error.message : error));
  }
}
if (glossaries.get('zh')?.join('\n') !== glossaries.get('en')?.join('\n')) {
  fail(glossaryFile('en'), 'terms differ from zh: same ids, same order, same sections needed');
}
for (const zh of pages.filter((p) => p.locale === 'zh')) {
  const en = byKey.get(`en:${zh.chapter}/${zh.page}`);
  if (en && [...termsOf(zh)].sort().join() !== [...termsOf(en)].sort().join()) {
    fail(
      en.file,
      `<Term>s differ from zh: zh [${termsOf(zh).sort().join(', ')}], en [${termsOf(en).sort().join(', ')}]`,
    );
  }
}

if (errors.length > 0) {
  console.error(`content lint: ${errors.length} problem(s)\n`);
  for (const e of errors) console.error(`- ${e}`);
  process.exit(1);
}
const headingCount = pages.reduce((n, p) => n + p.headings.length, 0);
console.log(
  `content lint: ${pages.length} pages, ${headingCount} headings, ${linkCount} internal links, ` +
    `${pages.reduce((n, p) => n + demosOf(p).length, 0)} demo uses, ${questionCount} bank questions, ` +
    `${glossaries.get('zh')?.length ?? 0} glossary terms — all consistent`,
);
