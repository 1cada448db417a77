/**
 * The chat-template demo's conversation as the reader edits it: turns with stable ids, the
 * presets, and the edits (add, remove, move). Plain data and pure functions, no formulas; tested
 * in tests/unit/demos/chat-template-conversation.test.ts.
 */
import type { ChatMessage } from '@/lib/alignment/render-chat';
import type { Locale } from '@/lib/i18n';

/** The roles the select offers; anything else is typed into the "other" field. */
export const ROLE_OPTIONS = ['system', 'user', 'assistant', 'tool'] as const;

/** Limits of the editor (and of a shared link): a short conversation, not a document. */
export const MAX_TURNS = 8;
export const MAX_CONTENT_CHARS = 600;
export const MAX_ROLE_CHARS = 24;

/** One turn in the editor; `id` keys it in React and survives moves. */
export interface Turn {
  readonly id: number;
  readonly role: string;
  readonly content: string;
  /** the role is typed rather than picked from {@link ROLE_OPTIONS} */
  readonly custom: boolean;
}

export const PRESET_KEYS = ['multi', 'qa'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * The presets, in the page's language: `multi` is a two-round chat under a system prompt (the
 * default), `qa` a single question and answer.
 */
export const PRESETS: Readonly<Record<Locale, Readonly<Record<PresetKey, readonly ChatMessage[]>>>> = {
  zh: {
    multi: [
      { role: 'system', content: '用一句话回答。' },
      { role: 'user', content: '什么是 SFT？' },
      { role: 'assistant', content: '用示范回答做有监督微调。' },
      { role: 'user', content: '损失怎么算？' },
      { role: 'assistant', content: '只在回答的词元上算交叉熵。' },
    ],
    qa: [
      { role: 'user', content: '把“谢谢”翻译成英文。' },
      { role: 'assistant', content: 'Thank you.' },
    ],
  },
  en: {
    multi: [
      { role: 'system', content: 'Answer in one sentence.' },
      { role: 'user', content: 'What is SFT?' },
      { role: 'assistant', content: 'Supervised fine-tuning on example answers.' },
      { role: 'user', content: 'And the loss?' },
      { role: 'assistant', content: 'Cross-entropy on the answer tokens only.' },
    ],
    qa: [
      { role: 'user', content: 'Translate to French: thank you' },
      { role: 'assistant', content: 'Merci.' },
    ],
  },
};

/** Turns for messages, numbered from 0; a role outside the select becomes a typed one. */
export function toTurns(messages: readonly ChatMessage[]): Turn[] {
  return messages.map(({ role, content }, id) => ({
    id,
    role,
    content,
    custom: !(ROLE_OPTIONS as readonly string[]).includes(role),
  }));
}

/** The messages the turns stand for (what lib renders). */
export function toMessages(turns: readonly Turn[]): ChatMessage[] {
  return turns.map(({ role, content }) => ({ role, content }));
}

/** The preset whose messages equal `messages` exactly, if any. */
export function matchingPreset(locale: Locale, messages: readonly ChatMessage[]): PresetKey | undefined {
  return PRESET_KEYS.find((key) => {
    const preset = PRESETS[locale][key];
    return (
      preset.length === messages.length &&
      preset.every((m, i) => m.role === messages[i]?.role && m.content === messages[i]?.content)
    );
  });
}

/**
 * A new empty turn at the end, with the role that usually comes next (assistant after user,
 * otherwise user), or the turns unchanged at {@link MAX_TURNS}.
 *
 * @example addTurn(toTurns([{ role: 'user', content: 'Hi' }])).at(-1) // { id: 1, role: 'assistant', content: '', custom: false }
 */
export function addTurn(turns: readonly Turn[]): Turn[] {
  if (turns.length >= MAX_TURNS) return [...turns];
  const id = turns.reduce((max, t) => Math.max(max, t.id), -1) + 1;
  const role = turns.at(-1)?.role === 'user' ? 'assistant' : 'user';
  return [...turns, { id, role, content: '', custom: false }];
}

/** The turns without the one with `id`. */
export function removeTurn(turns: readonly Turn[], id: number): Turn[] {
  return turns.filter((t) => t.id !== id);
}

/** The turns with the one with `id` moved one place up (−1) or down (+1); unchanged at an end. */
export function moveTurn(turns: readonly Turn[], id: number, by: -1 | 1): Turn[] {
  const from = turns.findIndex((t) => t.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= turns.length) return [...turns];
  const next = [...turns];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The turns with the one with `id` changed by `patch`. */
export function editTurn(turns: readonly Turn[], id: number, patch: Partial<Omit<Turn, 'id'>>): Turn[] {
  return turns.map((t) => (t.id === id ? { ...t, ...patch } : t));
}
