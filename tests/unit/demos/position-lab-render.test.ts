/**
 * SSR smoke test of the position lab: the client component renders on the server inside
 * <IslandRoot> for every tab and both locales, as a real tablist, with the tab's readout and
 * no NaN or undefined on screen.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PositionLabDemo } from '@/components/demos/position-lab/demo';
import { TABS, type PositionTab } from '@/components/demos/position-lab/tabs';
import { TEXT } from '@/components/demos/position-lab/text';
import { IslandRoot } from '@/components/islands/island-root';

const render = (locale: 'zh' | 'en', tab: PositionTab) =>
  renderToString(
    createElement(
      IslandRoot,
      { locale } as Parameters<typeof IslandRoot>[0],
      createElement(PositionLabDemo, { tab }),
    ),
  );

/** The text content of the `<output data-readout>` (React's text separators removed). */
const readout = (html: string) =>
  /<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1]?.replace(/<!-- -->/g, '') ?? '';

describe('PositionLabDemo (server render)', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const tab of TABS) {
      it(`${locale}, tab ${tab}`, () => {
        const html = render(locale, tab);
        expect(html).toContain('data-demo="position-lab"');
        expect(html).toContain('role="tablist"');
        expect(html.match(/role="tab"/g)).toHaveLength(3);
        expect(html).toMatch(new RegExp(`aria-selected="true"[^>]*data-tab="${tab}"`));
        expect(html.match(/data-readout/g)).toHaveLength(1);
        expect(html).not.toMatch(/NaN|undefined|Infinity/);
        expect(readout(html).length).toBeGreaterThan(10);
      });
    }
  }

  it('sinusoidal starts at PE(1, 0) = sin(1) = 0.841 (Vaswani et al. §3.5; sin 1 = 0.8415)', () => {
    const t = TEXT.en;
    expect(readout(render('en', 'sinusoidal'))).toBe(
      // ω₀ = 10000⁰ = 1, wavelength 2π = 6.2832
      t.sinReadout({
        pos: 1,
        dim: 0,
        fn: 'sin',
        pair: 0,
        d: 16,
        value: '0.841',
        omega: '1',
        wavelength: '6.283',
      }),
    );
  });

  it('rope starts with two (m, n) pairs two apart and equal dot products', () => {
    const text = readout(render('en', 'rope'));
    // q = (1, 0) at m = 3: (cos 3, sin 3) = (−0.98999, 0.14112); k = (0.8, 0.6) at n = 1:
    // (0.8 cos 1 − 0.6 sin 1, 0.8 sin 1 + 0.6 cos 1) = (−0.07263, 0.99736); dot 0.07190 + 0.14075
    expect(text).toBe(TEXT.en.ropeReadout(3, 1, '0.213', 6, 4, '0.213'));
  });

  it('alibi starts with 8 heads: 1/2 … 1/256 (Press et al. 2022, §3)', () => {
    const text = readout(render('zh', 'alibi'));
    expect(text).toBe(TEXT.zh.alibiReadout(8, 1, '1/2', '1/2, 1/4, 1/8, 1/16, 1/32, 1/64, 1/128, 1/256'));
  });
});
