import { checkChoice, checkString, describeValue } from '@/lib/utils/validate';

/**
 * How the input data is marked off from the instructions: not at all, by triple quotes, by an
 * XML-style tag pair or by `###` lines (the delimiters of the prompting chapter's practical rules).
 */
export const PROMPT_DELIMITERS = ['none', 'triple-quotes', 'xml', 'hashes'] as const;
export type PromptDelimiter = (typeof PROMPT_DELIMITERS)[number];

/**
 * The sizes {@link assemblePrompt} accepts: at most 4 demonstrations, at most 20,000 characters
 * (Unicode code points) of assembled text.
 *
 * @throws never (a frozen constant).
 * @example PROMPT_LIMITS.maxCharacters // 20000
 */
export const PROMPT_LIMITS = Object.freeze({ maxCharacters: 20_000, maxDemonstrations: 4 });

/** One worked example: an input and the answer the prompt wants for it. */
export interface PromptDemonstration {
  readonly input: string;
  readonly output: string;
}

/** The parts of a prompt; optional text parts that are missing, null or blank are left out. */
export interface PromptParts {
  /** the task description (required, not blank) */
  readonly instruction: string;
  /** the input data of this call (required, not blank) */
  readonly input: string;
  readonly delimiter: PromptDelimiter;
  /** a role line that opens the prompt ("You are …") */
  readonly role?: string | null;
  /** a sentence saying where the data is and that it is data; used only when delimiter ≠ 'none' */
  readonly dataNote?: string | null;
  /** the output format, e.g. a JSON-schema-like description */
  readonly schema?: string | null;
  /** what to answer when the data holds no answer */
  readonly exit?: string | null;
  /** the pool of demonstrations; the first `k` are used */
  readonly demonstrations?: readonly PromptDemonstration[];
  /** how many demonstrations to use: an integer in [0, min(4, pool size)]; default 0 */
  readonly k?: number;
  /** written before each demonstration's answer, and alone at the end when k ≥ 1; default 'Answer: ' */
  readonly answerLabel?: string;
  /** the tag name for delimiter 'xml'; default 'document' */
  readonly tag?: string;
}

export type PromptSectionKind =
  'role' | 'instruction' | 'data-note' | 'schema' | 'exit' | 'demonstration' | 'input' | 'cue';

/** Where one part sits in the text: [start, end) in UTF-16 indices; `index` numbers demonstrations. */
export interface PromptSection {
  readonly kind: PromptSectionKind;
  readonly start: number;
  readonly end: number;
  readonly index?: number;
}

/** A piece of data that contains the closing delimiter, so the boundary it draws is ambiguous. */
export interface PromptWarning {
  readonly kind: 'delimiter-in-data';
  /** 'input', or 'demonstration' with the demonstration's 0-based index */
  readonly part: 'input' | 'demonstration';
  readonly index?: number;
  /** the closing marker found inside the data */
  readonly marker: string;
}

export interface AssembledPrompt {
  readonly text: string;
  readonly sections: readonly PromptSection[];
  /** the length of `text` in Unicode code points */
  readonly characters: number;
  readonly warnings: readonly PromptWarning[];
}

/** Why {@link assemblePrompt} refused its parts (the demo words its message from this). */
export type PromptErrorReason = 'empty' | 'lone-surrogate' | 'k-out-of-range' | 'bad-tag' | 'too-long';

/**
 * The RangeError {@link assemblePrompt} throws for a part it cannot use: `field` names the part
 * (`instruction`, `input`, `k`, `tag`, `demonstrations[1].input` …; for 'too-long' the largest
 * part), `value` the offending number (the index of a lone surrogate, k, or the total code
 * points) and `limit` the bound it broke, when there is one.
 */
export class PromptAssemblyError extends RangeError {
  readonly reason: PromptErrorReason;
  readonly field: string;
  readonly value: number | null;
  readonly limit: number | null;
  constructor(
    message: string,
    reason: PromptErrorReason,
    field: string,
    value: number | null = null,
    limit: number | null = null,
  ) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.value = value;
    this.limit = limit;
  }
}

const SEPARATOR = '\n\n';
const TAG = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The number of Unicode code points in `text` (a surrogate pair counts once, a lone surrogate
 * once), without building an array, so a pasted megabyte costs one pass.
 *
 * @throws never.
 * @example countCodePoints('a😀中') // 3
 */
export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `text` unless it holds a lone surrogate (no UTF-8 form exists, so no tokenizer can read it). */
function checkWellFormed(name: string, text: string): string {
  const match = LONE_SURROGATE.exec(text);
  if (match) {
    const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase();
    throw new PromptAssemblyError(
      `${name} holds a lone surrogate U+${code} at index ${match.index}; it has no UTF-8 encoding, so no tokenizer can read it`,
      'lone-surrogate',
      name,
      match.index,
    );
  }
  return text;
}

