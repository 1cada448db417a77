import * as z from 'zod/mini';
import { checkChoice, checkString, describeValue } from '@/lib/utils/validate';
import { countCodePoints } from './prompt-assembly';

/*
 * Checking a model's JSON output: parse it with positions that do not depend on the JavaScript
 * engine (JSON.parse's error messages differ between engines, and not all of them give a position), then
 * validate it against the output schema the prompt asked for. zod/mini keeps the schemas small
 * (the demo still loads this module only when the reader uses the validator).
 */

/**
 * The sizes {@link parseJsonOutput} accepts: at most 20,000 characters (code points) of output,
 * nesting at most 256 levels deep.
 *
 * @throws never (a frozen constant).
 * @example JSON_OUTPUT_LIMITS.maxCharacters // 20000
 */
export const JSON_OUTPUT_LIMITS = Object.freeze({ maxCharacters: 20_000, maxDepth: 256 });

/** Why the text is not one JSON value. */
export type JsonSyntaxReason =
  | 'empty'
  | 'unexpected-character'
  | 'unexpected-end'
  | 'control-character'
  | 'bad-escape'
  | 'leading-zero'
  | 'trailing-text'
  | 'too-deep'
  | 'unclosed-fence';

/** What the parser expected where it stopped. */
export type JsonExpectation =
  | 'value'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close-object'
  | 'comma-or-close-array'
  | 'value-or-close-array'
  | 'digit'
  | 'hex-digit'
  | 'closing-quote'
  | 'end';

/** A guess at the usual cause of an unexpected character, for the message. */
export type JsonSyntaxHint =
  | 'typographic-quote'
  | 'single-quote'
  | 'full-width'
  | 'trailing-comma'
  | 'comment'
  | 'unquoted-key'
  | 'non-json-literal'
  | 'odd-space';

/** The RangeError {@link parseJsonOutput} throws for output longer than it reads. */
export class JsonOutputTooLongError extends RangeError {
  readonly limit: number;
  constructor(message: string, limit: number) {
    super(message);
    this.limit = limit;
  }
}

/**
 * The RangeError {@link parseJsonOutput} throws for text that is not one JSON value. `line` and
 * `column` are 1-based and refer to the text as given (a ```json fence included); columns count
 * Unicode code points (an emoji is one column); `offset` is the 0-based UTF-16 index (what V8
 * reports as "position"). `found` is the offending character, or null at the end of the text.
 */
export class JsonOutputSyntaxError extends RangeError {
  readonly reason: JsonSyntaxReason;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly found: string | null;
  readonly expected: JsonExpectation | null;
  readonly hint: JsonSyntaxHint | null;
  constructor(
    message: string,
    fields: {
      reason: JsonSyntaxReason;
      line: number;
      column: number;
      offset: number;
      found: string | null;
      expected: JsonExpectation | null;
      hint: JsonSyntaxHint | null;
    },
  ) {
    super(message);
    this.reason = fields.reason;
    this.line = fields.line;
    this.column = fields.column;
    this.offset = fields.offset;
    this.found = fields.found;
    this.expected = fields.expected;
    this.hint = fields.hint;
  }
}

/**
 * The 1-based line and column of UTF-16 index `offset` in `text`: lines end at \n, \r\n or \r;
 * columns count code points.
 *
 * @throws never (offsets past the end are clamped).
 * @example lineColumn('{\n  "a" x', 8) // { line: 2, column: 7 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      column = 1;
    } else if (c === 0x0d) {
      // the \r of \r\n: the \n that follows ends the line
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      column++;
    } else {
      column++;
    }
  }
  return { line, column };
}

/**
 * Where the JSON sits in a model's output: the whole text, or the body of a Markdown code fence
 * (```json or ```) that wraps the whole text apart from surrounding whitespace. [start, end) are
 * UTF-16 indices into `text`.
 *
 * @throws never.
 * @example jsonOutputBody('```json\n{}\n```') // { start: 8, end: 11, fenced: true, closed: true }
 */
