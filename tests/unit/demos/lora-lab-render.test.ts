/**
 * SSR smoke test of the lora-lab island: every tab in both languages renders real numbers, never
 * NaN or undefined. Literals: PEFT print_trainable_parameters for Llama-2-7b-hf with r = 8 on
 * q_proj, v_proj ("trainable params: 4,194,304 || all params: 6,742,609,920 || trainable%:
 * 0.0622…"); α = 16, r = 8 → α/r = 2, α/√r = 16/2.8284 = 5.657.
 */
import { describe, expect, it } from 'vitest';
import { LoraLabDemo } from '@/components/demos/lora-lab/demo';
import { TAB_KEYS } from '@/components/demos/lora-lab/tabs';
import { TEXT } from '@/components/demos/lora-lab/text';
import { MORE_TEXT } from '@/components/demos/lora-lab/text-more';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const LOCALES = ['zh', 'en'] as const satisfies readonly Locale[];
/** React escapes quotes and ampersands in text; compare with the escaped string. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('LoraLabDemo (server render)', () => {
  it.each(LOCALES)('renders every tab in %s without NaN or undefined', (locale) => {
    for (const tab of TAB_KEYS) {
      const out = renderDemo(LoraLabDemo, { tab }, locale);
      expect(out).toContain('data-demo="lora-lab"');
      expect(out).toContain('data-readout');
      expect(out).toContain(`data-tab="${tab}"`);
      expect(out).not.toMatch(/NaN|undefined/);
      // only the opened tab's panel is mounted
      for (const other of TAB_KEYS.filter((k) => k !== tab)) expect(out).not.toContain(`data-tab="${other}"`);
    }
  });

  it.each(LOCALES)('counts PEFT’s 4,194,304 for Llama 2 7B with r = 8 on q and v (%s)', (locale) => {
    const t = TEXT[locale];
    const out = renderDemo(LoraLabDemo, { tab: 'params' }, locale);
    expect(out).toContain(html(t.paramsReadout('4,194,304', '0.0622', '6,742,609,920')));
    expect(out).toContain('data-peft');
    expect(out).toContain('trainable params: 4,194,304 || all params: 6,742,609,920');
    // the per-module table: 32 layers × 8 · (4096 + 4096) = 2,097,152 each for q_proj and v_proj
    expect(out).toContain('65,536');
    expect(out).toContain('2,097,152');
  });

  it.each(LOCALES)('scales α = 16, r = 8 to 2 and 5.657 (%s)', (locale) => {
    const t = TEXT[locale];
    const out = renderDemo(LoraLabDemo, { tab: 'scaling' }, locale);
    expect(out).toContain(html(t.scalingReadout('2', '5.657')));
    expect(out).toContain('data-curve="standard"');
    expect(out).toContain('data-curve="rslora"');
  });

  it.each(LOCALES)('splits the memory of full fine-tuning, LoRA and QLoRA (%s)', (locale) => {
    const m = MORE_TEXT[locale];
    const out = renderDemo(LoraLabDemo, { tab: 'memory' }, locale);
    // full: 16 × 6,738,415,616 = 107,814,649,856 B = 100.4 GiB; LoRA: 2 × 6,738,415,616 + 16 ×
    // 4,194,304 = 13,543,940,096 B = 12.6 GiB; QLoRA with DQ: 3,369,207,808 + 106,931,157.5 +
    // 67,108,864 B = 3.30 GiB
    expect(out).toContain(html(m.memoryReadout('100 GiB', '12.6 GiB', '3.3 GiB')));
    expect(out).toContain('data-part="quantConstants"');
    expect(out).toContain('data-caveat');
  });

  it.each(LOCALES)('shows the matrix and says the SVD runs on open (%s)', (locale) => {
    const m = MORE_TEXT[locale];
    const out = renderDemo(LoraLabDemo, { tab: 'svd' }, locale);
    expect(out).toContain(html(m.svdPendingStatic));
    expect(out).toContain(html(m.svdWaiting(2, 10)));
    expect(out).toContain('data-heatmap');
    // the SVD charts need the lazily loaded module, so they are not in the static HTML
    expect(out).not.toContain('data-kept');
  });
});
