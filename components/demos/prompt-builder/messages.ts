/**
 * The validator's words for lib's findings: a JSON syntax error (reason, position, what was
 * expected, a hint) and a schema issue (code, allowed types or values), in the page's language,
 * and the line of the pasted text where the syntax error sits. Pure; tested in
 * tests/unit/demos/prompt-builder-messages.test.ts. Only types come from lib/prompting/json-output,
 * so this file does not pull zod into the demo's chunk.
 */
import type {
  JsonExpectation,
  JsonSyntaxHint,
  JsonSyntaxReason,
  OutputIssue,
} from '@/lib/prompting/json-output';
import type { PromptBuilderText } from './text';

/** The fields of lib's JsonOutputSyntaxError the message needs. */
export interface SyntaxFinding {
  readonly reason: JsonSyntaxReason;
  readonly line: number;
  readonly column: number;
  readonly found: string | null;
  readonly expected: JsonExpectation | null;
  readonly hint: JsonSyntaxHint | null;
}

const INVISIBLE = /^[\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]$/;

/**
 * A character as a message shows it: quoted, with its code point; a control or invisible
 * character by its code point only.
 *
 * @example charName('“') // "'“' (U+201C)"
 * @example charName('\u200b') // 'U+200B'
 */
export function charName(ch: string | null): string {
  if (ch === null || ch === '') return '';
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const hidden = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || INVISIBLE.test(ch);
  return hidden ? code : `'${ch}' (${code})`;
}

/**
 * The syntax error in words: what went wrong, where (1-based line and column), what was
 * expected there, and a likely cause.
 *
 * @example syntaxMessage(TEXT.en, { reason: 'unexpected-end', line: 1, column: 21, found: null, expected: 'comma-or-close-object', hint: null })
 *   // 'The text ends too early at line 1, column 21; expected , or }'
 */
export function syntaxMessage(t: PromptBuilderText, e: SyntaxFinding): string {
  const s = t.syntax;
  const found = e.reason === 'bad-escape' ? (e.found ?? '') : charName(e.found);
  const head = s.heads[e.reason](found);
  const want = e.expected ? s.expect(s.expected[e.expected]) : '';
  const hint = e.hint ? ` (${s.hints[e.hint]})` : '';
  return `${s.at(head, s.where(e.line, e.column))}${want}${hint}`;
}

/**
 * A schema issue in words (the path is shown next to it).
 *
 * @example issueMessage(TEXT.en, { path: ['label'], code: 'value', values: ['"positive"', '"negative"'], received: '"good"', message: '' })
 *   // 'expected one of "positive", "negative", got "good"'
 */
export function issueMessage(t: PromptBuilderText, issue: OutputIssue): string {
  const s = t.issues;
  const types = (issue.expected ?? []).join(s.or);
  switch (issue.code) {
    case 'missing':
      return s.missing(issue.values && issue.values.length > 0 ? s.oneOf([...issue.values]) : types);
    case 'type':
      return s.type(types, issue.received ?? '');
    case 'value':
      return s.value(s.oneOf([...(issue.values ?? [])]), issue.received ?? '');
    case 'format':
      return s.format(issue.format ?? 'date', issue.received ?? '');
    case 'unknown-key':
      return s.unknownKey((issue.keys ?? []).map((k) => JSON.stringify(k)).join(', '));
    case 'too-short':
      return s.tooShort;
    default:
      return issue.message;
  }
}

/** How much of a long line is shown on each side of the error. */
const CONTEXT = 40;

/**
 * The line of `text` where a syntax error sits, cut around the error column: the characters
 * before it, the character at it ('' at the end of a line) and those after; `…` marks a cut.
 * Lines end at \n, \r\n or \r, and columns count code points, as lib's positions do.
 *
 * @example errorLine('{\n  "a" x\n}', 2, 7) // { before: '  "a" ', at: 'x', after: '' }
 */
export function errorLine(
  text: string,
  line: number,
  column: number,
): { before: string; at: string; after: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const chars = Array.from(lines[line - 1] ?? '');
  const i = Math.max(0, column - 1);
  const from = Math.max(0, i - CONTEXT);
  const to = Math.min(chars.length, i + 1 + CONTEXT);
  return {
    before: (from > 0 ? '…' : '') + chars.slice(from, i).join(''),
    at: chars[i] ?? '',
    after: chars.slice(i + 1, to).join('') + (to < chars.length ? '…' : ''),
  };
}