export function jsonOutputBody(text: string): {
  start: number;
  end: number;
  fenced: boolean;
  closed: boolean;
} {
  const lead = text.length - text.trimStart().length;
  const open = /^```[ \t]*(?:json)?[ \t]*(?:\r\n|\r|\n|$)/i.exec(text.slice(lead));
  if (!open) return { start: 0, end: text.length, fenced: false, closed: false };
  const start = lead + open[0].length;
  const trimmedEnd = text.trimEnd().length;
  const closeAt = text.lastIndexOf('```', trimmedEnd - 3);
  if (closeAt >= start && closeAt === trimmedEnd - 3) {
    return { start, end: closeAt, fenced: true, closed: true };
  }
  return { start, end: text.length, fenced: true, closed: false };
}

const DESCRIBE_EXPECTED: Record<JsonExpectation, string> = {
  value: 'a JSON value',
  key: 'a key in double quotes',
  'key-or-close': "a key in double quotes or '}'",
  colon: "':'",
  'comma-or-close-object': "',' or '}'",
  'comma-or-close-array': "',' or ']'",
  'value-or-close-array': "a JSON value or ']'",
  digit: 'a digit',
  'hex-digit': 'a hexadecimal digit',
  'closing-quote': 'a closing double quote',
  end: 'the end of the text',
};

const DESCRIBE_HINT: Record<JsonSyntaxHint, string> = {
  'typographic-quote': 'typographic quotes are not JSON; use straight double quotes "',
  'single-quote': 'JSON strings and keys need double quotes',
  'full-width': 'full-width punctuation is not JSON; use ASCII , : { } [ ]',
  'trailing-comma': 'JSON allows no comma before a closing bracket',
  comment: 'JSON has no comments',
  'unquoted-key': 'keys need double quotes',
  'non-json-literal': 'JSON has only true, false and null (lower case), and no NaN or Infinity',
  'odd-space': 'between tokens JSON allows only space, tab, line feed and carriage return',
};

const FULL_WIDTH = new Set(['，', '：', '｛', '｝', '［', '］', '、', '。']);
const TYPOGRAPHIC = new Set(['“', '”', '„', '‟', '«', '»', '「', '」']);
/** Spaces and invisible characters that look like whitespace but are not JSON whitespace. */
const ODD_SPACE = /^[\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]$/;

/** `'x' (U+0078)`, or only the code for a control or invisible character. */
function charLabel(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || ODD_SPACE.test(ch) ? code : `'${ch}' (${code})`;
}

