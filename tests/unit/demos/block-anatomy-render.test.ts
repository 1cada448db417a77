/**
 * SSR smoke test of the block-anatomy island: every view and preset renders in both languages with
 * real numbers, never NaN or undefined. Published counts: KerasHub presets (llama2_7b_en
 * 6738415616, gpt2_base_en 124439808, mistral_7b_en 7241732096, llama3_8b_en 8030261248) and the
 * Hugging Face Hub safetensors total of Qwen2.5-7B-Instruct (7615616512).
 */
import { describe, expect, it } from 'vitest';
import { BlockAnatomyDemo } from '@/components/demos/block-anatomy/demo';
import {
  PRESET_KEYS,
  VIEW_KEYS,
  type PresetKey,
  type ViewKey,
} from '@/components/demos/block-anatomy/presets';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (locale: Locale, view: ViewKey, preset: PresetKey) =>
  renderDemo(BlockAnatomyDemo, { view, preset }, locale);

const PUBLISHED: Record<PresetKey, string> = {
  gpt2: '124,439,808',
  'llama2-7b': '6,738,415,616',
  'mistral-7b': '7,241,732,096',
  'llama3-8b': '8,030,261,248',
  'qwen2.5-7b': '7,615,616,512',
};

describe('BlockAnatomyDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('renders every view in %s without NaN or undefined', (locale) => {
    for (const view of VIEW_KEYS) {
      const html = render(locale, view, 'llama2-7b');
      expect(html).toContain('data-demo="block-anatomy"');
      expect(html).toContain('data-readout');
      expect(html).not.toMatch(/NaN|undefined/);
    }
  });

  it.each(PRESET_KEYS)('counts %s exactly and says it matches the published number', (preset) => {
    const en = render('en', 'params', preset);
    expect(en).toContain(`Total parameters ${PUBLISHED[preset]}`);
    expect(en).toContain(`matches the published ${PUBLISHED[preset]}`);
    const zh = render('zh', 'params', preset);
    expect(zh).toContain(`总参数量 ${PUBLISHED[preset]}`);
    expect(zh).toContain(`与公开数字 ${PUBLISHED[preset]} 一致`);
  });

  it('shows LayerNorm and RMSNorm of the sample vector [1, 2, 3, 4, 10]', () => {
    const html = render('en', 'norms', 'llama2-7b');
    // mean 4, biased variance (9 + 4 + 1 + 0 + 36)/5 = 10: (x − 4)/√(10 + 1e-5); x_5 = 6/√10.00001 = 1.8974
    expect(html).toContain('LayerNorm(x) = [−0.9487, −0.6325, −0.3162, 0.0000, 1.8974]');
    // mean square (1 + 4 + 9 + 16 + 100)/5 = 26: x/√(26 + 1e-5); x_5 = 10/√26 = 1.9612
    expect(html).toContain('RMSNorm(x) = [0.1961, 0.3922, 0.5883, 0.7845, 1.9612]');
  });

  it('reads the activations at x = 1 (GELU 0.8413, tanh form 0.8412, SiLU σ(1) = 0.7311)', () => {
    const html = render('en', 'activations', 'llama2-7b');
    expect(html).toContain(
      'x = 1: ReLU 1.0000 · GELU (exact) 0.8413 · GELU (tanh approximation) 0.8412 · SiLU / Swish 0.7311',
    );
  });
});
