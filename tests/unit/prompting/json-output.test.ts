import { describe, expect, it } from 'vitest';
import {
  formatJsonPath,
  JSON_OUTPUT_LIMITS,
  jsonOutputBody,
  JsonOutputSyntaxError,
  JsonOutputTooLongError,
  jsonType,
  lineColumn,
  meetingOutputSchema,
  OUTPUT_SCHEMA_NAMES,
  parseJsonOutput,
  validateJsonOutput,
} from '@/lib/prompting';

/** The error parseJsonOutput throws for `text` (fails the test when it parses). */
function syntaxError(text: string): JsonOutputSyntaxError {
  try {
    parseJsonOutput(text);
  } catch (e) {
    if (e instanceof JsonOutputSyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed: ${text}`);
}

/** V8's 0-based "position N" for the same text, or null when its message gives none. */
function v8Position(text: string): number | null {
  try {
    JSON.parse(text);
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message);
    return m ? Number(m[1]) : null;
  }
  return null;
}

describe('parseJsonOutput', () => {
  it('returns the value of valid JSON, with or without a ```json fence', () => {
    expect(parseJsonOutput('{"label": "positive"}')).toEqual({ label: 'positive' });
    expect(parseJsonOutput('  ```json\n{"label": "positive"}\n```\n')).toEqual({ label: 'positive' });
    expect(parseJsonOutput('```JSON\r\n[1, 2]\r\n```')).toEqual([1, 2]);
    expect(parseJsonOutput('```\nnull\n```')).toBeNull();
    expect(parseJsonOutput(' \n\t"😀 e\u0301" ')).toBe('😀 e\u0301');
    expect(parseJsonOutput('-0.5e+2')).toBe(-50);
    expect(parseJsonOutput('{"a": "\\u00e9\\n"}')).toEqual({ a: 'é\n' });
  });

  // Columns counted by hand (1-based); offsets are what V8 calls "position" (0-based).
  it.each([
    // {"label": "positive" is 20 characters: the text ends where ',' or '}' should be, column 21
    ['{"label": "positive"', 'unexpected-end', 1, 21, 20, 'comma-or-close-object', null],
    // the comma at column 7 is followed by '}' at column 8
    ['{"a":1,}', 'unexpected-character', 1, 8, 7, 'key', 'trailing-comma'],
    ['[1,2', 'unexpected-end', 1, 5, 4, 'comma-or-close-array', null],
    ['[1,]', 'unexpected-character', 1, 4, 3, 'value', 'trailing-comma'],
    // line 2 is `  "a": 01`: the second digit is column 9
    ['{\n  "a": 01\n}', 'leading-zero', 2, 9, 10, null, null],
    ['{"a":"x\ny"}', 'control-character', 1, 8, 7, null, null],
    ["{'a':1}", 'unexpected-character', 1, 2, 1, 'key-or-close', 'single-quote'],
    ['{"a":1} x', 'trailing-text', 1, 9, 8, 'end', null],
    ['{“label”: 1}', 'unexpected-character', 1, 2, 1, 'key-or-close', 'typographic-quote'],
    ['{"a"：1}', 'unexpected-character', 1, 5, 4, 'colon', 'full-width'],
    ['{"a": NaN}', 'unexpected-character', 1, 7, 6, 'value', 'non-json-literal'],
    ['{a: 1}', 'unexpected-character', 1, 2, 1, 'key-or-close', 'unquoted-key'],
    ['{"a": 1 // one\n}', 'unexpected-character', 1, 9, 8, 'comma-or-close-object', 'comment'],
    ['{"a":"\\x"}', 'bad-escape', 1, 8, 7, null, null],
    ['{"a": "\\u12G4"}', 'unexpected-character', 1, 12, 11, 'hex-digit', null],
    ['\u00a0{}', 'unexpected-character', 1, 1, 0, 'value', 'odd-space'],
    ['\ufeff{}', 'unexpected-character', 1, 1, 0, 'value', 'odd-space'],
    ['tru', 'unexpected-end', 1, 4, 3, 'value', null],
    ['-', 'unexpected-end', 1, 2, 1, 'digit', null],
    ['1.', 'unexpected-end', 1, 3, 2, 'digit', null],
    ['1e+', 'unexpected-end', 1, 4, 3, 'digit', null],
    ['', 'empty', 1, 1, 0, 'value', null],
    [' \n ', 'empty', 2, 2, 3, 'value', null],
  ] as const)('places the error in %j', (text, reason, line, column, offset, expected, hint) => {
    const e = syntaxError(text);
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toMatchObject({ reason, line, column, offset, expected, hint });
    expect(e.message).toContain(`at line ${line}, column ${column}`);
    // where V8 names a position, it is the same character
    const v8 = v8Position(text);
    if (v8 !== null) expect(v8).toBe(offset);
  });

  it('reads the message the validator shows for the truncated object', () => {
    expect(syntaxError('{"label": "positive"').message).toBe(
      "Unexpected end of the text at line 1, column 21; expected ',' or '}'",
    );
    expect(syntaxError('{"a":1,}').message).toBe(
      "Unexpected character '}' (U+007D) at line 1, column 8; expected a key in double quotes (JSON allows no comma before a closing bracket)",
    );
  });

  it('counts columns in code points and lines across \\n, \\r\\n and \\r', () => {
    // 😀 is one column although two UTF-16 units: x is column 17, offset 17
    expect(syntaxError('{"a": "😀", "b": x}')).toMatchObject({ line: 1, column: 17, offset: 17 });
    expect(syntaxError('{"a":1}\r\n// c')).toMatchObject({
      line: 2,
      column: 1,
      offset: 9,
      reason: 'trailing-text',
    });
    expect(syntaxError('[\r1,\r\r x]')).toMatchObject({ line: 4, column: 2 });
  });

  it('numbers lines of the text as pasted, the fence line included', () => {
    // line 1 is ```json, line 2 is {"label": "positive", which ends at column 21
    expect(syntaxError('```json\n{"label": "positive"\n```')).toMatchObject({
      reason: 'unexpected-end',
      line: 3,
      column: 1,
    });
    expect(syntaxError('```json\n{"a": 1,}\n```')).toMatchObject({ line: 2, column: 9 });
    // an opened fence must be closed
    expect(syntaxError('```json\n{"a": 1}')).toMatchObject({ reason: 'unclosed-fence', line: 2, column: 9 });
    expect(syntaxError('```json\n```')).toMatchObject({ reason: 'empty', line: 2, column: 1 });
  });

  it('refuses prose around the JSON at its first character', () => {
    expect(syntaxError('Here it is: {"a": 1}')).toMatchObject({
      line: 1,
      column: 1,
      reason: 'unexpected-character',
    });
    expect(syntaxError('{"a": 1}\nHope this helps!')).toMatchObject({
      line: 2,
      column: 1,
      reason: 'trailing-text',
    });
  });

  it('reads 20,000 characters and refuses more', () => {
    // a string of 19,998 letters in quotes: 20,000 characters
    expect(parseJsonOutput(`"${'a'.repeat(19_998)}"`)).toHaveLength(19_998);
    expect(() => parseJsonOutput(`"${'a'.repeat(19_999)}"`)).toThrow(JsonOutputTooLongError);
    // 20,000 emoji are 40,000 UTF-16 units and 20,000 characters; one more is too many
    expect(() => parseJsonOutput('😀'.repeat(20_000))).toThrow(JsonOutputSyntaxError);
    expect(() => parseJsonOutput('😀'.repeat(20_001))).toThrow(JsonOutputTooLongError);
    expect(() => parseJsonOutput(' '.repeat(5_000_000))).toThrow(/longer than 20000 characters/);
    expect(JSON_OUTPUT_LIMITS.maxCharacters).toBe(20_000);
  });

  it('allows 256 levels of nesting and refuses 257', () => {
    expect(parseJsonOutput('['.repeat(256) + ']'.repeat(256))).toBeInstanceOf(Array);
    expect(syntaxError('['.repeat(257) + ']'.repeat(257))).toMatchObject({ reason: 'too-deep', column: 257 });
  });

  it('accepts lone surrogates inside strings, as JSON.parse does', () => {
    expect(parseJsonOutput('"\ud83d"')).toBe('\ud83d');
    expect(parseJsonOutput('"\\ud83d"')).toBe('\ud83d');
  });

  it('throws TypeError for a non-string', () => {
    expect(() => parseJsonOutput(3 as unknown as string)).toThrow(TypeError);
  });
});