/** A recursive-descent checker for RFC 8259 JSON over text[start, end); throws at the first error. */
class Scanner {
  private i: number;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
  }

  private charAt(i: number): string | null {
    if (i >= this.end) return null;
    const cp = this.text.codePointAt(i);
    return cp === undefined ? null : String.fromCodePoint(cp);
  }

  fail(
    reason: JsonSyntaxReason,
    expected: JsonExpectation | null,
    at = this.i,
    hint: JsonSyntaxHint | null = null,
  ): never {
    const found = this.charAt(at);
    const { line, column } = lineColumn(this.text, at);
    const where = `at line ${line}, column ${column}`;
    const want = expected ? `; expected ${DESCRIBE_EXPECTED[expected]}` : '';
    const why = hint ? ` (${DESCRIBE_HINT[hint]})` : '';
    let head: string;
    switch (reason) {
      case 'empty':
        head = 'The output is empty';
        break;
      case 'unexpected-end':
        head = 'Unexpected end of the text';
        break;
      case 'unexpected-character':
        head = `Unexpected character ${charLabel(found ?? '')}`;
        break;
      case 'control-character':
        head = `Unescaped control character ${charLabel(found ?? '')} in a string (write \\n, \\t or \\u00XX)`;
        break;
      case 'bad-escape':
        head = `Invalid escape \\${found ?? ''} in a string`;
        break;
      case 'leading-zero':
        head = 'A number may not start with 0 followed by a digit';
        break;
      case 'trailing-text':
        head = `Unexpected text after the JSON value, starting with ${charLabel(found ?? '')}`;
        break;
      case 'too-deep':
        head = `Nesting deeper than ${JSON_OUTPUT_LIMITS.maxDepth} levels`;
        break;
      case 'unclosed-fence':
        head = 'The ``` code fence is not closed';
        break;
    }
    throw new JsonOutputSyntaxError(`${head} ${where}${want}${why}`, {
      reason,
      line,
      column,
      offset: at,
      found,
      expected,
      hint,
    });
  }

  /** Fails at the current character: unexpected end, or an unexpected character with a hint. */
  private unexpected(expected: JsonExpectation, context: 'value' | 'key' | 'after'): never {
    const ch = this.charAt(this.i);
    if (ch === null) this.fail('unexpected-end', expected);
    let hint: JsonSyntaxHint | null = null;
    if (TYPOGRAPHIC.has(ch)) hint = 'typographic-quote';
    else if (ODD_SPACE.test(ch)) hint = 'odd-space';
    else if (ch === "'") hint = 'single-quote';
    else if (FULL_WIDTH.has(ch)) hint = 'full-width';
    else if (ch === '/' || ch === '#') hint = 'comment';
    else if (context === 'key' && ch === '}') hint = 'trailing-comma';
    else if (context === 'value' && ch === ']') hint = 'trailing-comma';
    else if (context === 'key' && /[A-Za-z_$]/.test(ch)) hint = 'unquoted-key';
    else if (context === 'value' && /[A-Za-z]/.test(ch)) hint = 'non-json-literal';
    return this.fail('unexpected-character', expected, this.i, hint);
  }

  private skipWhitespace(): void {
    while (this.i < this.end) {
      const c = this.text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.i++;
    }
  }

  /** The whole body: exactly one value, whitespace around it. */
  document(): void {
    this.skipWhitespace();
    if (this.i >= this.end) this.fail('empty', 'value');
    this.value(0, 'value');
    this.skipWhitespace();
    if (this.i < this.end) this.fail('trailing-text', 'end');
  }

  private value(depth: number, expected: JsonExpectation): void {
    const c = this.text[this.i];
    if (this.i >= this.end) this.fail('unexpected-end', expected);
    if (c === '{' || c === '[') {
      if (depth >= JSON_OUTPUT_LIMITS.maxDepth) this.fail('too-deep', null);
      if (c === '{') this.object(depth + 1);
      else this.array(depth + 1);
    } else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else {
      const rest = this.text.slice(this.i, Math.min(this.end, this.i + 5));
      const literal = ['true', 'false', 'null'].find((word) => rest.startsWith(word));
      if (literal) this.i += literal.length;
      // a literal cut off by the end of the text ("tru"): the text ended, nothing was wrong
      else if (
        this.i + rest.length === this.end &&
        ['true', 'false', 'null'].some((w) => w.startsWith(rest))
      ) {
        this.fail('unexpected-end', expected, this.end);
      } else this.unexpected(expected, 'value');
    }
  }

  private object(depth: number): void {
    this.i++; // {
    this.skipWhitespace();
    if (this.text[this.i] === '}' && this.i < this.end) {
      this.i++;
      return;
    }
    let first = true;
    for (;;) {
      if (this.text[this.i] !== '"' || this.i >= this.end) {
        this.unexpected(first ? 'key-or-close' : 'key', 'key');
      }
      this.string();
      this.skipWhitespace();
      if (this.text[this.i] !== ':' || this.i >= this.end) this.unexpected('colon', 'after');
      this.i++;
      this.skipWhitespace();
      this.value(depth, 'value');
      this.skipWhitespace();
      const c = this.i < this.end ? this.text[this.i] : undefined;
      if (c === '}') {
        this.i++;
        return;
      }
      if (c !== ',') this.unexpected('comma-or-close-object', 'after');
      this.i++;
      this.skipWhitespace();
      first = false;
    }
  }

  private array(depth: number): void {
    this.i++; // [
    this.skipWhitespace();
    if (this.text[this.i] === ']' && this.i < this.end) {
      this.i++;
      return;
    }
    let first = true;
    for (;;) {
      if (this.i >= this.end || this.text[this.i] === ']') {
        this.unexpected(first ? 'value-or-close-array' : 'value', 'value');
      }
      this.value(depth, first ? 'value-or-close-array' : 'value');
      this.skipWhitespace();
      const c = this.i < this.end ? this.text[this.i] : undefined;
      if (c === ']') {
        this.i++;
        return;
      }
      if (c !== ',') this.unexpected('comma-or-close-array', 'after');
      this.i++;
      this.skipWhitespace();
      first = false;
    }
  }

  private string(): void {
    this.i++; // opening quote
    for (;;) {
      if (this.i >= this.end) this.fail('unexpected-end', 'closing-quote');
      const c = this.text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) this.fail('control-character', null);
      if (c === 0x5c) {
        this.i++;
        if (this.i >= this.end) this.fail('unexpected-end', null);
        const e = this.text[this.i];
        if (e === 'u') {
          for (let h = 1; h <= 4; h++) {
            if (this.i + h >= this.end) this.fail('unexpected-end', 'hex-digit', this.i + h);
            if (!/[0-9A-Fa-f]/.test(this.text[this.i + h] ?? '')) {
              this.fail('unexpected-character', 'hex-digit', this.i + h);
            }
          }
          this.i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          this.i++;
        } else {
          this.fail('bad-escape', null);
        }
        continue;
      }
      this.i++;
    }
  }

  private digits(): void {
    const from = this.i;
    while (this.i < this.end && /[0-9]/.test(this.text[this.i] ?? '')) this.i++;
    if (this.i === from) {
      if (this.i >= this.end) this.fail('unexpected-end', 'digit');
      this.fail('unexpected-character', 'digit');
    }
  }

  private number(): void {
    if (this.text[this.i] === '-') this.i++;
    if (this.text[this.i] === '0' && this.i < this.end) {
      this.i++;
      if (this.i < this.end && /[0-9]/.test(this.text[this.i] ?? '')) this.fail('leading-zero', null);
    } else {
      this.digits();
    }
    if (this.text[this.i] === '.' && this.i < this.end) {
      this.i++;
      this.digits();
    }
    if ((this.text[this.i] === 'e' || this.text[this.i] === 'E') && this.i < this.end) {
      this.i++;
      if ((this.text[this.i] === '+' || this.text[this.i] === '-') && this.i < this.end) this.i++;
      this.digits();
    }
  }
}

