/**
 * SSR smoke test of the RoPE-scaling explorer in both languages: it opens on Llama 3.1 (head
 * dimension 128, base 500,000, llama3 scaling by 8 from 8,192), draws four lines and the two
 * length rules, and its readout counts the frequencies llama3 changed; no NaN or undefined.
 */
import { describe, expect, it } from 'vitest';
import { RopeScalingDemo } from '@/components/demos/rope-scaling/demo';
import { TEXT } from '@/components/demos/rope-scaling/text';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (locale: Locale) => renderDemo(RopeScalingDemo, {}, locale);

/** The readout's text: React's text separators removed, HTML entities decoded. */
const readout = (html: string) =>
  (/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '')
    .replace(/<!-- -->/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

describe('RopeScalingDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('renders the Llama 3.1 default in %s', (locale) => {
    const t = TEXT[locale];
    const html = render(locale);
    expect(html).toContain('data-demo="rope-scaling"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // λᵢ = 2π·500000^(i/64): i ≤ 28 below 8192/4, i ≥ 35 above 8192, 29–34 on the ramp → 6 + 29
    // changed; the longest, 8 · 2π · 500000^(63/64), is 20,473,564 positions
    expect(readout(html)).toBe(
      t.readout({ method: t.series.llama3, factor: 8, changed: 35, half: 64, longest: '20,473,564' }),
    );
    expect(html).toContain(t.counts({ kept: 29, between: 6, scaled: 29 }));
    expect(html.match(/data-series="/g)).toHaveLength(4);
    expect(html).toContain('data-rule="train"');
    expect(html).toContain('data-rule="target"');
    expect(html).toContain(t.ruleTarget('65,536'));
    // the table: one row per frequency
    expect(html.match(/<th scope="row"/g)).toHaveLength(64);
  });
});
