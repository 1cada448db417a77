/**
 * SSR smoke test of the adam-stepper island in both languages: it opens at step 0, both optimizers
 * at θ₀ = (−1, −1.5), with the problem's gradient (−2, −25) in the table.
 */
import { describe, expect, it } from 'vitest';
import { AdamStepperDemo } from '@/components/demos/adam-stepper/demo';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (locale: Locale) => renderDemo(AdamStepperDemo, {}, locale);

describe('AdamStepperDemo (server render)', () => {
  it('starts at θ₀ for both optimizers (en)', () => {
    const html = render('en');
    expect(html).toContain('data-demo="adam-stepper"');
    expect(html).toContain('Step 0 (start): Adam θ = (−1.0000, −1.5000) · AdamW θ = (−1.0000, −1.5000)');
    expect(html).toContain('No step taken yet');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('reads the same in Chinese', () => {
    const html = render('zh');
    expect(html).toContain('第 0 步（起点）：Adam θ = (−1.0000, −1.5000) · AdamW θ = (−1.0000, −1.5000)');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('has the step controls and the per-step table', () => {
    const html = render('en');
    for (const label of ['Back', 'Step', 'Back to step 0', 'Learning rate lr', 'Weight decay λ']) {
      expect(html).toContain(label);
    }
    expect(html).toContain('data-quantity="theta"');
    expect(html).toMatch(/type="range"[^>]*max="200"/);
  });
});
