/**
 * SSR smoke test of the attention-masks demo in both languages. By hand: Llama 2 7B in fp16 caches
 * 2 · 32 · 32 · 128 · 2 = 524,288 bytes (512 KiB) per token, so 32,768 tokens take 16 GiB; a
 * 4,096-token window with 4 sinks keeps 4,100 tokens, with 10 global tokens 4,106 (≈ 2 GiB each).
 * The 10-token grid with w = 4 and s = 2: the last query sees 4 keys under the sliding window and
 * 4 + 2 = 6 with sinks or global tokens.
 */
import { describe, expect, it } from 'vitest';
import { AttentionMasksDemo } from '@/components/demos/attention-masks/demo';
import { AttentionMasksLab } from '@/components/demos/attention-masks/lab';
import { DEFAULT_DRAFT, type Draft } from '@/components/demos/attention-masks/state';
import { TEXT } from '@/components/demos/attention-masks/text';
import { renderDemo } from './render-island';

const clean = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');
const kept = (html: string, kind: string) =>
  clean(new RegExp(`<p[^>]*data-kept="${kind}"[^>]*>(.*?)</p>`, 's').exec(html)?.[1] ?? '');
const fields = (patch: Partial<Draft['fields']>): Draft => ({
  ...DEFAULT_DRAFT,
  fields: { ...DEFAULT_DRAFT.fields, ...patch },
});

function opening(locale: 'zh' | 'en') {
  const t = TEXT[locale];
  const parts = [
    t.readoutPart(t.kinds.sliding, '4,096', '2 GiB'),
    t.readoutPart(t.kinds.sinks, '4,100', '2 GiB'),
    t.readoutPart(t.kinds.lambda, '4,106', '2 GiB'),
  ].join(' · ');
  return t.readout('32,768', '32,768', '16 GiB', parts);
}

describe('AttentionMasksDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on a 10-token grid and a 32K-token stream in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(AttentionMasksDemo, {}, locale);
    expect(html).toContain('data-demo="attention-masks"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(opening(locale));
    expect(kept(html, 'sliding')).toBe(t.gridKept(4, 10));
    expect(kept(html, 'sinks')).toBe(t.gridKept(6, 10));
    expect(kept(html, 'lambda')).toBe(t.gridKept(6, 10));
    expect(clean(html)).toContain(t.perToken('Llama 2 7B', '512 KiB', 32));
    // three heatmaps with their own text alternative
    expect(html.match(/data-heatmap/g)).toHaveLength(3);
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
    // StreamingLLM's last query (i = 9) sees sinks 0 and 1 at cache distances 5 and 4
    expect(clean(html)).toContain('0→5, 1→4, 6→3, 7→2, 8→1, 9→0');
    // LM-Infinite's sees them at the distance limit, the window 4
    expect(clean(html)).toContain('0→4, 1→4, 6→3, 7→2, 8→1, 9→0');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('prices a GQA model and a short stream by hand in %s', (locale) => {
    const t = TEXT[locale];
    // Llama 3 8B: 2 · 32 · 8 · 128 · 2 = 131,072 bytes = 128 KiB per token; 32,768 tokens = 4 GiB
    const gqa = renderDemo(AttentionMasksLab, { initial: { ...DEFAULT_DRAFT, model: 'llama3-8b' } }, locale);
    expect(clean(gqa)).toContain(t.perToken('Llama 3 8B', '128 KiB', 8));
    expect(readout(gqa)).toContain(t.readout('32,768', '32,768', '4 GiB', '').slice(0, -1));
    // 1,000 tokens < the window: every scheme keeps all of them (1,000 × 512 KiB ≈ 500 MiB)
    const short = renderDemo(AttentionMasksLab, { initial: fields({ length: '1000' }) }, locale);
    expect(readout(short)).toContain(t.readoutPart(t.kinds.sinks, '1,000', '500 MiB'));
  });

  it.each(['zh', 'en'] as const)('keeps the last valid numbers for bad fields in %s', (locale) => {
    const t = TEXT[locale];
    const bad: [Draft, string][] = [
      [fields({ length: 'abc' }), t.fieldError(t.fields.length, { kind: 'notNumber', text: 'abc' })],
      [fields({ window: '' }), t.fieldError(t.fields.window, { kind: 'empty' })],
      [fields({ window: '0' }), 'window must be an integer >= 1, got 0'],
      [fields({ sinks: '-1' }), 'starting must be an integer >= 0, got -1'],
      [fields({ length: '1e12' }), t.tooMany(t.fields.length, '1,000,000,000')],
      [fields({ global: '🙂' }), t.fieldError(t.fields.global, { kind: 'notNumber', text: '🙂' })],
    ];
    for (const [initial, message] of bad) {
      const html = renderDemo(AttentionMasksLab, { initial }, locale);
      expect(clean(html)).toContain(message);
      expect(clean(html)).toContain(t.kept);
      expect(html).toContain('aria-invalid="true"');
      expect(readout(html)).toBe(opening(locale));
      expect(html).not.toMatch(/NaN|undefined/);
    }
  });
});
