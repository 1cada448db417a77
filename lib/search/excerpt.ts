/** A piece of a search excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: ' ',
};

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '') // any tag other than <mark> carries no meaning in an excerpt
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into parts that React can
 * render as text, so no search result is ever inserted as HTML.
 * @example parseExcerpt('a <mark>b</mark> &amp; c')
 * // → [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' & c', mark: false }]
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  if (typeof html !== 'string') throw new TypeError(`html must be a string, got ${typeof html}`);
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const before = decode(html.slice(last, match.index));
    if (before) parts.push({ text: before, mark: false });
    const marked = decode(match[1] ?? '');
    if (marked) parts.push({ text: marked, mark: true });
    last = match.index + match[0].length;
  }
  const rest = decode(html.slice(last));
  if (rest) parts.push({ text: rest, mark: false });
  return parts;
}
