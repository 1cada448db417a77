/**
 * SSR smoke test of the moe-router island in both languages: the default table (six tokens, four
 * experts, top-1, capacity factor 1.25) renders its loss, its capacity ⌈1.25 · 6 · 1/4⌉ = ⌈1.875⌉ = 2
 * and the two tokens that expert 1 cannot take, with no NaN or undefined.
 */
import { describe, expect, it } from 'vitest';
import { MoeRouterDemo } from '@/components/demos/moe-router/demo';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (locale: Locale) => renderDemo(MoeRouterDemo, {}, locale);

describe('MoeRouterDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('renders the default routing in %s', (locale) => {
    const html = render(locale);
    expect(html).toContain('data-demo="moe-router"');
    expect(html).toMatch(/<output[^>]*data-readout[^>]*>L_aux = α·N·Σ fᵢ·Pᵢ = 0\.0\d{3}/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('shows capacity 2 and drops tokens 4 and 6 from expert 1', () => {
    const html = render('en');
    expect(html).toContain('Capacity per expert C = ⌈1.25 × 6 × 1 / 4⌉ = 2.');
    // tokens 1, 2, 4 and 6 pick expert 1 first; slots go in token order, so 4 and 6 find it full
    expect(html.match(/expert 1 full/g)).toHaveLength(2);
  });
});
