/**
 * SSR smoke test of the context-cost demo in both languages: the default task (s = 2000, t = 500,
 * 100 output tokens, n = 20, $5/$25 per million) under a 4-step window sends 75,000 input tokens
 * ($0.4250) against 135,000 ($0.7250) for full history; the hand example s = 1000, t = 500, n = 10
 * sends 32,500 under full history; bad links keep the default result and never show NaN.
 */
import { describe, expect, it } from 'vitest';
import { ContextCostDemo } from '@/components/demos/context-cost/demo';
import { ContextCostLab } from '@/components/demos/context-cost/lab';
import { DEFAULT_DRAFT, type Draft, type Field } from '@/components/demos/context-cost/model';
import { TEXT } from '@/components/demos/context-cost/text';
import { clean, renderDemo } from './render-island';

const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');
const paragraph = (html: string, attr: string) =>
  clean(new RegExp(`<p[^>]*${attr}[^>]*>(.*?)</p>`, 's').exec(html)?.[1] ?? '');

/** The hand example: s = 1000, t = 500, 100 output tokens, n = 10, w = 3, e = 4, σ = 300, $4/$10. */
const HAND: Draft = {
  fields: {
    ...DEFAULT_DRAFT.fields,
    system: '1000',
    step: '500',
    output: '100',
    steps: '10',
    window: '3',
    every: '4',
    summary: '300',
    priceIn: '4',
    priceOut: '10',
  },
  policy: 'full',
  caching: false,
};
const hand = (patch: Partial<Draft>, fields: Partial<Record<Field, string>> = {}): Draft => ({
  ...HAND,
  ...patch,
  fields: { ...HAND.fields, ...fields },
});

describe('ContextCostDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the 20-step task with a 4-step window in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(ContextCostDemo, {}, locale);
    expect(html).toContain('data-demo="context-cost"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout(t.policies.window, '75,000', null, '$0.4250', '135,000', '$0.7250'));
    // full history's last step: 2000 + 19 · 500
    expect(paragraph(html, 'data-peak')).toBe(t.peak('4,000', '11,500'));
    expect(clean(html)).toContain(t.cachingOff);
    // three policy lines, bars for the window (no cached part with caching off)
    expect(html.match(/data-line="/g)).toHaveLength(3);
    expect(html).toContain('data-bars="fresh"');
    expect(html).not.toContain('data-bars="cached"');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(clean(html)).toContain(t.tableCaption(t.policies.window));
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('gives the hand-checkable totals in %s', (locale) => {
    const t = TEXT[locale];
    // Σ_{i=1..10} (1000 + 500(i − 1)) = 32,500; 32,500 · 4e-6 + 1,000 · 10e-6 = 0.14
    expect(readout(renderDemo(ContextCostLab, { initial: HAND }, locale))).toBe(
      t.readoutFull('32,500', null, '$0.1400'),
    );
    // cached 27,000, fresh 5,500: (5,500 · 1.25 + 27,000 · 0.1) · 4e-6 + 0.01 = 0.0483
    const cached = renderDemo(ContextCostLab, { initial: hand({ caching: true }) }, locale);
    expect(readout(cached)).toBe(t.readoutFull('32,500', '27,000', '$0.0483'));
    expect(cached).toContain('data-bars="cached"');
    expect(clean(cached)).toContain(t.cacheNotes.anthropic5m);
    // window w = 3: 1000 + 1500 + 2000 + 7 · 2500 = 22,000 → 0.088 + 0.01
    expect(readout(renderDemo(ContextCostLab, { initial: hand({ policy: 'window' }) }, locale))).toBe(
      t.readout(t.policies.window, '22,000', null, '$0.0980', '32,500', '$0.1400'),
    );
    // with caching: cached 10,500, fresh 11,500 → 15,425 · 4e-6 + 0.01 = 0.0717 > full's 0.0483
    expect(
      readout(renderDemo(ContextCostLab, { initial: hand({ policy: 'window', caching: true }) }, locale)),
    ).toBe(t.readout(t.policies.window, '22,000', '10,500', '$0.0717', '32,500', '$0.0483'));
    // summary e = 4, σ = 300: steps 18,300 + summariser 3,000 + 3,300 = 24,600 input, 1,600 output
    const summary = renderDemo(ContextCostLab, { initial: hand({ policy: 'summary' }) }, locale);
    expect(readout(summary)).toBe(
      t.readout(t.policies.summary, '24,600', null, '$0.1144', '32,500', '$0.1400'),
    );
    expect(paragraph(summary, 'data-summary-calls')).toBe(t.summaryCalls('2', '6,300', '600', '$0.0312'));
    expect(summary.match(/data-summarisers/g)).toHaveLength(1);
  });

  it.each(['zh', 'en'] as const)('keeps the default result for bad links in %s', (locale) => {
    const t = TEXT[locale];
    const opening = t.readout(t.policies.window, '75,000', null, '$0.4250', '135,000', '$0.7250');
    const bad: [Partial<Record<Field, string>>, string][] = [
      [{ step: '🙂' }, t.fieldError(t.fields.step, { kind: 'notNumber', text: '🙂' })],
      [{ steps: '' }, t.fieldError(t.fields.steps, { kind: 'empty' })],
      [{ output: '900' }, 'outputTokens must be <= stepTokens'],
      [{ window: '0' }, 'policy.window must be an integer in [1, 10000], got 0'],
      [{ steps: '5000' }, t.tooManySteps('1,000')],
    ];
    for (const [fields, message] of bad) {
      const html = renderDemo(
        ContextCostLab,
        { initial: { ...DEFAULT_DRAFT, fields: { ...DEFAULT_DRAFT.fields, ...fields } } },
        locale,
      );
      expect(clean(html)).toContain(message);
      expect(clean(html)).toContain(t.kept);
      expect(html).toContain('aria-invalid="true"');
      expect(readout(html)).toBe(opening);
      expect(html).not.toMatch(/NaN|undefined/);
    }
  });
});