describe('jsonOutputBody and lineColumn', () => {
  it('finds the fenced body', () => {
    // ```json\n is 8 UTF-16 units; {} ends at 10, the closing fence starts at 11
    expect(jsonOutputBody('```json\n{}\n```')).toEqual({ start: 8, end: 11, fenced: true, closed: true });
    expect(jsonOutputBody('{}')).toEqual({ start: 0, end: 2, fenced: false, closed: false });
    expect(jsonOutputBody('```jsonc\n{}\n```').fenced).toBe(false);
  });

  it('converts offsets to lines and columns', () => {
    expect(lineColumn('{\n  "a" x', 8)).toEqual({ line: 2, column: 7 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('validateJsonOutput', () => {
  it('accepts outputs that fit the schema', () => {
    expect(validateJsonOutput({ label: 'positive' }, 'sentiment')).toEqual({ ok: true });
    expect(validateJsonOutput({ found: false }, 'sentiment-or-exit')).toEqual({ ok: true });
    expect(
      validateJsonOutput({ date: '2024-02-29', start: '09:30', attendees: ['Tom', '李伟'] }, 'meeting'),
    ).toEqual({ ok: true });
    expect(validateJsonOutput({ date: null, start: null, attendees: [] }, 'meeting-or-exit')).toEqual({
      ok: true,
    });
  });

  it('refuses the exit answer where the prompt offered no exit', () => {
    const r = validateJsonOutput({ found: false }, 'sentiment');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [formatJsonPath(i.path), i.code])).toEqual([
        ['$.label', 'missing'],
        ['$', 'unknown-key'],
      ]);
    }
  });

  it('lists every issue with its path', () => {
    const r = validateJsonOutput(
      { date: '2025-02-30', start: '9:30', attendees: ['', 3], room: 4 },
      'meeting-or-exit',
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: ['date'],
          code: 'format',
          format: 'date',
          received: '"2025-02-30"',
          message: '$.date: expected a date as YYYY-MM-DD, got "2025-02-30"',
        },
        {
          path: ['start'],
          code: 'format',
          format: 'time',
          received: '"9:30"',
          message: '$.start: expected a time as HH:MM (24-hour), got "9:30"',
        },
        { path: ['attendees', 0], code: 'too-short', message: '$.attendees[0]: must not be empty' },
        {
          path: ['attendees', 1],
          code: 'type',
          expected: ['string'],
          received: 'number',
          message: '$.attendees[1]: expected string, got number',
        },
        { path: [], code: 'unknown-key', keys: ['room'], message: '$: key "room" not allowed by the schema' },
      ],
    });
  });

  it('tells a missing key from a wrong type, and names the allowed values', () => {
    const r = validateJsonOutput({ attendees: 'Tom', label: 'Positive' }, 'meeting');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toEqual({
      path: ['date'],
      code: 'missing',
      expected: ['string', 'null'],
      message: '$: missing required key "date" (expected string or null)',
    });
    expect(r.issues.find((i) => i.path[0] === 'attendees')).toMatchObject({
      code: 'type',
      expected: ['array'],
      received: 'string',
    });
    const s = validateJsonOutput({ label: 'Positive' }, 'sentiment');
    expect(s).toEqual({
      ok: false,
      issues: [
        {
          path: ['label'],
          code: 'value',
          values: ['"positive"', '"negative"', '"neutral"'],
          received: '"Positive"',
          message: '$.label: expected one of "positive", "negative", "neutral", got "Positive"',
        },
      ],
    });
    expect(validateJsonOutput({}, 'sentiment')).toMatchObject({
      ok: false,
      issues: [{ path: ['label'], code: 'missing', values: ['"positive"', '"negative"', '"neutral"'] }],
    });
  });

  it('reports the alternative the output attempts when an exit is allowed', () => {
    // has "found": judged as the exit answer
    expect(validateJsonOutput({ found: true }, 'sentiment-or-exit')).toEqual({
      ok: false,
      issues: [
        {
          path: ['found'],
          code: 'value',
          values: ['false'],
          received: 'true',
          message: '$.found: expected false, got true',
        },
      ],
    });
    expect(validateJsonOutput({ label: 'positive', found: false }, 'sentiment-or-exit')).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'unknown-key', keys: ['label'] }],
    });
    // no "found": judged as the task's answer
    expect(validateJsonOutput({ label: 'good' }, 'sentiment-or-exit')).toMatchObject({
      ok: false,
      issues: [{ path: ['label'], code: 'value' }],
    });
    expect(validateJsonOutput(['positive'], 'sentiment-or-exit')).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'type', expected: ['object'], received: 'array' }],
    });
  });

  it('shortens long values in messages', () => {
    const r = validateJsonOutput({ label: 'x'.repeat(100) }, 'sentiment');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.received).toBe(`"${'x'.repeat(38)}…`);
  });

  it('refuses an unknown schema name', () => {
    expect(() => validateJsonOutput({}, 'review' as never)).toThrow(RangeError);
    expect(OUTPUT_SCHEMA_NAMES).toEqual(['sentiment', 'sentiment-or-exit', 'meeting', 'meeting-or-exit']);
  });

  it('checks real calendar dates (2025 is not a leap year)', () => {
    expect(meetingOutputSchema.safeParse({ date: '2025-02-29', start: null, attendees: [] }).success).toBe(
      false,
    );
    expect(meetingOutputSchema.safeParse({ date: '2024-02-29', start: '23:59', attendees: [] }).success).toBe(
      true,
    );
    expect(meetingOutputSchema.safeParse({ date: null, start: '24:00', attendees: [] }).success).toBe(false);
  });
});

describe('formatJsonPath and jsonType', () => {
  it('writes JSONPath', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['attendees', 1])).toBe('$.attendees[1]');
    expect(formatJsonPath(['a key', 'é'])).toBe('$["a key"]["é"]');
  });

  it('names JSON types', () => {
    expect([null, [], {}, 'a', 1, true].map(jsonType)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
    ]);
  });
});
