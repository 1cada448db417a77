/**
 * SSR smoke test of the react-stepper island for every preset in both languages: it opens at
 * turn 0 with the preset's script in the textarea, the prompt (tool list and question) as the
 * context, and a readout that counts the run's turns.
 */
import { describe, expect, it } from 'vitest';
import { ReactStepperDemo } from '@/components/demos/react-stepper/demo';
import { PRESET_KEYS, PRESETS, type PresetKey } from '@/components/demos/react-stepper/presets';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (preset: PresetKey, locale: Locale) => renderDemo(ReactStepperDemo, { preset }, locale);
const readout = (html: string) => /<output[^>]*data-readout[^>]*>([^<]*)<\/output>/.exec(html)?.[1];
const escape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

// turns each preset's run takes: 3 steps to a final answer, 15 = the default step limit, 2, 5
const TURNS: Record<PresetKey, number> = { arithmetic: 3, glossary: 3, loop: 15, injection: 2, malformed: 5 };

describe('ReactStepperDemo (server render)', () => {
  it.each(PRESET_KEYS)('opens the %s preset at turn 0 (en)', (preset) => {
    const html = render(preset, 'en');
    expect(html).toContain('data-demo="react-stepper"');
    expect(readout(html)).toBe(`Turn 0 of ${TURNS[preset]}: not started`);
    expect(html).toContain('calculator: evaluates an arithmetic expression');
    expect(html).toContain(escape(`Question: ${PRESETS.en[preset].question}`));
    expect(html).toContain('No turn has run yet.');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it.each(PRESET_KEYS)('opens the %s preset at turn 0 (zh)', (preset) => {
    const html = render(preset, 'zh');
    expect(readout(html)).toBe(`第 0 轮（共 ${TURNS[preset]} 轮）：尚未开始`);
    expect(html).toContain('回答下面的问题。你可以调用这些工具：');
    expect(html).toContain(escape(PRESETS.zh[preset].question));
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('shows the script as text, never as HTML', () => {
    const html = render('injection', 'en');
    expect(html).toContain('Action Input: review.txt');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<textarea[^>]*name="rs-policy"/);
    expect(html).toContain('data-action="step"');
  });
});