/** An optional part: null when missing or blank, else the text (checked). */
function optionalPart(name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = checkString(name, value);
  return text.trim() === '' ? null : checkWellFormed(name, text);
}

/** A required part: the text, or a RangeError when it is blank. */
function requiredPart(name: string, value: unknown): string {
  const text = checkString(name, value);
  if (text.trim() === '') {
    throw new PromptAssemblyError(`${name} must not be empty, got ${describeValue(text)}`, 'empty', name);
  }
  return checkWellFormed(name, text);
}

/**
 * The opening and closing markers a delimiter puts around data.
 *
 * @throws {RangeError} for an unknown delimiter or a tag that is not a simple XML name.
 * @example delimiterMarkers('xml', 'document') // { open: '<document>', close: '</document>' }
 * @example delimiterMarkers('none') // null
 */
export function delimiterMarkers(
  delimiter: PromptDelimiter,
  tag = 'document',
): { open: string; close: string } | null {
  checkChoice('delimiter', delimiter, PROMPT_DELIMITERS);
  switch (delimiter) {
    case 'none':
      return null;
    case 'triple-quotes':
      return { open: '"""', close: '"""' };
    case 'hashes':
      return { open: '###', close: '###' };
    case 'xml':
      if (!TAG.test(tag)) {
        throw new PromptAssemblyError(
          `tag must be a letter followed by up to 39 letters, digits, '_', '.' or '-', got ${describeValue(tag)}`,
          'bad-tag',
          'tag',
        );
      }
      return { open: `<${tag}>`, close: `</${tag}>` };
  }
}

/**
 * Assembles a prompt from its parts, in this order, separated by blank lines: the role line, the
 * instruction, the data note (only when the data is delimited), the output schema, the exit
 * clause, the first k demonstrations, the input data, and, when k ≥ 1, the answer label alone as
 * a cue that the next answer follows the demonstrations' pattern. Each demonstration is its input,
 * delimited like the real input, a line break, then the answer label and its output. Delimited
 * data is `open + "\n" + data + "\n" + close`. Text is kept exactly as given (no trimming).
 *
 * The parts are the prompt elements of Zhao et al. 2023 ("A Survey of Large Language Models",
 * the section on prompt design: task description, input data, contextual information, prompt
 * style), as the prompting chapter's index page presents them; the order, the blank-line
 * separators and the answer label are this site's choice, not a standard.
 *
 * Sections give each part's [start, end) in UTF-16 indices (separators belong to no section);
 * `characters` counts code points. A warning is returned (not thrown) for data that contains the
 * closing delimiter, since the boundary it draws is then ambiguous.
 *
 * @throws {TypeError} when a part is not a string, `demonstrations` is not an array of
 *   { input, output } strings, or `k` is not a number.
 * @throws {PromptAssemblyError} (a RangeError) when the instruction or the input is blank; `k` is not an integer in
 *   [0, min(4, demonstrations.length)]; the delimiter or tag is unknown; a part holds a lone UTF-16
 *   surrogate; or the assembled text exceeds 20,000 code points (the message names the largest part).
 * @example assemblePrompt({ instruction: 'Classify.', input: 'Great!', delimiter: 'xml' }).text
 *   // 'Classify.\n\n<document>\nGreat!\n</document>'
 */
