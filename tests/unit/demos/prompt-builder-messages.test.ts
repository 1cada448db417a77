import { describe, expect, it } from 'vitest';
import { charName, errorLine, issueMessage, syntaxMessage } from '@/components/demos/prompt-builder/messages';
import { TEXT } from '@/components/demos/prompt-builder/text';
import {
  JsonOutputSyntaxError,
  parseJsonOutput,
  validateJsonOutput,
  type OutputIssue,
} from '@/lib/prompting';

function syntaxOf(text: string): JsonOutputSyntaxError {
  try {
    parseJsonOutput(text);
  } catch (e) {
    if (e instanceof JsonOutputSyntaxError) return e;
  }
  throw new Error('no syntax error');
}

function issuesOf(value: unknown, schema: 'sentiment' | 'meeting'): OutputIssue[] {
  const r = validateJsonOutput(value, schema);
  return r.ok ? [] : r.issues;
}

describe('syntaxMessage', () => {
  it('words the truncated object with its line and column in both languages', () => {
    // {"label": "positive" is 20 characters: the text ends at column 21
    const e = syntaxOf('{"label": "positive"');
    expect(syntaxMessage(TEXT.en, e)).toBe('The text ends too early at line 1, column 21; expected , or }');
    expect(syntaxMessage(TEXT.zh, e)).toBe('文本提前结束了（第 1 行第 21 列）；此处应为 , 或 }');
  });

  it('names the character and the likely cause', () => {
    expect(syntaxMessage(TEXT.en, syntaxOf('{“label”: 1}'))).toBe(
      "Unexpected character '“' (U+201C) at line 1, column 2; expected a key in double quotes or } (typographic quotes are not JSON; use straight double quotes \")",
    );
    expect(syntaxMessage(TEXT.en, syntaxOf('{"a":"\\x"}'))).toBe(
      'Invalid escape \\x in a string at line 1, column 8',
    );
    expect(syntaxMessage(TEXT.en, syntaxOf('\u00a0{}'))).toContain(
      'Unexpected character U+00A0 at line 1, column 1',
    );
  });
});

describe('issueMessage', () => {
  it('words each kind of issue', () => {
    const [missing, type] = issuesOf({ attendees: 'Tom', start: null }, 'meeting');
    expect(issueMessage(TEXT.en, missing!)).toBe('missing required key (expected string or null)');
    expect(issueMessage(TEXT.en, type!)).toBe('expected array, got string');
    const [value] = issuesOf({ label: 'good' }, 'sentiment');
    expect(issueMessage(TEXT.en, value!)).toBe(
      'expected one of "positive", "negative", "neutral", got "good"',
    );
    expect(issueMessage(TEXT.zh, value!)).toBe('应为 "positive"、"negative"、"neutral" 之一，实际是 "good"');
    const [format, , extra] = issuesOf(
      { date: '2025/06/18', start: null, attendees: [], room: 1 },
      'meeting',
    );
    expect(issueMessage(TEXT.en, format!)).toBe('expected a date as YYYY-MM-DD, got "2025/06/18"');
    expect(issueMessage(TEXT.zh, extra ?? format!)).not.toContain('undefined');
    const [unknown] = issuesOf({ label: 'positive', confidence: 0.9 }, 'sentiment');
    expect(issueMessage(TEXT.en, unknown!)).toBe('key "confidence" is not in the schema');
    const [missingLabel] = issuesOf({}, 'sentiment');
    expect(issueMessage(TEXT.en, missingLabel!)).toBe(
      'missing required key (expected one of "positive", "negative", "neutral")',
    );
  });
});

describe('errorLine', () => {
  it('cuts the line around the error column', () => {
    expect(errorLine('{\n  "a" x\n}', 2, 7)).toEqual({ before: '  "a" ', at: 'x', after: '' });
    // the end of the text: nothing at the column
    expect(errorLine('{"label": "positive"', 1, 21)).toEqual({
      before: '{"label": "positive"',
      at: '',
      after: '',
    });
    const long = `${'a'.repeat(100)}X${'b'.repeat(100)}`;
    const cut = errorLine(long, 1, 101);
    expect(cut).toEqual({ before: `…${'a'.repeat(40)}`, at: 'X', after: `${'b'.repeat(40)}…` });
    expect(errorLine('😀x', 1, 2).at).toBe('x');
  });

  it('shows invisible characters by code only', () => {
    expect(charName('\u200b')).toBe('U+200B');
    expect(charName('x')).toBe("'x' (U+0078)");
    expect(charName(null)).toBe('');
  });
});
