/**
 * SSR smoke test of the kv-cache island in both languages. The default is Llama 2 7B, MHA, FP16,
 * 4,096 tokens: NVIDIA, "Mastering LLM Techniques: Inference Optimization", sizes its cache per token
 * as 2 · num_layers · (num_heads · dim_head) · precision_in_bytes = 2 · 32 · 4096 · 2 = 524,288 bytes
 * (512 KiB), and the whole cache as "1 * 4096 * 2 * 32 * 4096 * 2 bytes, which is ~2 GB" (2 GiB).
 */
import { describe, expect, it } from 'vitest';
import { KvCacheDemo } from '@/components/demos/kv-cache/demo';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (locale: Locale) => renderDemo(KvCacheDemo, {}, locale);

describe('KvCacheDemo (server render)', () => {
  it('reads 524,288 bytes = 512 KiB per token for Llama 2 7B in FP16 (en)', () => {
    const html = render('en');
    expect(html).toContain('data-demo="kv-cache"');
    expect(html).toContain('MHA: 524,288 bytes per token (512 KiB)');
    expect(html).toContain('Whole KV cache 2 GiB (2,147,483,648 bytes) for 4,096 tokens × 1 sequence.');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('reads the same in Chinese', () => {
    const html = render('zh');
    expect(html).toContain('MHA：每个 token 524,288 字节（512 KiB）');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('draws the four schemes: GQA 8 heads 128 KiB, MQA 16 KiB, MLA 32 · 576 · 2 = 36 KiB', () => {
    const html = render('en');
    // 2 · 32 · 8 · 128 · 2 = 131,072 B; 2 · 32 · 1 · 128 · 2 = 16,384 B; 32 · (512 + 64) · 2 = 36,864 B
    for (const label of ['131,072', '16,384', '36,864']) expect(html).toContain(label);
    expect(html).toMatch(/512 KiB<!-- -->\s*\(selected\)/);
  });
});
