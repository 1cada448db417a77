/** A section heading of an MDX page, as the on-page table of contents lists it. */
export interface Heading {
  depth: 2 | 3;
  /** Title text without markdown emphasis or math delimiters. */
  text: string;
  /** Explicit id written after the title as an MDX comment (see mdx/remark-heading-ids.mjs). */
  id: string;
}

/** A `##`/`###` heading line with its explicit id: groups are the hashes, the title and the id. */
export const HEADING_LINE = /^(#{2,3})\s+(.+?)\s*\{\/\*\s*([a-z0-9-]+)\s*\*\/\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Lists the level-2 and level-3 headings of an MDX source in order, skipping fenced code.
 * The build plugin enforces that each has an id; this only reads them.
 * @example extractHeadings('## Hi {' + '/*hi*' + '/}') // → [{ depth: 2, text: 'Hi', id: 'hi' }]
 */
export function extractHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of source.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = HEADING_LINE.exec(line);
    if (!match) continue;
    const [, hashes = '', text = '', id = ''] = match;
    headings.push({ depth: hashes.length === 2 ? 2 : 3, text: plainText(text), id });
  }
  return headings;
}

/** Strips the markdown a heading may carry (emphasis, code, inline math) for use as plain text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\$([^$]+)\$/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