/**
 * Parses a model's output as one JSON value (RFC 8259), optionally wrapped in a Markdown code
 * fence (```json … ``` or ``` … ```) with whitespace around it. The syntax is checked by this
 * module's own parser, so the error's line and column are the same in every browser (JSON.parse's
 * messages differ by engine); the value is then built by JSON.parse.
 *
 * @throws {TypeError} when `text` is not a string.
 * @throws {JsonOutputTooLongError} (a RangeError) when the text exceeds 20,000 code points.
 * @throws {JsonOutputSyntaxError} (a RangeError) at the first syntax error: its message gives the
 *   1-based line and column ("Unexpected end of the text at line 1, column 21; expected ',' or
 *   '}'"), its fields the reason, position, offending character and what was expected.
 * @example parseJsonOutput('```json\n{"label": "positive"}\n```') // { label: 'positive' }
 */
export function parseJsonOutput(text: string): unknown {
  checkString('text', text);
  const limit = JSON_OUTPUT_LIMITS.maxCharacters;
  // A text has at least half as many code points as UTF-16 units: a huge paste is refused uncounted.
  if (text.length > 2 * limit || countCodePoints(text) > limit) {
    throw new JsonOutputTooLongError(
      `the output is longer than ${limit} characters, the most the validator reads`,
      limit,
    );
  }
  const body = jsonOutputBody(text);
  const scanner = new Scanner(text, body.start, body.end);
  scanner.document();
  if (body.fenced && !body.closed) scanner.fail('unclosed-fence', null, text.length);
  return JSON.parse(text.slice(body.start, body.end)) as unknown;
}

// ---------------------------------------------------------------------------------------------
// Output schemas of the prompt builder's presets

/** The sentiment preset: one label. */
export const sentimentOutputSchema = z.strictObject({
  label: z.enum(['positive', 'negative', 'neutral']),
});

/** The meeting-extraction preset: a date, a start time (each or null) and the attendees' names. */
export const meetingOutputSchema = z.strictObject({
  date: z.nullable(z.iso.date()),
  start: z.nullable(z.iso.time({ precision: -1 })),
  attendees: z.array(z.string().check(z.trim(), z.minLength(1))),
});

/** The answer an exit clause asks for when the data holds no answer. */
export const exitOutputSchema = z.strictObject({ found: z.literal(false) });

