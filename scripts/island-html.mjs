// The HTML surgery of scripts/islands.mjs, kept apart so it can be unit-tested
// (tests/unit/scripts/island-html.test.ts). React's HTML is well formed and escapes `<` in text and
// attributes, which is what lets plain string scanning find an island's closing tag.

const ENTITIES = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decodeAttribute = (value) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (e) => ENTITIES[e]);

export function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeAttribute(match[1]) : undefined;
}

/** Index just past the `</div>` that closes the `<div` opened before `from` (React's HTML is well formed). */
export function closingDiv(html, from, file) {
  const tags = /<div[\s>]|<\/div>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return { innerEnd: m.index, end: m.index + m[0].length };
  }
  throw new Error(`${file}: an island's <div> is never closed`);
}

/** Re-renders the islands of one page; returns the new HTML and how many islands it holds. */
export async function renderIslands(html, renderIsland, file) {
  const open = /<div data-island="[^"]*"[^>]*>/g;
  let result = '';
  let cursor = 0;
  let count = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[0];
    const innerStart = m.index + tag.length;
    const { innerEnd, end } = closingDiv(html, innerStart, file);
    const name = attribute(tag, 'data-island');
    const prefix = `i${count}-`;
    count += 1;
    let inner = html.slice(innerStart, innerEnd);
    if (attribute(tag, 'data-render') !== 'client') {
      const props = JSON.parse(attribute(tag, 'data-props') ?? '{}');
      inner = await renderIsland(name, props, attribute(tag, 'data-locale') ?? '', prefix);
    }
    result += `${html.slice(cursor, m.index)}${tag.replace(/>$/, ` data-prefix="${prefix}">`)}${inner}</div>`;
    cursor = end;
    open.lastIndex = end;
  }
  return { html: result + html.slice(cursor), count };
}

/**
 * Next's runtime out, our one module script in: every script without `data-keep` goes (its chunks
 * and the inline RSC payload), and so do script preloads.
 */
export function replaceRuntime(html, scriptSrc, preloadSrcs = []) {
  const preloads = preloadSrcs.map((src) => `<link rel="modulepreload" href="${src}"/>`).join('');
  return html
    .replace(/<script\b(?![^>]*\bdata-keep\b)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/g, '')
    .replace('</head>', `<script type="module" src="${scriptSrc}"></script>${preloads}</head>`);
}
