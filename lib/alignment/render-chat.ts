import { checkObject, describeValue } from '@/lib/utils/validate';
import { pythonStrip } from './python-strip';

/** The chat formats {@link renderChat} reproduces. */
export type ChatTemplateName = 'chatml' | 'llama3';

/**
 * Every {@link ChatTemplateName} {@link renderChat} accepts.
 *
 * @throws never (a frozen constant).
 * @example CHAT_TEMPLATE_NAMES // ['chatml', 'llama3']
 */
export const CHAT_TEMPLATE_NAMES: readonly ChatTemplateName[] = Object.freeze(['chatml', 'llama3']);

/** One turn of a conversation, as `apply_chat_template` takes it. */
export interface ChatMessage {
  /** `'system'`, `'user'`, `'assistant'`, or any other role the template is given */
  readonly role: string;
  readonly content: string;
}

/** A stretch [start, end) of the rendered text, with the role of the turn it belongs to. */
export interface ChatSpan {
  readonly role: string;
  /** UTF-16 offset of the first character */
  readonly start: number;
  /** UTF-16 offset just past the last character */
  readonly end: number;
  /** true for an assistant turn's content and its end-of-turn marker: the tokens SFT is trained on */
  readonly trainable: boolean;
}

/** Result of {@link renderChat}. */
export interface RenderedChat {
  readonly text: string;
  /** consecutive, non-empty spans that together cover `text` from 0 to its length */
  readonly spans: ChatSpan[];
}

/** Options of {@link renderChat}. */
export interface RenderChatOptions {
  /** append the header that opens an assistant turn, as for generation (default false) */
  readonly addGenerationPrompt?: boolean;
}

interface Piece {
  readonly role: string;
  readonly text: string;
  readonly trainable: boolean;
}

/**
 * The special tokens of the two templates: ChatML's `<|im_start|>` / `<|im_end|>` (TRL
 * `ChatMlSpecialTokens` bos / eos) and Llama 3's BOS, header and end-of-turn tokens
 * (Meta-Llama-3-8B-Instruct `tokenizer_config.json`).
 *
 * @throws never (a frozen constant).
 * @example CHAT_TOKENS.llama3.eot // '<|eot_id|>'
 */
export const CHAT_TOKENS = Object.freeze({
  chatml: Object.freeze({ start: '<|im_start|>', end: '<|im_end|>' }),
  llama3: Object.freeze({
    bos: '<|begin_of_text|>',
    startHeader: '<|start_header_id|>',
    endHeader: '<|end_header_id|>',
    eot: '<|eot_id|>',
  }),
});

