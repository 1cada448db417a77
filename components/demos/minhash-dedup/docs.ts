/**
 * Inputs of the minhash-dedup demo that are not formulas: the default documents per locale, the
 * controls' steps and the cap on typed text.
 */
import type { Locale } from '@/lib/i18n';

/** Longest document the demo reads; longer text is cut here and the demo says so. */
export const MAX_CHARS = 20_000;

/** Shingle sizes (units) the slider visits. */
export const SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** Band counts b and rows per band r the sliders visit; the signature has b·r slots. */
export const BANDS = [1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50] as const;
export const ROWS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16] as const;

/** Two near-duplicate web pages, as a crawl meets them: the same notice with small edits. */
export const DEFAULT_DOCS: Record<Locale, readonly [string, string]> = {
  zh: [
    '本站将于周六凌晨两点至四点进行系统维护，届时登录、下单和支付功能暂停使用，给您带来不便敬请谅解。',
    '本站将于周日凌晨两点至五点进行系统维护，届时登录和支付功能暂停使用，给您带来的不便敬请谅解。',
  ],
  en: [
    'The site will be down for maintenance on Saturday from 2 to 4 a.m.; sign-in, checkout and payments will be unavailable. We apologise for the inconvenience.',
    'The site will be down for maintenance on Sunday from 2 to 5 a.m.; sign-in and payments will be unavailable. We apologise for any inconvenience.',
  ],
};

/** A document as the demo reads it: at most MAX_CHARS code points, and whether it was cut. */
export function capText(text: string): { text: string; cut: boolean } {
  const points = Array.from(text);
  return points.length > MAX_CHARS
    ? { text: points.slice(0, MAX_CHARS).join(''), cut: true }
    : { text, cut: false };
}
