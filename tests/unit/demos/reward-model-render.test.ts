/**
 * SSR smoke test of the reward-model demo, both views in both languages: the pair view opens at
 * r_c = 1, r_r = 0 (σ(1) = 0.7311, −log σ(1) = ln(1 + e^−1) = 0.3133), the fit view at step 0 of
 * the clean dataset (loss ln 2 = 0.6931, every pair tied, accuracy 0.50); each has its chart, its
 * table and no NaN; linked states render as linked.
 */
import { describe, expect, it } from 'vitest';
import { RewardModelDemo } from '@/components/demos/reward-model/demo';
import { DEFAULT_FIT } from '@/components/demos/reward-model/fit-compute';
import { FitPanel } from '@/components/demos/reward-model/fit';
import { PairPanel } from '@/components/demos/reward-model/pair';
import { FIT_TEXT, PAIR_TEXT } from '@/components/demos/reward-model/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('RewardModelDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('pair view opens at σ(1) in %s', (locale) => {
    const t = PAIR_TEXT[locale];
    const html = renderDemo(RewardModelDemo, { tab: 'pair' }, locale);
    expect(html).toContain('data-demo="reward-model"');
    expect(html).toContain('data-tab="pair"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // σ(1) = 0.7310585786, −log σ(1) = 0.3132616875
    expect(readout(html)).toBe(t.readout({ diff: '1', probability: '0.7311', loss: '0.3133', margin: null }));
    expect(clean(html)).toContain(t.title);
    // two number fields, two sliders, three margin radios (none checked), a disabled rating select
    expect(html.match(/type="range"/g)).toHaveLength(2);
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).toMatch(/checked=""[^>]*value="none"/);
    expect(html).toMatch(/<select[^>]*disabled=""/);
    // the chart: the plain curve only, ln 2, the pair, the table (9 ticks + this pair)
    expect(html).toContain('data-curve="plain"');
    expect(html).not.toContain('data-curve="margin"');
    expect(html).toContain('data-ln2');
    expect(html.match(/<th scope="row"/g)).toHaveLength(10);
  });

  it.each(['zh', 'en'] as const)('pair view with Llama 2’s large margin in %s', (locale) => {
    const t = PAIR_TEXT[locale];
    const html = renderDemo(
      PairPanel,
      { initial: { rc: '2', rr: '1', scale: 'large', rating: 'slightly' } },
      locale,
    );
    // m = 1 (Table 27, Margin Large, slightly better): −log σ(1 − 1) = ln 2
    expect(readout(html)).toBe(
      t.readout({ diff: '1', probability: '0.7311', loss: '0.3133', margin: { text: '1', loss: '0.6931' } }),
    );
    expect(html).toContain('data-curve="margin"');
    expect(clean(html)).toContain(t.marginNote);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(['zh', 'en'] as const)('fit view opens at step 0 with every pair tied in %s', (locale) => {
    const t = FIT_TEXT[locale];
    const html = renderDemo(RewardModelDemo, { tab: 'fit' }, locale);
    expect(html).toContain('data-demo="reward-model"');
    expect(html).toContain('data-tab="fit"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // w = 0: loss ln 2 = 0.6931, 12 ties → accuracy ½
    expect(readout(html)).toBe(
      t.readout({ step: 0, total: 200, loss: '0.6931', accuracy: '0.50', right: 0, ties: 12, wrong: 0 }),
    );
    // the clean set's mean Δx = [7/12, −1/4, 1/12]; gradient −½·mean Δx = [−0.2917, +0.1250, −0.0417]
    const text = clean(html);
    for (const g of ['−0.2917', '+0.1250', '−0.0417']) expect(text).toContain(g);
    expect(text).toContain(t.probeVerdict.tie);
    expect(html.match(/data-verdict="tie"/g)).toHaveLength(12);
    expect(html).toContain('data-curve="loss"');
    expect(html).toContain('data-curve="accuracy"');
  });

  it.each(['zh', 'en'] as const)('fit view from a link, length-biased at step 100, in %s', (locale) => {
    const t = FIT_TEXT[locale];
    const html = renderDemo(
      FitPanel,
      { initial: { draft: { ...DEFAULT_FIT, set: 'length' }, at: 100 } },
      locale,
    );
    expect(readout(html)).toMatch(locale === 'zh' ? /^第 100 \/ 200 步/ : /^Step 100 of 200/);
    expect(html).toContain('data-probe="long"');
    expect(clean(html)).toContain(t.probeVerdict.long);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('fit view clamps a linked step beyond the run and keeps bad settings off the screen', () => {
    const t = FIT_TEXT.en;
    const html = renderDemo(FitPanel, { initial: { draft: { ...DEFAULT_FIT, lr: '0' }, at: 999 } }, 'en');
    // lr = 0 is refused by lib; the default run (200 steps) stays, the step clamps to 200
    expect(clean(html)).toContain(t.libError('options.learningRate must be finite and > 0, got 0'));
    expect(readout(html)).toMatch(/^Step 200 of 200/);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });
});
