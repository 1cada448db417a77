// The HTML surgery of scripts/answers.mjs, kept apart so it can be unit-tested
// (tests/unit/scripts/answer-html.test.ts). Same string scanning as island-html.mjs: React's HTML is
// well formed and escapes `<` in text and attributes.
import { attribute, closingDiv } from './island-html.mjs';

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Moves the body of every `<div data-answer-rest="id">` (an interview answer past its short answer,
 * components/study/answer-view.tsx) out of a page. Each slot keeps its attributes, gains
 * `data-src` (where the browser fetches the bodies) and shows its `data-pending` message instead.
 * Returns the new HTML and the bodies by question id, in page order.
 */
export function deferAnswers(html, src, file) {
  const open = /<div data-answer-rest="[^"]*"[^>]*>/g;
  const answers = {};
  let result = '';
  let cursor = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[0];
    const innerStart = m.index + tag.length;
    const { innerEnd, end } = closingDiv(html, innerStart, file);
    const id = attribute(tag, 'data-answer-rest');
    if (id in answers) throw new Error(`${file}: question ${id} appears twice`);
    answers[id] = html.slice(innerStart, innerEnd);
    const pending = escapeText(attribute(tag, 'data-pending') ?? '');
    const slot = tag.replace(/>$/, ` data-src="${escapeAttribute(src)}">`);
    result += `${html.slice(cursor, m.index)}${slot}<p class="text-sm text-muted" data-answer-status>${pending}</p></div>`;
    cursor = end;
    open.lastIndex = end;
  }
  return { html: result + html.slice(cursor), answers };
}
