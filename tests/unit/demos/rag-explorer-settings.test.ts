import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, decodeSettings, settingsParams } from '@/components/demos/rag-explorer/settings';

describe('settings in the address', () => {
  it('round-trips through the query string', () => {
    const settings = { query: 'KV 缓存 & RoPE?', size: 40, overlap: 10, k: 3 };
    const search = new URLSearchParams(settingsParams(settings)).toString();
    expect(decodeSettings(`?${search}`, 'zh')).toEqual(settings);
  });

  it('is null without any rag- key, so a plain visit keeps the defaults', () => {
    expect(decodeSettings('?x=1&lr-at=3', 'en')).toBeNull();
    expect(decodeSettings('', 'en')).toBeNull();
  });

  it('falls back to the default for a value that is not one of the slider steps', () => {
    expect(decodeSettings('?rag-size=33&rag-overlap=-1&rag-k=99', 'en')).toEqual(DEFAULT_SETTINGS.en);
    expect(decodeSettings('?rag-k=1e1', 'zh')?.k).toBe(DEFAULT_SETTINGS.zh.k);
  });

  it('keeps an invalid chunking from a link (the demo shows lib’s error) but not an absurd query', () => {
    expect(decodeSettings('?rag-size=20&rag-overlap=40', 'zh')).toMatchObject({ size: 20, overlap: 40 });
    expect(decodeSettings(`?rag-q=${'a'.repeat(1001)}`, 'en')?.query).toBe(DEFAULT_SETTINGS.en.query);
  });
});
