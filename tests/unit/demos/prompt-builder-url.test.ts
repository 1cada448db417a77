import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/components/demos/prompt-builder/presets';
import { decodeSettings, encodeSettings, KEYS } from '@/components/demos/prompt-builder/url-state';

describe('prompt-builder url state', () => {
  it('writes every setting under a pb- key', () => {
    expect(encodeSettings(DEFAULT_SETTINGS)).toEqual({
      'pb-task': 'sentiment',
      'pb-delim': 'none',
      'pb-k': '0',
      'pb-role': '0',
      'pb-schema': '0',
      'pb-exit': '0',
    });
    expect(Object.values(KEYS).every((k) => k.startsWith('pb-'))).toBe(true);
  });

  it('reads back what it wrote', () => {
    const s: Settings = {
      task: 'meeting',
      delimiter: 'triple-quotes',
      k: 4,
      role: true,
      schema: true,
      exit: false,
    };
    const search = `?${new URLSearchParams(encodeSettings(s)).toString()}`;
    expect(decodeSettings(search)).toEqual(s);
  });

  it('ignores a query without its keys', () => {
    expect(decodeSettings('')).toBeNull();
    expect(decodeSettings('?sc-n=3&ct-t=chatml')).toBeNull();
  });

  it('falls back per key for values it does not offer', () => {
    expect(decodeSettings('?pb-delim=xml&pb-k=9&pb-task=poem&pb-role=yes&pb-schema=1')).toEqual({
      ...DEFAULT_SETTINGS,
      delimiter: 'xml',
      schema: true,
    });
    expect(decodeSettings('?pb-k=2.0')?.k).toBe(0);
    expect(decodeSettings('?pb-k=-1')?.k).toBe(0);
    expect(decodeSettings('?pb-k=3')?.k).toBe(3);
  });
});
