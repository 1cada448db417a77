/**
 * Plain text of the site's MDX pages, section by section, and of glossary Markdown, for the
 * retriever over this site (components/demos/rag-explorer/, served by
 * app/[locale]/rag/corpus.json/route.ts). Build-time only.
 *
 * A single pass over the source, not a Markdown parser: the full MDX parser (micromark) reads
 * about 200 KB of MDX per second here, which would add some ten seconds to every build for text
 * the demo then cuts to a few sentences per section. The pass knows the constructs the pages use
 * (docs/authoring.md) and is checked against every real page by tests/unit/server/rag-corpus.test.ts.
 *
 * What stays: prose, list items, table cells, inline code, inline math as its TeX source between
 * `$…$`, the text inside JSX elements (<Term>, <Notation>, <Pitfall>, …) and their `title`,
 * `caption` and `year` attributes, link text. What goes: display math, fenced code, JSX tags and
 * props (so a demo leaves nothing), MDX comments and expressions, Markdown markup.
 */
import { HEADING_LINE } from '@/lib/content/headings';

/** One `##` or `###` section of a page: its heading id and title, and its own text. */
export interface PlainSection {
  id: string;
  title: string;
  /** The section's text up to the next `##`/`###` heading (its `###` subsections are not in it). */
  text: string;
}

/** JSX attributes whose string value the reader sees. */
const SHOWN_ATTRIBUTES = new Set(['title', 'caption', 'year']);
const FENCE = /^\s*(`{3,}|~{3,})/;
const TABLE_RULE = /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;
const BLOCK_PREFIX = /^\s*(?:#{4,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
/** Private-use characters around text that the Markdown clean-up must not touch. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Index just past the `{…}` that starts at `i` (nested braces and quoted strings skipped), or -1. */
function skipBraces(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') {
      const close = src.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

/**
 * A JSX tag starting at `i` (`<Name …>`, `</Name>`, `<Name … />`, attributes on several lines
 * allowed): where it ends and the values of its shown attributes; null when it is not a tag.
 */
function readTag(src: string, i: number): { end: number; shown: string[] } | null {
  const head = /^<\/?[A-Za-z][\w.:-]*/.exec(src.slice(i, i + 64));
  if (!head) return null;
  let j = i + head[0].length;
  const shown: string[] = [];
  for (;;) {
    while (j < src.length && /\s/.test(src[j] as string)) j++;
    if (src.startsWith('/>', j)) return { end: j + 2, shown };
    if (src[j] === '>') return { end: j + 1, shown };
    if (src[j] === '{') {
      j = skipBraces(src, j);
      if (j < 0) return null;
      continue;
    }
    const name = /^[^\s=/>{}"']+/.exec(src.slice(j, j + 64));
    if (!name) return null;
    j += name[0].length;
    if (src[j] !== '=') continue;
    j += 1;
    const quote = src[j];
    if (quote === '"' || quote === "'") {
      const close = src.indexOf(quote, j + 1);
      if (close < 0) return null;
      if (SHOWN_ATTRIBUTES.has(name[0])) shown.push(src.slice(j + 1, close));
      j = close + 1;
    } else if (quote === '{') {
      j = skipBraces(src, j);
      if (j < 0) return null;
    } else return null;
  }
}

/** Index of the next unescaped `$` after `i` within the same paragraph, or -1. */
function closingDollar(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j += 1;
    else if (src[j] === '$') return j;
    else if (src[j] === '\n' && src[j + 1] === '\n') return -1;
  }
  return -1;
}

function decodeEntity(name: string): string | null {
  if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name.toLowerCase()] ?? null;
}

/**
 * The text of one line's inline content (the line may continue onto the next lines when a tag,
 * an expression or inline math spans them): returns the text and where the scan stopped.
 */
function scanInline(
  src: string,
  start: number,
  stop: number,
  tableRow = false,
): { text: string; end: number } {
  let out = '';
  let i = start;
  while (i < stop) {
    const c = src[i] as string;
    if (c === '\\' && i + 1 < src.length && /[!-/:-@[-`{-~]/.test(src[i + 1] as string)) {
      out += src[i + 1];
      i += 2;
    } else if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0];
      const close = src.indexOf(run, i + run.length);
      if (close < 0) {
        out += run;
        i += run.length;
      } else {
        out += OPEN + src.slice(i + run.length, close).trim() + CLOSE;
        i = close + run.length;
      }
    } else if (c === '$') {
      const close = closingDollar(src, i);
      if (close < 0) {
        out += c;
        i += 1;
      } else {
        out += `${OPEN}$${src.slice(i + 1, close).replace(/\s+/g, ' ')}$${CLOSE}`;
        i = close + 1;
      }
    } else if (c === '{') {
      const end = skipBraces(src, i);
      i = end < 0 ? i + 1 : end;
    } else if (c === '<' && /^<https?:\/\/[^\s>]+>/.test(src.slice(i, i + 2048))) {
      const end = src.indexOf('>', i);
      out += src.slice(i + 1, end);
      i = end + 1;
    } else if (c === '<' && readTag(src, i)) {
      const tag = readTag(src, i)!;
      if (tag.shown.length > 0) out += ` ${tag.shown.join(' ')}\n`;
      i = tag.end;
    } else if (c === '|' && tableRow) {
      out += ' | ';
      i += 1;
    } else if (c === '&' && /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.test(src.slice(i, i + 12))) {
      const [whole, name] = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(src.slice(i, i + 12))!;
      out += decodeEntity(name as string) ?? whole;
      i += whole.length;
    } else {
      out += c;
      i += 1;
    }
    // a tag, expression or math that ran past the end of the line moves the stop along
    if (i > stop) stop = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
  }
  return { text: out, end: Math.max(i, stop) };
}

