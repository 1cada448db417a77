/** The site's languages, Chinese first. Routes are `/<locale>/…`. */
export const locales = ['zh', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

/** Value of `<html lang>` per locale (Pagefind and screen readers both read it). */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Name of each language written in that language, for the language switch. */
export const localeNames: Record<Locale, string> = { zh: '中文', en: 'English' };

/** localStorage key that remembers the reader's language choice. */
export const LOCALE_STORAGE_KEY = 'llmf:locale';

/**
 * Narrows an unknown route segment to a locale.
 * @example isLocale('zh') // → true
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The same page in the other language: swaps the leading locale segment of a pathname
 * (without the deployment base path).
 * @example switchLocalePath('/zh/intro/history/', 'en') // → '/en/intro/history/'
 */
export function switchLocalePath(pathname: string, target: Locale): string {
  const match = /^\/(zh|en)(\/.*)?$/.exec(pathname);
  if (!match) return `/${target}/`;
  return `/${target}${match[2] ?? '/'}`;
}
