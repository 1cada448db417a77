/**
 * Build-time access to the interview-question banks, content/<locale>/questions/<chapter>.json.
 * Each bank is validated against its schema; text is rendered to HTML once, here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { questionBankSchema } from '@/lib/content';
import type { BankQuestion } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { CONTENT_DIR, pageHref, readMeta } from './content';
import { renderInlineMarkdown, renderMarkdown } from './markdown';

/** A question ready to show: structure plus pre-rendered HTML of every text field. */

/**
 * A question is shown inside a `<summary>` (chapter pages) or beside buttons (review page), so it
 * may not hold a link: nested interactive controls break keyboard and screen-reader use. GFM
 * autolinks bare URLs and e-mail addresses; put those in backticks.
 */
function questionHtml(markdown: string, where: string): string {
  const html = renderInlineMarkdown(markdown, where);
  if (/<a\s/.test(html)) {
    throw new Error(
      `${where}: a question may not contain a link (a bare URL or e-mail address is linked automatically; write it in backticks)`,
    );
  }
  return html;
}

export interface RenderedQuestion {
  id: string;
  chapter: string;
  /** Page slug and heading id of the section that answers it. */
  page: string;
  anchor: string;
  /** Link to that section (without base path). */
  href: string;
  difficulty: BankQuestion['difficulty'];
  tags: string[];
  question: string;
  /** The question as inline HTML (it may hold `code` or $math$). */
  questionHtml: string;
  shortHtml: string;
  deepHtml: string;
  wrongHtml: string[];
  followUpsHtml: string[];
  choices: { html: string; correct: boolean; explanationHtml: string }[] | null;
  /** The exact question the choices answer (`choicePrompt`), as inline HTML; null without choices. */
  choicePromptHtml: string | null;
}

export function bankFile(locale: Locale, chapter: string) {
  return path.join(CONTENT_DIR, locale, 'questions', `${chapter}.json`);
}

/** Reads and validates one bank; `null` when the chapter has none yet. */
export function readBank(locale: Locale, chapter: string): BankQuestion[] | null {
  const file = bankFile(locale, chapter);
  if (!fs.existsSync(file)) return null;
  const result = questionBankSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file}: invalid question bank\n  ${issues.join('\n  ')}`);
  }
  if (result.data.chapter !== chapter) throw new Error(`${file}: "chapter" must be "${chapter}"`);
  return result.data.questions;
}

const cache = new Map<Locale, RenderedQuestion[]>();

/** Every question of a locale, in chapter order then bank order, with HTML rendered. */
export function getQuestions(locale: Locale): RenderedQuestion[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const all = readMeta().chapters.flatMap((chapter) =>
    (readBank(locale, chapter.slug) ?? []).map((q) => {
      const where = `${bankFile(locale, chapter.slug)} ${q.id}`;
      const md = (text: string, field: string) => renderMarkdown(text, `${where}.${field}`);
      const [page = 'index', anchor = ''] = q.section.split('#');
      return {
        id: q.id,
        chapter: chapter.slug,
        page,
        anchor,
        href: `${pageHref(locale, chapter.slug, page)}#${anchor}`,
        difficulty: q.difficulty,
        tags: q.tags,
        question: q.question,
        questionHtml: questionHtml(q.question, `${where}.question`),
        shortHtml: md(q.short, 'short'),
        deepHtml: md(q.deep, 'deep'),
        wrongHtml: q.wrong.map((w, i) => md(w, `wrong[${i}]`)),
        followUpsHtml: q.followUps.map((f, i) => md(f, `followUps[${i}]`)),
        choices:
          q.choices?.map((c, i) => ({
            html: md(c.text, `choices[${i}].text`),
            correct: c.correct,
            explanationHtml: md(c.explanation, `choices[${i}].explanation`),
          })) ?? null,
        choicePromptHtml: q.choicePrompt
          ? renderInlineMarkdown(q.choicePrompt, `${where}.choicePrompt`)
          : null,
      };
    }),
  );
  cache.set(locale, all);
  return all;
}
