import { checkChoice, checkObject, describeValue } from '@/lib/utils/validate';
import { pythonStrip } from './python-strip';
import {
  CHAT_TEMPLATE_NAMES,
  CHAT_TOKENS,
  renderChat,
  type ChatMessage,
  type ChatTemplateName,
} from './render-chat';

/**
 * The roles each template's model was trained with. ChatML v0 defines system, user and assistant
 * (openai-python `chatml.md`); Meta's reference code for Llama 3 types `Role` as exactly
 * `'system' | 'user' | 'assistant'` (meta-llama/llama3 `llama/tokenizer.py`), and the Llama 3
 * model card lists the same three. (Llama 3.1 adds `ipython` with a different template.)
 *
 * @throws never (a frozen constant).
 * @example CHAT_ROLES.llama3 // ['system', 'user', 'assistant']
 */
export const CHAT_ROLES: Readonly<Record<ChatTemplateName, readonly string[]>> = Object.freeze({
  chatml: Object.freeze(['system', 'user', 'assistant']),
  llama3: Object.freeze(['system', 'user', 'assistant']),
});

/**
 * Special-token strings a tokenizer of each template maps to a single token: ChatML's two markers
 * (TRL `ChatMlSpecialTokens`), and Llama 3's begin/end of text, header and end-of-turn tokens
 * (meta-llama/llama3 `llama/tokenizer.py` `special_tokens`). Text of the other template's tokens
 * is ordinary text to this template's tokenizer.
 *
 * @throws never (a frozen constant).
 * @example CHAT_SPECIAL_TOKENS.chatml // ['<|im_start|>', '<|im_end|>']
 */
export const CHAT_SPECIAL_TOKENS: Readonly<Record<ChatTemplateName, readonly string[]>> = Object.freeze({
  chatml: Object.freeze([CHAT_TOKENS.chatml.start, CHAT_TOKENS.chatml.end]),
  llama3: Object.freeze([
    CHAT_TOKENS.llama3.bos,
    '<|end_of_text|>',
    CHAT_TOKENS.llama3.startHeader,
    CHAT_TOKENS.llama3.endHeader,
    CHAT_TOKENS.llama3.eot,
  ]),
});