function checkMessages(messages: unknown): readonly ChatMessage[] {
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

/** ChatML pieces: `<|im_start|>{role}\n{content}<|im_end|>\n` per message. */
function chatmlPieces(messages: readonly ChatMessage[], addGenerationPrompt: boolean): Piece[] {
  const { start, end } = CHAT_TOKENS.chatml;
  const pieces: Piece[] = [];
  for (const { role, content } of messages) {
    const header = `${start}${role}\n`;
    if (role === 'assistant') {
      pieces.push(
        { role, text: header, trainable: false },
        { role, text: `${content}${end}`, trainable: true },
        { role, text: '\n', trainable: false },
      );
    } else {
      pieces.push({ role, text: `${header}${content}${end}\n`, trainable: false });
    }
  }
  if (addGenerationPrompt) pieces.push({ role: 'assistant', text: `${start}assistant\n`, trainable: false });
  return pieces;
}

/** Llama 3 pieces: BOS before the first message only, header, stripped content, `<|eot_id|>`. */
function llama3Pieces(messages: readonly ChatMessage[], addGenerationPrompt: boolean): Piece[] {
  const { bos, startHeader, endHeader, eot } = CHAT_TOKENS.llama3;
  const pieces: Piece[] = [];
  messages.forEach(({ role, content }, i) => {
    const header = `${i === 0 ? bos : ''}${startHeader}${role}${endHeader}\n\n`;
    const body = `${pythonStrip(content)}${eot}`;
    if (role === 'assistant') {
      pieces.push({ role, text: header, trainable: false }, { role, text: body, trainable: true });
    } else {
      pieces.push({ role, text: `${header}${body}`, trainable: false });
    }
  });
  if (addGenerationPrompt) {
    pieces.push({ role: 'assistant', text: `${startHeader}assistant${endHeader}\n\n`, trainable: false });
  }
  return pieces;
}

/**
 * Renders a conversation into the exact string a chat template produces, and marks which
 * characters an SFT run trains on (assistant content only, "completion-only loss").
 *
 * Formula: `'chatml'` — `<|im_start|>{role}\n{content}<|im_end|>\n` per message, then
 * `<|im_start|>assistant\n` when addGenerationPrompt (TRL ≤ 0.25 `setup_chat_format`,
 * `ChatMlSpecialTokens.chat_template`; content used as is). `'llama3'` — `<|begin_of_text|>`
 * before the first message only, then `<|start_header_id|>{role}<|end_header_id|>\n\n{content
 * | trim}<|eot_id|>` per message, then `<|start_header_id|>assistant<|end_header_id|>\n\n` when
 * addGenerationPrompt (Meta-Llama-3-8B-Instruct `tokenizer_config.json` `chat_template`; Jinja's
 * `trim` is Python's `str.strip`, see {@link pythonStrip}). As in those Jinja templates an empty
 * conversation renders as '' (no BOS either), plus the prompt header if asked.
 *
 * Spans: consecutive and non-empty, covering the text, each tagged with its message's role; for
 * an assistant message the content plus its end-of-turn marker (`{content}<|im_end|>` without the
 * newline; `{stripped content}<|eot_id|>`) is one span with trainable true, and the header (and
 * ChatML's trailing newline) are separate non-trainable spans. Every other message is a single
 * non-trainable span; `<|begin_of_text|>` belongs to the first message's span (the template
 * prepends it to that message), and the generation prompt is a non-trainable `'assistant'` span.
 * Offsets are JavaScript string (UTF-16) indices, so `text.slice(start, end)` gives the span.
 *
 * @param messages the conversation, each `{ role: string, content: string }`.
 * @param template `'chatml'` or `'llama3'`.
 * @param options `{ addGenerationPrompt = false }`.
 * @throws {TypeError} when messages is not an array of objects with string role and content,
 *   template is not a string, options is not an object, or addGenerationPrompt is not a boolean.
 * @throws {RangeError} when template is not `'chatml'` or `'llama3'`.
 * @example renderChat([{ role: 'user', content: 'Hello' }], 'chatml', { addGenerationPrompt: true }).text
 *   // '<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n'
 * @example renderChat([{ role: 'assistant', content: ' Hi ' }], 'llama3').spans
 *   // [{ role: 'assistant', start: 0, end: 64, trainable: false },
 *   //  { role: 'assistant', start: 64, end: 76, trainable: true }] ('Hi<|eot_id|>')
 */
export function renderChat(
  messages: readonly ChatMessage[],
  template: ChatTemplateName,
  options: RenderChatOptions = {},
): RenderedChat {
  const turns = checkMessages(messages);
  if (typeof template !== 'string') {
    throw new TypeError(`template must be a string, got ${describeValue(template)}`);
  }
  if (!(CHAT_TEMPLATE_NAMES as readonly string[]).includes(template)) {
    throw new RangeError(`template must be 'chatml' or 'llama3', got ${describeValue(template)}`);
  }
  const { addGenerationPrompt = false } = checkObject('options', options);
  if (typeof addGenerationPrompt !== 'boolean') {
    throw new TypeError(
      `options.addGenerationPrompt must be a boolean, got ${describeValue(addGenerationPrompt)}`,
    );
  }
  const pieces =
    template === 'chatml'
      ? chatmlPieces(turns, addGenerationPrompt)
      : llama3Pieces(turns, addGenerationPrompt);
  const spans: ChatSpan[] = [];
  let offset = 0;
  for (const { role, text, trainable } of pieces) {
    spans.push({ role, start: offset, end: offset + text.length, trainable });
    offset += text.length;
  }
  return { text: pieces.map((p) => p.text).join(''), spans };
}
