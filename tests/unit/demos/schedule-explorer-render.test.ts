/**
 * SSR smoke test of the schedule-explorer island for every preset in both languages. Readouts are
 * hand-checkable: LLaMA-2 (Llama 2 §2.2, Table 1) half way down its cosine is
 * 3e-4 · (0.1 + 0.9 · ½) = 1.65e-4; BERT's linear decay (appendix A.2) half way is 1e-4 · ½; the
 * generic WSD half way through its decay window is 1e-3 · (0.1 + 0.9 · ½) = 5.5e-4.
 */
import { describe, expect, it } from 'vitest';
import { ScheduleExplorerDemo } from '@/components/demos/schedule-explorer/demo';
import type { PresetKey } from '@/components/demos/schedule-explorer/presets';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (preset: PresetKey, locale: Locale) => renderDemo(ScheduleExplorerDemo, { preset }, locale);

describe('ScheduleExplorerDemo (server render)', () => {
  it.each([
    ['llama2', 'Step 251,000 of 500,000 (decay): learning rate 1.65 × 10⁻⁴, 55% of the peak'],
    ['linear', 'Step 505,000 of 1,000,000 (decay): learning rate 5 × 10⁻⁵, 50% of the peak'],
    ['wsd', 'Step 95,000 of 100,000 (decay): learning rate 5.5 × 10⁻⁴, 55% of the peak'],
  ] as const)('reads the %s preset half way through its decay (en)', (preset, readout) => {
    const html = render(preset, 'en');
    expect(html).toContain('data-demo="schedule-explorer"');
    expect(html).toContain(readout);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it.each([
    ['llama2', '第 251,000 步（共 500,000 步，衰减）：学习率 1.65 × 10⁻⁴，是峰值的 55%'],
    ['linear', '第 505,000 步（共 1,000,000 步，衰减）：学习率 5 × 10⁻⁵，是峰值的 50%'],
    ['wsd', '第 95,000 步（共 100,000 步，衰减）：学习率 5.5 × 10⁻⁴，是峰值的 55%'],
  ] as const)('reads the %s preset in Chinese', (preset, readout) => {
    const html = render(preset, 'zh');
    expect(html).toContain(readout);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('shows the fields of the schedule and the source of the preset', () => {
    const llama = render('llama2', 'en');
    expect(llama).toContain('Minimum LR / peak');
    expect(llama).not.toContain('WSD decay share');
    expect(llama).toContain('Llama 2 paper §2.2');
    // the table lists the end of the run at 10% of the peak: 3e-5
    expect(llama).toContain('3 × 10⁻⁵');
    const wsd = render('wsd', 'en');
    expect(wsd).toContain('WSD decay share');
    const linear = render('linear', 'en');
    expect(linear).not.toContain('Minimum LR / peak');
  });
});