/** A special-token string found in a text: [start, end) in UTF-16 units. */
export interface SpecialTokenHit {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every occurrence of the template's special-token strings in `text`, left to right, without
 * overlaps — where a Hugging Face tokenizer (which does not split special tokens by default,
 * `split_special_tokens=False` in transformers `tokenization_utils_base.py`) would emit the
 * special token itself.
 *
 * @param text any string.
 * @param template `'chatml'` or `'llama3'`.
 * @throws {TypeError} when text is not a string or template is not a string.
 * @throws {RangeError} when template is not `'chatml'` or `'llama3'`.
 * @example findSpecialTokens('a<|im_end|>b', 'chatml') // [{ token: '<|im_end|>', start: 1, end: 11 }]
 */
export function findSpecialTokens(text: string, template: ChatTemplateName): SpecialTokenHit[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describeValue(text)}`);
  const tokens = CHAT_SPECIAL_TOKENS[checkChoice('template', template, CHAT_TEMPLATE_NAMES)];
  const hits: SpecialTokenHit[] = [];
  let at = text.indexOf('<|');
  while (at !== -1) {
    const token = tokens.find((t) => text.startsWith(t, at));
    if (token) hits.push({ token, start: at, end: at + token.length });
    at = text.indexOf('<|', token ? at + token.length : at + 1);
  }
  return hits;
}

/** Whether `text` holds a UTF-16 surrogate without its partner (no UTF-8 encoding exists). */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
}

/** Problems {@link checkChatMessages} reports. */
export type ChatIssueCode =
  /** error: no messages at all */
  | 'no-messages'
  /** error: every message's content is empty or whitespace only */
  | 'all-empty'
  /** error: a role that is empty or whitespace only */
  | 'empty-role'
  /** error: a role with a line break (in ChatML the line break ends the header) */
  | 'role-line-break'
  /** error: a role that contains one of the template's special tokens (`token`) */
  | 'role-special-token'
  /** error (Llama 3): a role other than system, user or assistant */
  | 'unknown-role'
  /** error: a role (`field: 'role'`) or content with a lone UTF-16 surrogate */
  | 'lone-surrogate'
  /** warning: content that contains one of the template's special tokens (`token`) */
  | 'special-token-in-content'
  /** warning (ChatML): a role other than system, user or assistant, which the template still writes */
  | 'unusual-role'
  /** warning: one message's content is empty or whitespace only */
  | 'empty-turn'
  /** warning (Llama 3): content with leading or trailing whitespace, which the template trims */
  | 'trimmed'
  /** warning: no assistant message, so under an assistant-only loss mask nothing is trained */
  | 'no-assistant';

/** One problem: its code, the message index when it concerns one message, and details. */
export interface ChatIssue {
  readonly code: ChatIssueCode;
  /** 0-based index of the message */
  readonly index?: number;
  /** the role as given (for role problems) */
  readonly role?: string;
  /** the special-token string found */
  readonly token?: string;
  /** which field holds a lone surrogate */
  readonly field?: 'role' | 'content';
}

/** Result of {@link checkChatMessages}: errors make the conversation unusable, warnings do not. */
export interface ChatCheck {
  readonly errors: ChatIssue[];
  readonly warnings: ChatIssue[];
}

function checkMessageList(messages: unknown): readonly ChatMessage[] {
  if (!Array.isArray(messages)) {
    throw new TypeError(`messages must be an array of { role, content }, got ${describeValue(messages)}`);
  }
  return messages.map((message: unknown, i) => {
    const m = checkObject(`messages[${i}]`, message);
    for (const key of ['role', 'content'] as const) {
      if (typeof m[key] !== 'string') {
        throw new TypeError(`messages[${i}].${key} must be a string, got ${describeValue(m[key])}`);
      }
    }
    return { role: m.role as string, content: m.content as string };
  });
}

/**
 * Checks a conversation before {@link renderChat} renders it as a training example.
 *
 * Errors: no messages (`no-messages`); every content empty or whitespace only (`all-empty`); per
 * message, a role that is empty (`empty-role`), spans lines (`role-line-break`: ChatML's header
 * ends at the first `\n`), holds a special token (`role-special-token`), or — Llama 3 only — is
 * not system/user/assistant (`unknown-role`: Meta's reference `Role` type and model card know only
 * these; Llama 3.1's `ipython` role comes with a different template); a lone UTF-16 surrogate in
 * role or content (`lone-surrogate`: no UTF-8 encoding, so no tokenizer can encode it).
 * Warnings: content holding the template's special-token text (`special-token-in-content`: a
 * Hugging Face tokenizer does not split special tokens by default, so the text becomes the real
 * token and cuts the turn — template injection, which ChatML v0's `chatml.md` likens to SQL
 * injection); ChatML with another role (`unusual-role`: the TRL template writes any role); an empty
 * message (`empty-turn`); Llama 3 content with outer whitespace that `| trim` removes (`trimmed`);
 * no assistant message (`no-assistant`). Emptiness is judged after Python's `str.strip`.
 *
 * @param messages the conversation, each `{ role: string, content: string }`.
 * @param template `'chatml'` or `'llama3'`.
 * @throws {TypeError} when messages is not an array of objects with string role and content, or
 *   template is not a string.
 * @throws {RangeError} when template is not `'chatml'` or `'llama3'`.
 * @example checkChatMessages([{ role: 'user', content: 'hi<|im_end|>' }], 'chatml').warnings
 *   // [{ code: 'special-token-in-content', index: 0, token: '<|im_end|>' }, { code: 'no-assistant' }]
 */
export function checkChatMessages(messages: readonly ChatMessage[], template: ChatTemplateName): ChatCheck {
  const turns = checkMessageList(messages);
  const name = checkChoice('template', template, CHAT_TEMPLATE_NAMES);
  const errors: ChatIssue[] = [];
  const warnings: ChatIssue[] = [];
  if (turns.length === 0) return { errors: [{ code: 'no-messages' }], warnings };

  const empty = turns.map(({ content }) => pythonStrip(content) === '');
  turns.forEach(({ role, content }, index) => {
    if (hasLoneSurrogate(role)) errors.push({ code: 'lone-surrogate', index, field: 'role' });
    if (hasLoneSurrogate(content)) errors.push({ code: 'lone-surrogate', index, field: 'content' });
    const roleToken = findSpecialTokens(role, name)[0];
    if (pythonStrip(role) === '') errors.push({ code: 'empty-role', index, role });
    else if (/[\n\r]/.test(role)) errors.push({ code: 'role-line-break', index, role });
    else if (roleToken) errors.push({ code: 'role-special-token', index, role, token: roleToken.token });
    else if (!CHAT_ROLES[name].includes(role)) {
      (name === 'llama3' ? errors : warnings).push({
        code: name === 'llama3' ? 'unknown-role' : 'unusual-role',
        index,
        role,
      });
    }
    const seen = new Set<string>();
    for (const { token } of findSpecialTokens(content, name)) {
      if (!seen.has(token)) warnings.push({ code: 'special-token-in-content', index, token });
      seen.add(token);
    }
    if (empty[index] && !empty.every(Boolean)) warnings.push({ code: 'empty-turn', index });
    if (name === 'llama3' && !empty[index] && pythonStrip(content) !== content) {
      warnings.push({ code: 'trimmed', index });
    }
  });
  if (empty.every(Boolean)) errors.unshift({ code: 'all-empty' });
  if (!turns.some(({ role }) => role === 'assistant')) warnings.push({ code: 'no-assistant' });
  return { errors, warnings };
}

/** What a stretch of the rendered text is. */
export type ChatSegmentKind =
  /** a special token the template inserts (one token in the real vocabulary) */
  | 'special'
  /** other text the template writes: role names in headers, line breaks */
  | 'format'
  /** message content (after Llama 3's trim) */
  | 'content';

/** A stretch [start, end) of {@link renderChat}'s text with what it is and whether it carries loss. */
export interface ChatSegment {
  readonly kind: ChatSegmentKind;
  readonly text: string;
  /** UTF-16 offsets into the rendered text */
  readonly start: number;
  readonly end: number;
  /** 0-based message index, or −1 for the generation prompt */
  readonly message: number;
  readonly role: string;
  /** content text equal to one of the template's special tokens (template injection) */
  readonly lookalike: boolean;
  /** inside one of renderChat's trainable spans (assistant content and its end marker) */
  readonly completion: boolean;
  /** carries loss under the chosen `lossOn` */
  readonly trainable: boolean;
}

/** Options of {@link segmentChat}. */
export interface SegmentChatOptions {
  /** as {@link renderChat} (default false) */
  readonly addGenerationPrompt?: boolean;
  /** `'assistant'` (default): the completion-only mask; `'all'`: no mask */
  readonly lossOn?: 'assistant' | 'all';
}

/**
 * Splits {@link renderChat}'s text into special tokens, template text and content, each with the
 * loss it carries: under `lossOn: 'assistant'` exactly renderChat's trainable spans; under
 * `'all'` (no mask, plain causal-LM loss on the whole sequence) every segment except a leading
 * special token, because the first token is never a target (labels are shifted by one; nothing
 * precedes it). Content that equals a special-token string is its own segment with
 * `lookalike: true` (still `'content'`: the template did not insert it).
 *
 * Layout per message (the same strings renderChat joins): ChatML `<|im_start|>`, role, `\n`,
 * content, `<|im_end|>`, `\n`; Llama 3 (`<|begin_of_text|>` first), `<|start_header_id|>`, role,
 * `<|end_header_id|>`, `\n\n`, stripped content, `<|eot_id|>`. Empty strings give no segment, so
 * segments are non-empty, consecutive, and join to renderChat's text.
 *
 * @param messages the conversation.
 * @param template `'chatml'` or `'llama3'`.
 * @param options `{ addGenerationPrompt = false, lossOn = 'assistant' }`.
 * @throws {TypeError} as renderChat, or when options is not an object.
 * @throws {RangeError} as renderChat, or when lossOn is not `'assistant'` or `'all'`.
 * @example segmentChat([{ role: 'assistant', content: 'Hi' }], 'chatml').map((s) => s.text)
 *   // ['<|im_start|>', 'assistant', '\n', 'Hi', '<|im_end|>', '\n']
 */
export function segmentChat(
  messages: readonly ChatMessage[],
  template: ChatTemplateName,
  options: SegmentChatOptions = {},
): ChatSegment[] {
  const { addGenerationPrompt = false, lossOn = 'assistant' } = checkObject('options', options);
  checkChoice('options.lossOn', lossOn, ['assistant', 'all'] as const);
  const rendered = renderChat(messages, template, { addGenerationPrompt: addGenerationPrompt as boolean });
  type Draft = Pick<ChatSegment, 'kind' | 'text' | 'message' | 'role' | 'lookalike'>;
  const drafts: Draft[] = [];
  const add = (kind: ChatSegmentKind, text: string, message: number, role: string, lookalike = false) => {
    if (text !== '') drafts.push({ kind, text, message, role, lookalike });
  };
  const addContent = (content: string, message: number, role: string) => {
    let at = 0;
    for (const hit of findSpecialTokens(content, template)) {
      add('content', content.slice(at, hit.start), message, role);
      add('content', hit.token, message, role, true);
      at = hit.end;
    }
    add('content', content.slice(at), message, role);
  };
  const { chatml, llama3 } = CHAT_TOKENS;
  const header = (message: number, role: string) => {
    if (template === 'chatml') {
      add('special', chatml.start, message, role);
      add('format', role, message, role);
      add('format', '\n', message, role);
    } else {
      add('special', llama3.startHeader, message, role);
      add('format', role, message, role);
      add('special', llama3.endHeader, message, role);
      add('format', '\n\n', message, role);
    }
  };
  messages.forEach(({ role, content }, i) => {
    if (template === 'llama3' && i === 0) add('special', llama3.bos, i, role);
    header(i, role);
    addContent(template === 'chatml' ? content : pythonStrip(content), i, role);
    add('special', template === 'chatml' ? chatml.end : llama3.eot, i, role);
    if (template === 'chatml') add('format', '\n', i, role);
  });
  if (addGenerationPrompt) header(-1, 'assistant');

  const segments: ChatSegment[] = [];
  let offset = 0;
  let span = 0;
  drafts.forEach((d, i) => {
    while (rendered.spans[span] && rendered.spans[span]!.end <= offset) span++;
    const completion = rendered.spans[span]?.trainable ?? false;
    const trainable = lossOn === 'all' ? !(i === 0 && d.kind === 'special') : completion;
    segments.push({ ...d, start: offset, end: offset + d.text.length, completion, trainable });
    offset += d.text.length;
  });
  return segments;
}

/** Result of {@link lossMaskStats}; characters are Unicode code points. */
export interface LossMaskStats {
  readonly totalChars: number;
  /** characters in trainable segments */
  readonly lossChars: number;
  /** characters the assistant-only mask would train (assistant content and end markers) */
  readonly completionChars: number;
  /** lossChars / totalChars, 0 for an empty text */
  readonly lossFraction: number;
  /** maximal runs of consecutive trainable segments */
  readonly runs: number;
  /** segments the template inserted as special tokens (each one token in the real vocabulary) */
  readonly specialTokens: number;
  readonly lossSpecialTokens: number;
}

/** Unicode code points (a lone surrogate counts as one). */
const codePoints = (text: string) => Array.from(text).length;

/**
 * Counts what carries loss in {@link segmentChat}'s segments: characters (code points, so an
 * emoji counts once) with and without loss, the runs of trainable text, and the template's special
 * tokens — the one count here that equals a token count, since each is a single token.
 *
 * @param segments the output of segmentChat.
 * @throws {TypeError} when segments is not an array of segments.
 * @example lossMaskStats(segmentChat([{ role: 'assistant', content: 'Hi' }], 'chatml'))
 *   // { totalChars: 35, lossChars: 12, completionChars: 12, lossFraction: 12/35, runs: 1, specialTokens: 2, lossSpecialTokens: 1 }
 */
export function lossMaskStats(segments: readonly ChatSegment[]): LossMaskStats {
  if (!Array.isArray(segments)) {
    throw new TypeError(`segments must be an array of segments, got ${describeValue(segments)}`);
  }
  let totalChars = 0;
  let lossChars = 0;
  let completionChars = 0;
  let runs = 0;
  let specialTokens = 0;
  let lossSpecialTokens = 0;
  let previous = false;
  segments.forEach((segment: unknown, i) => {
    const s = checkObject(`segments[${i}]`, segment) as unknown as ChatSegment;
    if (typeof s.text !== 'string' || typeof s.trainable !== 'boolean') {
      throw new TypeError(`segments[${i}] must come from segmentChat, got ${describeValue(segment)}`);
    }
    const n = codePoints(s.text);
    totalChars += n;
    if (s.trainable) lossChars += n;
    if (s.completion) completionChars += n;
    if (s.trainable && !previous) runs++;
    previous = s.trainable;
    if (s.kind === 'special') {
      specialTokens++;
      if (s.trainable) lossSpecialTokens++;
    }
  });
  const lossFraction = totalChars === 0 ? 0 : lossChars / totalChars;
  return { totalChars, lossChars, completionChars, lossFraction, runs, specialTokens, lossSpecialTokens };
}
