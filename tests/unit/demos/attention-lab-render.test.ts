/**
 * SSR smoke test of the attention lab: the client component renders on the server inside
 * <IslandRoot> for every prop variant and both locales, with the default readout and no NaN.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttentionLabDemo } from '@/components/demos/attention-lab/demo';
import { MASKS, POSITIONS } from '@/components/demos/attention-lab/compute';
import { TEXT } from '@/components/demos/attention-lab/text';
import { IslandRoot } from '@/components/islands/island-root';

const render = (locale: 'zh' | 'en', props: Parameters<typeof AttentionLabDemo>[0]) =>
  renderToString(
    createElement(
      IslandRoot,
      { locale } as Parameters<typeof IslandRoot>[0],
      createElement(AttentionLabDemo, props),
    ),
  );

/** The text content of the `<output data-readout>`. */
const readout = (html: string) =>
  /<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1]?.replace(/<!-- -->/g, '') ?? '';

describe('AttentionLabDemo (server render)', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const mask of MASKS) {
      for (const position of POSITIONS) {
        it(`${locale}, mask ${mask}, position ${position}`, () => {
          const html = render(locale, { mask, position });
          expect(html).toContain('data-demo="attention-lab"');
          expect(html).not.toMatch(/NaN|undefined|Infinity/);
          const text = readout(html);
          // Five tokens: the weights row has five entries and sums to 1.
          expect(text.split(', ')).toHaveLength(5);
          expect(text).toMatch(/1\.000/);
          expect(html).toContain(TEXT[locale].masks[mask]);
        });
      }
    }
  }

  it('starts causal at the last token: its row sees all five keys (zh)', () => {
    const t = TEXT.zh;
    const text = readout(render('zh', { mask: 'causal', position: 'none' }));
    // Default Q/K with d_k = 2: q5 = (−1, 2) and k1…k5 = (1, 1), (0, 1), (2, 0), (−1, 1), (1, −1),
    // so q5·kⱼ = 1, 2, −2, 3, −3; ÷√2 and softmax by hand: e^0.7071 = 2.0281, e^1.4142 = 4.1133,
    // e^−1.4142 = 0.2431, e^2.1213 = 8.3422, e^−2.1213 = 0.1199, sum 14.8466.
    expect(text).toBe(t.readout(5, t.tokens[4]!, '0.137, 0.277, 0.016, 0.562, 0.008', '1.000'));
  });

  it('starts the prefix mask inside the prefix: query 2 sees keys 1–3, not 4–5 (en)', () => {
    const text = readout(render('en', { mask: 'prefix', position: 'none' }));
    expect(text.startsWith('Query 2 (read)')).toBe(true);
    expect(text).toMatch(/, 0, 0 \(sum = 1\.000\)$/);
  });
});