export function assemblePrompt(parts: PromptParts): AssembledPrompt {
  if (typeof parts !== 'object' || parts === null) {
    throw new TypeError(`parts must be an object, got ${describeValue(parts)}`);
  }
  const instruction = requiredPart('instruction', parts.instruction);
  const input = requiredPart('input', parts.input);
  const delimiter = checkChoice('delimiter', parts.delimiter, PROMPT_DELIMITERS);
  const markers = delimiterMarkers(
    delimiter,
    parts.tag === undefined ? 'document' : checkString('tag', parts.tag),
  );
  const role = optionalPart('role', parts.role);
  const dataNote = markers ? optionalPart('dataNote', parts.dataNote) : null;
  const schema = optionalPart('schema', parts.schema);
  const exit = optionalPart('exit', parts.exit);
  const answerLabel =
    parts.answerLabel === undefined ? 'Answer: ' : checkString('answerLabel', parts.answerLabel);
  checkWellFormed('answerLabel', answerLabel);

  const pool = parts.demonstrations ?? [];
  if (!Array.isArray(pool)) {
    throw new TypeError(`demonstrations must be an array, got ${describeValue(pool)}`);
  }
  const k = parts.k ?? 0;
  if (typeof k !== 'number') throw new TypeError(`k must be a number, got ${describeValue(k)}`);
  const maxK = Math.min(PROMPT_LIMITS.maxDemonstrations, pool.length);
  if (!Number.isInteger(k) || k < 0 || k > maxK) {
    throw new PromptAssemblyError(
      `k must be an integer in [0, ${maxK}] (${pool.length} demonstrations given, at most ${PROMPT_LIMITS.maxDemonstrations} used), got ${describeValue(k)}`,
      'k-out-of-range',
      'k',
      k,
      maxK,
    );
  }
  const demonstrations = pool.slice(0, k).map((d: unknown, i) => {
    if (typeof d !== 'object' || d === null) {
      throw new TypeError(`demonstrations[${i}] must be an object, got ${describeValue(d)}`);
    }
    const { input: dIn, output: dOut } = d as Record<string, unknown>;
    return {
      input: requiredPart(`demonstrations[${i}].input`, dIn),
      output: requiredPart(`demonstrations[${i}].output`, dOut),
    };
  });

  const wrap = (data: string) => (markers ? `${markers.open}\n${data}\n${markers.close}` : data);
  const pieces: { kind: PromptSectionKind; text: string; index?: number }[] = [];
  if (role !== null) pieces.push({ kind: 'role', text: role });
  pieces.push({ kind: 'instruction', text: instruction });
  if (dataNote !== null) pieces.push({ kind: 'data-note', text: dataNote });
  if (schema !== null) pieces.push({ kind: 'schema', text: schema });
  if (exit !== null) pieces.push({ kind: 'exit', text: exit });
  demonstrations.forEach((d, index) =>
    pieces.push({ kind: 'demonstration', text: `${wrap(d.input)}\n${answerLabel}${d.output}`, index }),
  );
  pieces.push({ kind: 'input', text: wrap(input) });
  const cue = answerLabel.trimEnd();
  if (k > 0 && cue !== '') pieces.push({ kind: 'cue', text: cue });

  const text = pieces.map((p) => p.text).join(SEPARATOR);
  const characters = countCodePoints(text);
  if (characters > PROMPT_LIMITS.maxCharacters) {
    const largest = pieces.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const name =
      largest.index !== undefined
        ? `demonstrations[${largest.index}]`
        : largest.kind === 'data-note'
          ? 'dataNote'
          : largest.kind;
    throw new PromptAssemblyError(
      `the assembled prompt would be ${characters} characters, more than the ${PROMPT_LIMITS.maxCharacters} allowed (the largest part, ${name}, has ${countCodePoints(largest.text)})`,
      'too-long',
      name,
      characters,
      PROMPT_LIMITS.maxCharacters,
    );
  }

  const sections: PromptSection[] = [];
  let offset = 0;
  for (const p of pieces) {
    const end = offset + p.text.length;
    sections.push(
      p.index === undefined
        ? { kind: p.kind, start: offset, end }
        : { kind: p.kind, start: offset, end, index: p.index },
    );
    offset = end + SEPARATOR.length;
  }

  const warnings: PromptWarning[] = [];
  if (markers) {
    demonstrations.forEach((d, index) => {
      if (d.input.includes(markers.close)) {
        warnings.push({ kind: 'delimiter-in-data', part: 'demonstration', index, marker: markers.close });
      }
    });
    if (input.includes(markers.close)) {
      warnings.push({ kind: 'delimiter-in-data', part: 'input', marker: markers.close });
    }
  }
  return { text, sections, characters, warnings };
}

/** Characters and tokens of a text under a tokenizer. */
export interface PromptTokenCount {
  /** Unicode code points */
  readonly characters: number;
  readonly tokens: number;
  /** characters ÷ tokens, or null for an empty text */
  readonly charactersPerToken: number | null;
}

/**
 * Counts a text's tokens with a real tokenizer passed in (e.g. gpt-tokenizer's o200k_base
 * `encode`), next to its code points, and their ratio.
 *
 * @throws {TypeError} when `text` is not a string, `encode` not a function, or `encode` does not
 *   return an array.
 * @example countPromptTokens('abcd', (t) => [1, 2]) // { characters: 4, tokens: 2, charactersPerToken: 2 }
 */
export function countPromptTokens(
  text: string,
  encode: (text: string) => readonly number[],
): PromptTokenCount {
  checkString('text', text);
  if (typeof encode !== 'function') {
    throw new TypeError(`encode must be a function, got ${describeValue(encode)}`);
  }
  const ids: unknown = encode(text);
  if (!Array.isArray(ids)) throw new TypeError(`encode must return an array, got ${describeValue(ids)}`);
  const characters = countCodePoints(text);
  return {
    characters,
    tokens: ids.length,
    charactersPerToken: ids.length === 0 ? null : characters / ids.length,
  };
}
