/**
 * SSR smoke test of the PPO-clip demo in both languages: it opens at ε = 0.2, A = 1, r = 1.5, so
 * L = min(1.5, 1.2) = 1.2 and the gradient is 0 (flat); both panels, their flat regions, tables
 * and the legend are there; a linked state and a bad link render without NaN.
 */
import { describe, expect, it } from 'vitest';
import { ClipLab } from '@/components/demos/ppo-clip/clip-lab';
import { PpoClipDemo } from '@/components/demos/ppo-clip/demo';
import { TEXT } from '@/components/demos/ppo-clip/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('PpoClipDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens flat at r = 1.5 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(PpoClipDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="ppo-clip"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('1.50', '1', '0.2', '1.2000', '0'));
    expect(text).toContain(t.badges.none);
    expect(text).toContain(t.states.pos.flat);
    // two panels, A = 1 current; each with a flat band, a curve and a table of 7 ratios + current
    expect(html.match(/data-panel="/g)).toHaveLength(2);
    expect(html.match(/data-flat/g)).toHaveLength(2);
    expect(html.match(/data-curve/g)).toHaveLength(2);
    expect(html.match(/data-at/g)).toHaveLength(1);
    expect(html.match(/<th scope="row"/g)).toHaveLength(16);
    expect(text).toContain(t.panelTitle('pos', '1'));
    expect(text).toContain(t.panelTitle('neg', '\u22121'));
    expect(text).toContain(t.legendFlat);
    expect(text).toContain(t.currentRow('1.50'));
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders a linked state and a bad link in %s', (locale) => {
    const t = TEXT[locale];
    // A = −1 at r = 0.5: min(−0.5, −0.8) = −0.8, flat
    const low = renderDemo(ClipLab, { initial: { draft: { eps: '0.2', adv: '-1' }, ratio: 0.5 } }, locale);
    expect(readout(low)).toBe(t.readout('0.50', '\u22121', '0.2', '\u22120.8000', '0'));
    expect(clean(low)).toContain(t.states.neg.flat);
    // A = −1 at r = 1.5: not clipped, pushed back down with gradient −1
    const worse = renderDemo(ClipLab, { initial: { draft: { eps: '0.2', adv: '-1' }, ratio: 1.5 } }, locale);
    expect(readout(worse)).toBe(t.readout('1.50', '\u22121', '0.2', '\u22121.5000', '\u22121.0000'));
    expect(clean(worse)).toContain(t.badges.down);
    // ε = 1: lib refuses it, the field is marked, the default result stays
    const bad = renderDemo(ClipLab, { initial: { draft: { eps: '1', adv: '1' }, ratio: 1.5 } }, locale);
    expect(clean(bad)).toContain(t.rules.eps);
    expect(bad).toContain('aria-invalid="true"');
    expect(readout(bad)).toBe(t.readout('1.50', '1', '0.2', '1.2000', '0'));
    expect(bad).not.toMatch(/NaN|undefined/);
    const zero = renderDemo(ClipLab, { initial: { draft: { eps: '0.2', adv: '0' }, ratio: 1 } }, locale);
    expect(clean(zero)).toContain(t.zero);
  });
});