/**
 * Removes Markdown markup from scanned text: link and image syntax (the text stays), emphasis and
 * strikethrough markers; protected spans (code, math) are untouched.
 */
function cleanMarkup(text: string): string {
  const kept: string[] = [];
  const masked = text.replace(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g'), (_m, inner: string) => {
    kept.push(inner);
    return `${OPEN}${kept.length - 1}${CLOSE}`;
  });
  const cleaned = masked
    .replace(/!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  return cleaned.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, n: string) => kept[Number(n)] ?? '');
}

/** Collapses runs of spaces, trims every line and drops empty lines. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Removes a leading `---` YAML block (the page's frontmatter). */
function stripFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/**
 * The `##` and `###` sections of an MDX page as plain text, in page order. Text before the first
 * such heading (learning goals, the opening paragraph) belongs to no section and is left out;
 * `####` headings stay inside their section as a line of text. The headings are read as
 * lib/content's `extractHeadings` reads them (fenced code skipped), so ids always match the page.
 *
 * @example mdxSections('## Hi {' + '/*hi*' + '/}\n\nSee <Term id="x">**this**</Term>.')
 * // → [{ id: 'hi', title: 'Hi', text: 'See this.' }]
 */
export function mdxSections(source: string): PlainSection[] {
  const src = stripFrontmatter(source).replace(/\r\n?/g, '\n');
  const sections: PlainSection[] = [];
  let current: { id: string; title: string; text: string } | null = null;
  const close = () => {
    if (current)
      sections.push({ id: current.id, title: current.title, text: tidy(cleanMarkup(current.text)) });
  };
  let i = 0;
  while (i < src.length) {
    const lineEnd = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    const line = src.slice(i, lineEnd);
    const fence = FENCE.exec(line);
    const trimmed = line.trim();
    if (fence) {
      // Skip to the closing fence: the same character, at least as long.
      const marker = (fence[1] as string)[0] as string;
      const closing = new RegExp(`^\\s*\\${marker}{${(fence[1] as string).length},}\\s*$`, 'm');
      const rest = src.slice(lineEnd + 1);
      const found = closing.exec(rest);
      i = found ? lineEnd + 1 + found.index + found[0].length + 1 : src.length;
      continue;
    }
    if (trimmed.startsWith('$$')) {
      // Display math: a one-line $$…$$, or lines up to the one that ends with $$.
      const oneLine = trimmed.length >= 4 && trimmed.endsWith('$$');
      const end = oneLine ? lineEnd : src.indexOf('$$', lineEnd);
      const stop = end < 0 ? src.length : src.indexOf('\n', end);
      i = stop < 0 ? src.length : stop + 1;
      continue;
    }
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      close();
      const title = tidy(
        cleanMarkup(scanInline(heading[2] as string, 0, (heading[2] as string).length).text),
      );
      current = { id: heading[3] as string, title, text: '' };
      i = lineEnd + 1;
      continue;
    }
    if (TABLE_RULE.test(line) || THEMATIC_BREAK.test(line)) {
      i = lineEnd + 1;
      continue;
    }
    const prefix = BLOCK_PREFIX.exec(line)?.[0].length ?? 0;
    // A table row's pipes separate cells; elsewhere a pipe is text.
    const row = trimmed.startsWith('|');
    const scanned = scanInline(src, i + prefix, lineEnd, row);
    const text = row ? scanned.text.replace(/^\s*\|\s*|\s*\|\s*$/g, '') : scanned.text;
    if (current) current.text += `${text}\n`;
    i = scanned.end + 1;
  }
  close();
  return sections;
}

/**
 * Plain text of a Markdown snippet (a glossary definition): math kept as `$TeX$`, links as their
 * text, emphasis dropped.
 *
 * @example markdownText('The **smallest** set with mass $\\ge p$ ([more](/en/x/)).')
 * // → 'The smallest set with mass $\\ge p$ (more).'
 */
export function markdownText(markdown: string): string {
  const src = markdown.replace(/\r\n?/g, '\n');
  return tidy(cleanMarkup(scanInline(src, 0, src.length).text));
}