/** Each preset's schema, alone and with the exit answer as the alternative. */
export const OUTPUT_SCHEMAS = {
  sentiment: sentimentOutputSchema,
  'sentiment-or-exit': z.union([sentimentOutputSchema, exitOutputSchema]),
  meeting: meetingOutputSchema,
  'meeting-or-exit': z.union([meetingOutputSchema, exitOutputSchema]),
} as const;
export type OutputSchemaName = keyof typeof OUTPUT_SCHEMAS;
export const OUTPUT_SCHEMA_NAMES = Object.keys(OUTPUT_SCHEMAS) as OutputSchemaName[];

/** The JSON type of a parsed value: 'object', 'array', 'string', 'number', 'boolean' or 'null'. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/**
 * The JSON type of a value JSON.parse produced.
 *
 * @throws never ('object' for anything else).
 * @example jsonType([1]) // 'array'
 */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}

/** One way the output breaks the schema, at `path` (keys and array indices from the root). */
export interface OutputIssue {
  readonly path: readonly (string | number)[];
  /**
   * missing: a required key is absent; type: the wrong JSON type; value: not one of the allowed
   * values; format: a string in the wrong format (`format` says which); unknown-key: keys the
   * schema does not allow (`keys`); too-short: an empty string where text is needed; other: anything else.
   */
  readonly code: 'missing' | 'type' | 'value' | 'format' | 'unknown-key' | 'too-short' | 'other';
  /** an English message; the demo words its own from the fields below */
  readonly message: string;
  /** the JSON types allowed here (type, missing) */
  readonly expected?: readonly string[];
  /** the values allowed here, as JSON text (value; missing, when the schema lists them) */
  readonly values?: readonly string[];
  /** the JSON type found (type) or the value found as JSON text, shortened (value, format) */
  readonly received?: string;
  readonly format?: 'date' | 'time';
  readonly keys?: readonly string[];
}

export type OutputValidation = { ok: true } | { ok: false; issues: OutputIssue[] };

