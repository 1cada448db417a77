/**
 * SSR smoke test of the training-memory island for both presets and languages. Llama 2 7B
 * (6,738,415,616 parameters) on 8 GPUs with ZeRO-1: 4Ψ + 12Ψ/8 = 37,061,285,888 bytes of model
 * state; Korthikanti et al. 2022 selective recomputation: 32 layers · 34·sbh = 18,253,611,008 bytes
 * of activations; 55,314,896,896 bytes = 51.5 GiB in all.
 */
import { describe, expect, it } from 'vitest';
import { TrainingMemoryDemo } from '@/components/demos/training-memory/demo';
import { PRESET_KEYS } from '@/components/demos/training-memory/presets';
import { TEXT } from '@/components/demos/training-memory/text';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const readout = /<output[^>]*data-readout[^>]*>([^<]*)<\/output>/;
const text = (html: string) => html.replace(/<!-- -->/g, '');

describe('TrainingMemoryDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('renders both presets in %s without NaN or undefined', (locale: Locale) => {
    for (const preset of PRESET_KEYS) {
      const html = text(renderDemo(TrainingMemoryDemo, { preset }, locale));
      expect(html).toContain('data-demo="training-memory"');
      expect(html).toMatch(readout);
      expect(html).toContain('role="img"');
      expect(html).not.toMatch(/NaN|undefined/);
    }
  });

  it('reads 51.5 GiB per GPU for Llama 2 7B on 8 GPUs, and says it fits', () => {
    const html = text(renderDemo(TrainingMemoryDemo, { preset: '7b-8gpu' }, 'en'));
    expect(html.match(readout)?.[1]).toBe(TEXT.en.readout('51.5 GiB', '55,314,896,896'));
    expect(html).toContain(TEXT.en.fits('28.5 GiB'));
    expect(html).toContain(TEXT.en.modelStates('37,061,285,888', '37.1 GB', '34.5 GiB'));
    const zh = text(renderDemo(TrainingMemoryDemo, { preset: '7b-8gpu' }, 'zh'));
    expect(zh.match(readout)?.[1]).toBe(TEXT.zh.readout('51.5 GiB', '55,314,896,896'));
  });

  it('reads 54.8 GiB per GPU for Llama 2 70B on 64 GPUs', () => {
    // Ψ/8 = 8,622,081,024 per TP rank; ZeRO-1 over 8: 47,421,445,632; activations 11,408,506,880
    const html = text(renderDemo(TrainingMemoryDemo, { preset: '70b-64gpu' }, 'en'));
    expect(html.match(readout)?.[1]).toBe(TEXT.en.readout('54.8 GiB', '58,829,952,512'));
    expect(html).toContain(TEXT.en.totalGpus('64'));
  });

  it('draws the four parts of every stage and the 80 GiB line', () => {
    const html = renderDemo(TrainingMemoryDemo, { preset: '7b-8gpu' }, 'en');
    for (const part of ['parameters', 'gradients', 'optimizer', 'activations']) {
      expect(html).toContain(`data-part="${part}"`);
    }
    expect(html).toContain('data-selected');
    expect(html).toContain('80 GiB');
    expect(html).toContain('ZeRO-1 (selected)');
  });
});
