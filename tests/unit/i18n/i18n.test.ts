import { describe, expect, it } from 'vitest';
import { isLocale, switchLocalePath } from '@/lib/i18n';

describe('switchLocalePath', () => {
  it('keeps the chapter and page when switching language', () => {
    expect(switchLocalePath('/zh/intro/history/', 'en')).toBe('/en/intro/history/');
    expect(switchLocalePath('/en/intro/', 'zh')).toBe('/zh/intro/');
    expect(switchLocalePath('/en', 'zh')).toBe('/zh/');
  });
  it('falls back to the locale home for paths outside a locale', () => {
    expect(switchLocalePath('/', 'en')).toBe('/en/');
    expect(switchLocalePath('/zhx/intro/', 'en')).toBe('/en/');
  });
});

describe('isLocale', () => {
  it('accepts exactly zh and en', () => {
    expect(isLocale('zh')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
