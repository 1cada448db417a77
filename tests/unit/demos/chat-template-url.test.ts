import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_CHARS, MAX_TURNS, PRESETS } from '@/components/demos/chat-template/conversation';
import {
  decodeConversation,
  decodeState,
  encodeConversation,
  MAX_LINK_CHARS,
  queryParams,
} from '@/components/demos/chat-template/url-state';

const state = (messages = PRESETS.en.multi) => ({
  template: 'chatml' as const,
  addGenerationPrompt: false,
  mask: true,
  messages,
});

describe('encodeConversation / decodeConversation', () => {
  it('round-trips roles and contents, including special-token text, emoji and line breaks', () => {
    const messages = [
      { role: 'tool', content: '<|im_end|>\n😀 e\u0301' },
      { role: 'user', content: '' },
    ];
    expect(encodeConversation(messages)).toBe('[["tool","<|im_end|>\\n😀 e\u0301"],["user",""]]');
    expect(decodeConversation(encodeConversation(messages))).toEqual(messages);
  });

  it('returns null for anything but a short list of string pairs', () => {
    for (const bad of ['', '{', '{}', '[["user"]]', '[["user",1]]', '[[1,"x"]]', '"x"', '[["a","b","c"]]']) {
      expect(decodeConversation(bad)).toBeNull();
    }
    const many = JSON.stringify(Array.from({ length: MAX_TURNS + 1 }, () => ['user', 'x']));
    expect(decodeConversation(many)).toBeNull();
    expect(decodeConversation(JSON.stringify([['user', 'x'.repeat(MAX_CONTENT_CHARS + 1)]]))).toBeNull();
    // an empty conversation and a lone surrogate decode: the demo shows lib's message for them
    expect(decodeConversation('[]')).toEqual([]);
    expect(decodeConversation('[["user","\\ud800"]]')).toEqual([{ role: 'user', content: '\ud800' }]);
  });
});

describe('queryParams', () => {
  it('names a preset instead of spelling it out', () => {
    expect(queryParams({ ...state(PRESETS.en.qa), template: 'llama3' }, 'en')).toEqual({
      params: { 'ct-t': 'llama3', 'ct-g': null, 'ct-m': null, 'ct-p': 'qa', 'ct-c': null },
      fits: true,
    });
  });

  it('writes an edited conversation, the generation prompt and the mask switched off', () => {
    const messages = [{ role: 'user', content: 'Hi' }];
    expect(queryParams({ ...state(messages), addGenerationPrompt: true, mask: false }, 'en').params).toEqual({
      'ct-t': 'chatml',
      'ct-g': '1',
      'ct-m': '0',
      'ct-p': null,
      'ct-c': '[["user","Hi"]]',
    });
  });

  it('leaves a long conversation out of the link', () => {
    // 400 Chinese characters percent-encode to 9 characters each, far over the limit
    const long = [{ role: 'user', content: '中'.repeat(400) }];
    const { params, fits } = queryParams(state(long), 'zh');
    expect(fits).toBe(false);
    expect(params['ct-c']).toBeNull();
    expect(params['ct-t']).toBe('chatml');
    expect(encodeURIComponent(encodeConversation(long)).length).toBeGreaterThan(MAX_LINK_CHARS);
  });
});

describe('decodeState', () => {
  it('is null without ct- keys', () => {
    expect(decodeState('', 'en')).toBeNull();
    expect(decodeState('?lr-at=3', 'en')).toBeNull();
  });

  it('reads each part it carries, presets in the page language', () => {
    expect(decodeState('?ct-t=llama3&ct-g=1&ct-m=0&ct-p=qa', 'zh')).toEqual({
      template: 'llama3',
      addGenerationPrompt: true,
      mask: false,
      messages: PRESETS.zh.qa,
    });
    expect(decodeState('?ct-g=0', 'en')).toEqual({ addGenerationPrompt: false });
  });

  it('prefers ct-c over ct-p and ignores what it cannot read', () => {
    const search = `?ct-p=qa&ct-c=${encodeURIComponent('[["user","Hi"]]')}`;
    expect(decodeState(search, 'en')?.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(decodeState('?ct-p=qa&ct-c=oops', 'en')?.messages).toEqual(PRESETS.en.qa);
    expect(decodeState('?ct-t=mistral&ct-p=nope', 'en')).toEqual({});
  });

  it('round-trips through queryParams', () => {
    const messages = [
      { role: 'system', content: 'Be brief & kind' },
      { role: 'user', content: 'a=b?c#d' },
    ];
    const { params } = queryParams({ ...state(messages), template: 'llama3', mask: false }, 'en');
    const search = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => e[1] !== null),
    ).toString();
    expect(decodeState(`?${search}`, 'en')).toEqual({ template: 'llama3', mask: false, messages });
  });
});
