/**
 * SSR smoke test of the pipeline-bubble island for each schedule and language. Narayanan et al.
 * 2021 (§2.2): bubble time fraction (p − 1)/m = 3/8 = 0.375 for p = 4, m = 8 (GPipe and 1F1B), and
 * (1/v)·(p − 1)/m = 0.1875 with v = 2 chunks; as a share of the step (p − 1)/(m + p − 1) = 3/11.
 */
import { describe, expect, it } from 'vitest';
import { PipelineBubbleDemo } from '@/components/demos/pipeline-bubble/demo';
import { SCHEDULES } from '@/components/demos/pipeline-bubble/schedule';
import { TEXT } from '@/components/demos/pipeline-bubble/text';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const readout = /<output[^>]*data-readout[^>]*>([^<]*)<\/output>/;
const text = (html: string) => html.replace(/<!-- -->/g, '');

describe('PipelineBubbleDemo (server render)', () => {
  it.each(['zh', 'en'] as const)(
    'renders every schedule in %s without NaN or undefined',
    (locale: Locale) => {
      for (const schedule of SCHEDULES) {
        const html = text(renderDemo(PipelineBubbleDemo, { schedule }, locale));
        expect(html).toContain('data-demo="pipeline-bubble"');
        expect(html).toMatch(readout);
        expect(html).toContain('role="img"');
        expect(html).not.toMatch(/NaN|undefined/);
      }
    },
  );

  it('reads (4 − 1)/8 = 0.375 for 1F1B and GPipe, 3/11 of the step, 36 of 132 slots idle', () => {
    const t = TEXT.en;
    for (const schedule of ['1f1b', 'gpipe'] as const) {
      const html = text(renderDemo(PipelineBubbleDemo, { schedule }, 'en'));
      expect(html.match(readout)?.[1]).toBe(t.readout('(p − 1)/m', '(4 − 1)/8', '0.375'));
      expect(html).toContain(t.ofTotal('(p − 1)/(m + p − 1)', '0.2727', 36, 132));
    }
    const zh = text(renderDemo(PipelineBubbleDemo, { schedule: '1f1b' }, 'zh'));
    expect(zh.match(readout)?.[1]).toBe(TEXT.zh.readout('(p − 1)/m', '(4 − 1)/8', '0.375'));
  });

  it('reads (4 − 1)/(2 · 8) = 0.1875 for the interleaved schedule', () => {
    const html = text(renderDemo(PipelineBubbleDemo, { schedule: 'interleaved' }, 'en'));
    expect(html.match(readout)?.[1]).toBe(TEXT.en.readout('(p − 1)/(v·m)', '(4 − 1)/(2 · 8)', '0.1875'));
    // 3/(16 + 3) of the step; 4 devices × 57 slots, 36 idle
    expect(html).toContain(TEXT.en.ofTotal('(p − 1)/(v·m + p − 1)', '0.1579', 36, 228));
  });

  it('marks forward, backward and idle passes and names the devices', () => {
    const html = renderDemo(PipelineBubbleDemo, { schedule: '1f1b' }, 'en');
    for (const mark of ['data-forward', 'data-backward', 'data-idle']) expect(html).toContain(mark);
    expect(html).toContain('Device 4');
    expect(html).toContain('F1 F2 F3 F4 B1 F5 B2 F6 B3 F7 B4 F8 B5 B6 B7 B8');
  });
});
