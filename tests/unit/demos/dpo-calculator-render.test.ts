/**
 * SSR smoke test of the DPO calculator in both languages: it opens at the start of training
 * (policy = reference, β = 0.1, sigmoid), so the readout is ln 2 = 0.6931, the rewards are 0 and
 * the gradient weight is σ(0) = ½; the chart, its table and the preset note are there; no NaN.
 */
import { describe, expect, it } from 'vitest';
import { Calculator } from '@/components/demos/dpo-calculator/calculator';
import { DpoCalculatorDemo } from '@/components/demos/dpo-calculator/demo';
import { DEFAULT_DRAFT, withPreset } from '@/components/demos/dpo-calculator/presets';
import { TEXT } from '@/components/demos/dpo-calculator/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('DpoCalculatorDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens at the start of training in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(DpoCalculatorDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="dpo-calculator"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // −log σ(0) = ln 2 = 0.6931…
    expect(readout(html)).toBe(t.readout(t.lossNames.sigmoid, '0.6931'));
    // h = 0, both rewards 0, weight σ(0) = ½
    expect(text).toContain(t.withDirection('0.0000', t.direction.same));
    expect(text).toContain('0.5000');
    expect(text).toContain(t.weightFormulas.sigmoid);
    expect(text).toContain(t.presetNotes.start);
    // the four log-probability fields hold the preset as typed
    for (const value of ['-40', '-50']) expect(html).toContain(`value="${value}"`);
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="sigmoid"/);
    expect(html.match(/checked=""/g)).toHaveLength(1);
    // the chart: curve, the h = 0 rule, the current pair, and the table (9 ticks + current)
    expect(html).toContain('data-curve');
    expect(html).toContain('data-zero');
    expect(html).toContain('data-at');
    expect(html.match(/<th scope="row"/g)).toHaveLength(10);
    expect(text).toContain(t.currentRow('0.0000'));
    // no error on a valid start
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders a linked state and a bad link in %s', (locale) => {
    const t = TEXT[locale];
    // "learning" under IPO: (10 − 1/(2·0.1))² = 25; weight (1 − 2·1)/0.01 = −100
    const ipo = renderDemo(
      Calculator,
      { initial: { ...withPreset(DEFAULT_DRAFT, 'learning'), lossType: 'ipo' } },
      locale,
    );
    expect(readout(ipo)).toBe(t.readout(t.lossNames.ipo, '25.0000'));
    expect(clean(ipo)).toContain('−100.0000');
    expect(clean(ipo)).toContain(t.presetNotes.learning);
    // a log-probability above 0: lib refuses it, the field is marked, the default result stays
    const bad = renderDemo(Calculator, { initial: { ...DEFAULT_DRAFT, pc: '0.5' } }, locale);
    expect(clean(bad)).toContain(t.rules.logp);
    expect(bad).toContain('aria-invalid="true"');
    expect(readout(bad)).toBe(t.readout(t.lossNames.sigmoid, '0.6931'));
    expect(bad).not.toMatch(/NaN|undefined/);
  });
});
