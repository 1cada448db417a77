import { describe, expect, it } from 'vitest';
import {
  decodeState,
  encodeState,
  POLICY_URL_MAX_CHARS,
  presetDraft,
} from '@/components/demos/react-stepper/url-state';

const query = (params: Record<string, string | null>) =>
  `?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null)).toString()}`;

describe('react-stepper URL state', () => {
  it('writes a preset without its script and round-trips it', () => {
    const draft = presetDraft('en', 'loop');
    const params = encodeState('arithmetic', 'en', draft, 3);
    expect(params).toEqual({
      'rs-for': 'arithmetic',
      'rs-preset': 'loop',
      'rs-policy': null,
      'rs-limit': '15',
      'rs-repeat': null,
      'rs-turn': '3',
    });
    expect(decodeState(query(params), 'arithmetic', 'en')).toEqual({ draft, turn: 3 });
  });

  it('carries a short edited script, the limit as typed and a changed repeat flag', () => {
    const draft = {
      preset: 'malformed' as const,
      policy: 'Action: calculator\nAction Input: 1/0',
      limit: '0',
      repeat: true,
    };
    const params = encodeState('injection', 'zh', draft, 1);
    expect(params['rs-policy']).toBe(draft.policy);
    expect(params['rs-repeat']).toBe('1');
    expect(decodeState(query(params), 'injection', 'zh')).toEqual({ draft, turn: 1 });
  });

  it('leaves a long script out of the address', () => {
    const draft = { ...presetDraft('en', 'arithmetic'), policy: 'x'.repeat(POLICY_URL_MAX_CHARS + 1) };
    const params = encodeState('arithmetic', 'en', draft, 0);
    expect(params['rs-policy']).toBeNull();
    expect(decodeState(query(params), 'arithmetic', 'en')?.draft.policy).toBe(
      presetDraft('en', 'arithmetic').policy,
    );
  });

  it('ignores other steppers, unknown presets and bad turns', () => {
    expect(decodeState('?rs-for=injection&rs-turn=2', 'arithmetic', 'en')).toBeNull();
    expect(decodeState('?x=1', 'arithmetic', 'en')).toBeNull();
    const odd = decodeState(
      '?rs-for=arithmetic&rs-preset=__proto__&rs-turn=-1&rs-repeat=maybe',
      'arithmetic',
      'en',
    );
    expect(odd).toEqual({ draft: presetDraft('en', 'arithmetic'), turn: 0 });
    expect(decodeState('?rs-for=arithmetic&rs-turn=99999', 'arithmetic', 'en')?.turn).toBe(0);
  });
});
