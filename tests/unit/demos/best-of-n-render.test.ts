/**
 * SSR smoke test of the best-of-n demo, both views in both languages: the KL view opens at N = 4
 * (ln 4 − 3/4 = 0.6363 nats, ln 4 = 1.3863), the over-optimisation view at best-of-n with α = 1,
 * β = 0.25 (peak d* = α/(2β) = 2, KL* = 4 nats, reached at N = 148, gold R* = α²/(4β) = 1), the
 * slider at the peak; charts, tables, no NaN; linked and bad states render as expected.
 */
import { describe, expect, it } from 'vitest';
import { BestOfNDemo } from '@/components/demos/best-of-n/demo';
import { KlPanel } from '@/components/demos/best-of-n/kl';
import { OverPanel } from '@/components/demos/best-of-n/overopt';
import { KL_TEXT, OVER_TEXT } from '@/components/demos/best-of-n/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('BestOfNDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('KL view opens at N = 4 in %s', (locale) => {
    const t = KL_TEXT[locale];
    const html = renderDemo(BestOfNDemo, { tab: 'kl' }, locale);
    expect(html).toContain('data-demo="best-of-n"');
    expect(html).toContain('data-tab="kl"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // ln 4 − 3/4 = 1.3862943611 − 0.75 = 0.6362943611
    expect(readout(html)).toBe(t.readout({ n: '4', fraction: '3/4', kl: '0.6363', lnN: '1.3863' }));
    expect(clean(html)).toContain(t.boundNote);
    expect(html).toContain('data-curve="kl"');
    expect(html).toContain('data-curve="ln"');
    // table: N = 1 … 1024 (11 rows) and the current N
    expect(html.match(/<th scope="row"/g)).toHaveLength(12);
    expect(html).toContain('aria-valuetext="4"');
  });

  it('KL view: N = 1 is the base policy (0 nats) and a bad N keeps the last valid one', () => {
    const t = KL_TEXT.en;
    expect(readout(renderDemo(KlPanel, { initial: '1' }, 'en'))).toBe(
      t.readout({ n: '1', fraction: '0/1', kl: '0.0000', lnN: '0.0000' }),
    );
    const bad = renderDemo(KlPanel, { initial: '2.5' }, 'en');
    expect(clean(bad)).toContain(t.libError('n must be an integer >= 1, got 2.5'));
    expect(readout(bad)).toBe(t.readout({ n: '4', fraction: '3/4', kl: '0.6363', lnN: '1.3863' }));
    expect(bad).toContain('aria-invalid="true"');
    expect(bad).not.toMatch(/NaN|undefined|Infinity/);
    // 60,000: ln 60000 − 59999/60000 = 10.0021 (Gao et al.'s "KL ≈ 10 nats")
    expect(readout(renderDemo(KlPanel, { initial: '60000' }, 'en'))).toBe(
      t.readout({ n: '60,000', fraction: '59,999/60,000', kl: '10.0021', lnN: '11.0021' }),
    );
  });

  it.each(['zh', 'en'] as const)('over-optimisation view opens at the best-of-n peak in %s', (locale) => {
    const t = OVER_TEXT[locale];
    const html = renderDemo(BestOfNDemo, { tab: 'overoptimization' }, locale);
    expect(html).toContain('data-tab="overoptimization"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(
      t.readout({
        peakD: '2',
        peakKl: '4',
        peakGold: '1',
        n: '148',
        d: '2',
        kl: '4',
        gold: '1',
        where: 'at',
      }),
    );
    expect(clean(html)).toContain(t.presetNote);
    expect(clean(html)).toContain(t.proxyNote);
    expect(html).toContain('data-peak');
    expect(html).toContain('data-curve="gold"');
  });

  it('over-optimisation view: RL peak at e, and β ≤ 0 keeps the last curve', () => {
    const t = OVER_TEXT.en;
    const rl = renderDemo(
      OverPanel,
      { initial: { draft: { method: 'rl', alpha: '1', beta: '0.5' }, at: 0 } },
      'en',
    );
    // d* = e^(1/0.5 − 1) = e = 2.718, KL* = e² = 7.389, R* = βd* = e/2 = 1.359; at d = 0, R = 0
    expect(readout(rl)).toBe(
      t.readout({
        peakD: '2.718',
        peakKl: '7.389',
        peakGold: '1.359',
        n: null,
        d: '0',
        kl: '0',
        gold: '0',
        where: 'before',
      }),
    );
    const bad = renderDemo(
      OverPanel,
      { initial: { draft: { method: 'bon', alpha: '1', beta: '0' }, at: 40 } },
      'en',
    );
    expect(clean(bad)).toContain(t.libError(''));
    expect(clean(bad)).toContain('fit.beta must be finite and > 0');
    expect(readout(bad)).toBe(
      t.readout({
        peakD: '2',
        peakKl: '4',
        peakGold: '1',
        n: '148',
        d: '2',
        kl: '4',
        gold: '1',
        where: 'at',
      }),
    );
    expect(bad).not.toMatch(/NaN|undefined|Infinity/);
  });
});
