/**
 * The site's glossary as the glossary_lookup tool reads it: the review data's `glossary.json`
 * (components/study/use-review-data.ts loads it; app/[locale]/review/data/[file]/route.ts writes
 * it) holds each term's definition as HTML, so definitions become plain text first — through the
 * DOM's textContent, never innerHTML. Tested in tests/unit/demos/react-stepper-glossary.test.ts.
 */
import type { GlossaryEntry } from '@/lib/agents';

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The glossary entries of a `glossary.json` payload; items that do not have its shape
 * (`id`, `term`, `aka[]`, `definitionHtml` strings) are skipped, so a bad file never throws.
 *
 * @example toGlossaryEntries([{ id: 'a', term: 'A', aka: [], definitionHtml: '<em>x</em>' }], (h) => h.replace(/<[^>]*>/g, '')) // [{ id: 'a', term: 'A', aka: [], definition: 'x' }]
 */
export function toGlossaryEntries(data: unknown, htmlToText: (html: string) => string): GlossaryEntry[] {
  if (!Array.isArray(data)) return [];
  const entries: GlossaryEntry[] = [];
  for (const item of data as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, term, aka, definitionHtml } = item as Record<string, unknown>;
    if (!isString(id) || !isString(term) || !isString(definitionHtml)) continue;
    entries.push({
      id,
      term,
      aka: Array.isArray(aka) ? aka.filter(isString) : [],
      definition: htmlToText(definitionHtml),
    });
  }
  return entries;
}

/** Collapses whitespace and drops the zero-width spaces KaTeX puts into its HTML. */
export function tidyText(text: string): string {
  return text
    .replace(/[\u200b\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of an HTML fragment in the browser: parsed by DOMParser into an inert document (no
 * scripts run, nothing is attached to the page) and read with textContent.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return tidyText(doc.body.textContent ?? '');
}