/** A key as JSONPath writes it after the root `$`. */
function pathSegment(segment: string | number): string {
  if (typeof segment === 'number') return `[${segment}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}

/**
 * A path as JSONPath: `$` for the root, `$.attendees[1]`, `$["a key"]`.
 *
 * @throws never.
 * @example formatJsonPath(['attendees', 1]) // '$.attendees[1]'
 */
export function formatJsonPath(path: readonly (string | number)[]): string {
  return `$${path.map(pathSegment).join('')}`;
}

/** A value as short JSON text for a message (at most 40 characters, then …). */
function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const chars = Array.from(json);
  return chars.length <= 40 ? json : `${chars.slice(0, 39).join('')}…`;
}

type Def = {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: readonly { _zod: { def: Def } }[];
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
};

/** The JSON types the schema node at `path` accepts (only what the presets' schemas use). */
function expectedTypes(def: Def): string[] {
  switch (def.type) {
    case 'nullable':
      return def.innerType ? [...expectedTypes(def.innerType._zod.def), 'null'] : ['null'];
    case 'literal':
      return (def.values ?? []).map(jsonType);
    case 'enum':
      return ['string'];
    default:
      return [def.type];
  }
}

/** The schema node under `path`, walking object shapes, array elements and nullables. */
function nodeAt(def: Def, path: readonly PropertyKey[]): Def | null {
  let node: Def | undefined = def;
  for (const segment of path) {
    while (node?.type === 'nullable') node = node.innerType?._zod.def;
    if (!node) return null;
    if (node.type === 'object' && typeof segment === 'string') node = node.shape?.[segment]?._zod.def;
    else if (node.type === 'array' && typeof segment === 'number') node = node.element?._zod.def;
    else return null;
  }
  return node ?? null;
}

/** The value under `path`, and whether its last key exists in its parent. */
function valueAt(value: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let node: unknown = value;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) {
      return { found: false, value: undefined };
    }
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value: node };
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
  format?: string;
  keys?: string[];
  minimum?: number | bigint;
  errors?: RawIssue[][];
  message: string;
}

function toIssue(raw: RawIssue, root: unknown, schema: Def): OutputIssue {
  const path = raw.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const where = formatJsonPath(path);
  const at = valueAt(root, path);
  const node = nodeAt(schema, path);
  const allowed = (raw.values ?? node?.values ?? Object.values(node?.entries ?? {})).map((v) =>
    JSON.stringify(v),
  );
  const oneOf = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
  const typed = ['invalid_type', 'invalid_value', 'invalid_format'].includes(raw.code);
  if (typed && !at.found && path.length > 0) {
    const expected = node ? expectedTypes(node) : [raw.expected ?? 'value'];
    const key = path.at(-1);
    const want = allowed.length > 0 ? oneOf : expected.join(' or ');
    return {
      path,
      code: 'missing',
      expected,
      ...(allowed.length > 0 ? { values: allowed } : {}),
      message: `${formatJsonPath(path.slice(0, -1))}: missing required key ${JSON.stringify(key)} (expected ${want})`,
    };
  }
  switch (raw.code) {
    case 'invalid_type': {
      const expected = node ? expectedTypes(node) : [raw.expected ?? 'value'];
      const received = jsonType(at.value);
      return {
        path,
        code: 'type',
        expected,
        received,
        message: `${where}: expected ${expected.join(' or ')}, got ${received}`,
      };
    }
    case 'invalid_value': {
      const received = shortJson(at.value);
      return {
        path,
        code: 'value',
        values: allowed,
        received,
        message: `${where}: expected ${oneOf}, got ${received}`,
      };
    }
    case 'invalid_format': {
      const format = raw.format === 'time' ? 'time' : 'date';
      const shape = format === 'date' ? 'a date as YYYY-MM-DD' : 'a time as HH:MM (24-hour)';
      const received = shortJson(at.value);
      return {
        path,
        code: 'format',
        format,
        received,
        message: `${where}: expected ${shape}, got ${received}`,
      };
    }
    case 'unrecognized_keys': {
      const keys = raw.keys ?? [];
      return {
        path,
        code: 'unknown-key',
        keys,
        message: `${where}: key${keys.length === 1 ? '' : 's'} ${keys.map((k) => JSON.stringify(k)).join(', ')} not allowed by the schema`,
      };
    }
    case 'too_small':
      return { path, code: 'too-short', message: `${where}: must not be empty` };
    default:
      return { path, code: 'other', message: `${where}: ${raw.message}` };
  }
}

/**
 * Validates a parsed output against one of the presets' schemas ({@link OUTPUT_SCHEMAS}) and
 * lists every issue with its path. For an `…-or-exit` schema that neither alternative accepts,
 * the issues are those of the alternative the output seems to attempt: the exit answer when it is
 * an object with a `found` key, the task's answer otherwise. A missing key is told apart from a
 * wrong type by looking the path up in the value.
 *
 * @throws {RangeError} for an unknown schema name.
 * @example validateJsonOutput({ label: 'positive' }, 'sentiment') // { ok: true }
 * @example validateJsonOutput({ label: 'great' }, 'sentiment').issues[0].message
 *   // '$.label: expected one of "positive", "negative", "neutral", got "great"'
 */
export function validateJsonOutput(value: unknown, schemaName: OutputSchemaName): OutputValidation {
  checkChoice('schemaName', schemaName, OUTPUT_SCHEMA_NAMES);
  const schema = OUTPUT_SCHEMAS[schemaName];
  const result = schema.safeParse(value);
  if (result.success) return { ok: true };
  let raws = result.error.issues as unknown as RawIssue[];
  let def = schema._zod.def as unknown as Def;
  const union = raws.length === 1 && raws[0]?.code === 'invalid_union' ? raws[0] : null;
  if (union && def.options) {
    const attemptsExit =
      jsonType(value) === 'object' && Object.hasOwn(value as Record<string, unknown>, 'found');
    const branch = attemptsExit ? 1 : 0;
    raws = union.errors?.[branch] ?? raws;
    def = def.options[branch]?._zod.def ?? def;
  }
  if (raws.length === 0) {
    return {
      ok: false,
      issues: [{ path: [], code: 'other', message: `$: ${describeValue(value)} does not match` }],
    };
  }
  return { ok: false, issues: raws.map((raw) => toIssue(raw, value, def)) };
}
