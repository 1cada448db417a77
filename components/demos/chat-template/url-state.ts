/**
 * The chat-template demo's share link, under `ct-` keys so other parameters of the page survive:
 * `ct-t` the template, `ct-g=1` the generation prompt, `ct-m=0` the mask switched off, and the
 * conversation either as `ct-p` (a preset's key, when the conversation is exactly a preset) or as
 * `ct-c`, a JSON array of [role, content] pairs, when that stays under {@link MAX_LINK_CHARS}
 * once percent-encoded. A longer conversation is left out of the link (the demo says so), so an
 * address never grows past what browsers and chat apps pass along. Pure; tested in
 * tests/unit/demos/chat-template-url.test.ts.
 */
import { CHAT_TEMPLATE_NAMES, type ChatMessage, type ChatTemplateName } from '@/lib/alignment/render-chat';
import type { Locale } from '@/lib/i18n';
import {
  matchingPreset,
  MAX_CONTENT_CHARS,
  MAX_ROLE_CHARS,
  MAX_TURNS,
  PRESET_KEYS,
  PRESETS,
} from './conversation';

export const KEYS = {
  template: 'ct-t',
  generation: 'ct-g',
  mask: 'ct-m',
  preset: 'ct-p',
  conversation: 'ct-c',
} as const;

/** The longest percent-encoded `ct-c` value the demo writes. */
export const MAX_LINK_CHARS = 1500;

/** What the demo keeps in the address. */
export interface ChatState {
  readonly template: ChatTemplateName;
  readonly addGenerationPrompt: boolean;
  readonly mask: boolean;
  readonly messages: readonly ChatMessage[];
}

/**
 * A conversation as compact JSON: `[[role, content], …]`.
 *
 * @example encodeConversation([{ role: 'user', content: 'Hi' }]) // '[["user","Hi"]]'
 */
export function encodeConversation(messages: readonly ChatMessage[]): string {
  return JSON.stringify(messages.map(({ role, content }) => [role, content]));
}

/**
 * The conversation `text` encodes, or null unless it is a JSON array of at most MAX_TURNS
 * [role, content] string pairs within the editor's length limits. Content is returned as is, so
 * a conversation that lib rejects (empty, a lone surrogate …) shows the demo's usual message.
 *
 * @example decodeConversation('[["user","Hi"]]') // [{ role: 'user', content: 'Hi' }]
 * @example decodeConversation('[["user",3]]') // null
 */
export function decodeConversation(text: string): ChatMessage[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length > MAX_TURNS) return null;
  const messages: ChatMessage[] = [];
  for (const pair of value as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const [role, content] = pair as unknown[];
    if (typeof role !== 'string' || typeof content !== 'string') return null;
    if (role.length > MAX_ROLE_CHARS || content.length > MAX_CONTENT_CHARS) return null;
    messages.push({ role, content });
  }
  return messages;
}

/**
 * The `ct-` parameters for a state (null removes a key), and whether the conversation fits in
 * the link.
 *
 * @example queryParams({ template: 'llama3', addGenerationPrompt: false, mask: true, messages: PRESETS.en.qa }, 'en').params
 *   // { 'ct-t': 'llama3', 'ct-g': null, 'ct-m': null, 'ct-p': 'qa', 'ct-c': null }
 */
export function queryParams(
  state: ChatState,
  locale: Locale,
): { params: Record<string, string | null>; fits: boolean } {
  const preset = matchingPreset(locale, state.messages);
  const json = preset ? null : encodeConversation(state.messages);
  const fits = json === null || encodeURIComponent(json).length <= MAX_LINK_CHARS;
  return {
    params: {
      [KEYS.template]: state.template,
      [KEYS.generation]: state.addGenerationPrompt ? '1' : null,
      [KEYS.mask]: state.mask ? null : '0',
      [KEYS.preset]: preset ?? null,
      [KEYS.conversation]: json !== null && fits ? json : null,
    },
    fits,
  };
}

/** What a link restores; each part only when the link carries it. */
export interface LinkedState {
  readonly template?: ChatTemplateName;
  readonly addGenerationPrompt?: boolean;
  readonly mask?: boolean;
  readonly messages?: readonly ChatMessage[];
}

/**
 * The state a query string carries, or null when it has no `ct-` key. Unknown templates and
 * malformed conversations are ignored (the prop's template, the default conversation); `ct-c`
 * wins over `ct-p`, and a preset is read in the page's language.
 *
 * @example decodeState('?ct-t=llama3&ct-p=qa', 'en')?.messages?.length // 2
 * @example decodeState('?x=1', 'en') // null
 */
export function decodeState(search: string, locale: Locale): LinkedState | null {
  const params = new URLSearchParams(search);
  if (!Object.values(KEYS).some((key) => params.has(key))) return null;
  const template = CHAT_TEMPLATE_NAMES.find((t) => t === params.get(KEYS.template));
  const conversation = params.get(KEYS.conversation);
  const preset = PRESET_KEYS.find((k) => k === params.get(KEYS.preset));
  const messages =
    (conversation !== null ? decodeConversation(conversation) : null) ??
    (preset ? PRESETS[locale][preset] : null);
  return {
    ...(template ? { template } : {}),
    ...(params.has(KEYS.generation) ? { addGenerationPrompt: params.get(KEYS.generation) === '1' } : {}),
    ...(params.has(KEYS.mask) ? { mask: params.get(KEYS.mask) !== '0' } : {}),
    ...(messages ? { messages } : {}),
  };
}
