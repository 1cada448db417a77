import { describe, expect, it } from 'vitest';
import {
  addTurn,
  editTurn,
  matchingPreset,
  MAX_TURNS,
  moveTurn,
  PRESET_KEYS,
  PRESETS,
  removeTurn,
  toMessages,
  toTurns,
} from '@/components/demos/chat-template/conversation';
import { checkChatMessages } from '@/lib/alignment/chat-checks';

describe('presets', () => {
  it.each(PRESET_KEYS.flatMap((key) => [['zh', key] as const, ['en', key] as const]))(
    '%s %s is clean in both templates and matches itself',
    (locale, key) => {
      const messages = PRESETS[locale][key];
      expect(checkChatMessages(messages, 'chatml')).toEqual({ errors: [], warnings: [] });
      expect(checkChatMessages(messages, 'llama3')).toEqual({ errors: [], warnings: [] });
      expect(matchingPreset(locale, toMessages(toTurns(messages)))).toBe(key);
    },
  );

  it('the multi-turn preset has a system prompt and two answers; the Q&A one a single answer', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(PRESETS[locale].multi.map((m) => m.role)).toEqual([
        'system',
        'user',
        'assistant',
        'user',
        'assistant',
      ]);
      expect(PRESETS[locale].qa.map((m) => m.role)).toEqual(['user', 'assistant']);
    }
  });
});

describe('turn edits', () => {
  const turns = toTurns([
    { role: 'system', content: 's' },
    { role: 'user', content: 'u' },
    { role: 'ipython', content: 'i' },
  ]);

  it('numbers turns and flags roles outside the select as typed', () => {
    expect(turns.map((t) => [t.id, t.custom])).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
  });

  it('adds the role that usually comes next, with a fresh id, up to MAX_TURNS', () => {
    expect(addTurn(turns.slice(0, 2)).at(-1)).toEqual({
      id: 2,
      role: 'assistant',
      content: '',
      custom: false,
    });
    expect(addTurn(turns).at(-1)).toMatchObject({ id: 3, role: 'user' });
    expect(addTurn([]).at(-1)).toEqual({ id: 0, role: 'user', content: '', custom: false });
    // ids stay unique after a removal
    expect(addTurn(removeTurn(turns, 1)).at(-1)?.id).toBe(3);
    let full = turns;
    for (let i = 0; i < 20; i++) full = addTurn(full);
    expect(full).toHaveLength(MAX_TURNS);
  });

  it('moves a turn one place and stops at the ends', () => {
    expect(moveTurn(turns, 2, -1).map((t) => t.id)).toEqual([0, 2, 1]);
    expect(moveTurn(turns, 0, 1).map((t) => t.id)).toEqual([1, 0, 2]);
    expect(moveTurn(turns, 0, -1)).toEqual(turns);
    expect(moveTurn(turns, 2, 1)).toEqual(turns);
    expect(moveTurn(turns, 9, 1)).toEqual(turns);
  });

  it('removes and edits by id without touching the others', () => {
    expect(removeTurn(turns, 1).map((t) => t.id)).toEqual([0, 2]);
    const edited = editTurn(turns, 1, { content: 'new', role: 'assistant' });
    expect(edited[1]).toEqual({ id: 1, role: 'assistant', content: 'new', custom: false });
    expect(edited[0]).toBe(turns[0]);
    expect(toMessages(edited)).toEqual([
      { role: 'system', content: 's' },
      { role: 'assistant', content: 'new' },
      { role: 'ipython', content: 'i' },
    ]);
  });
});
