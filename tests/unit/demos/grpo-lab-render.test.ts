/**
 * SSR smoke test of the GRPO lab, both tabs in both languages: the advantages tab opens on
 * "1 of 8 right" (Â₁ = 0.875/(√0.125 + 1e-4) = 2.4742), the aggregation tab on a 200-token right
 * and an 1,800-token wrong answer under 'grpo' (per-token weights 1/400 and 1/3,600, ratio 0.1111);
 * charts and tables are there; no NaN, no undefined; bad input keeps the last valid result.
 */
import { describe, expect, it } from 'vitest';
import { AdvantagesTab } from '@/components/demos/grpo-lab/advantages-tab';
import { AggregationTab } from '@/components/demos/grpo-lab/aggregation-tab';
import { GrpoLabDemo } from '@/components/demos/grpo-lab/demo';
import { DEFAULT_ADVANTAGES, DEFAULT_AGGREGATION, withRow } from '@/components/demos/grpo-lab/group';
import { TEXT } from '@/components/demos/grpo-lab/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('GrpoLabDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens the advantages tab on the hard question in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(GrpoLabDemo, { tab: 'advantages' }, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="grpo-lab"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.advantagesReadout('2.4742'));
    expect(text).toContain(t.titles.advantages);
    expect(text).toContain(t.unscaledOf1('0.8750'));
    expect(text).toContain(t.stats('0.1250', '0.3536'));
    expect(text).toContain(t.advantagePresetNotes.hard);
    // eight rows, answer 1 right (and the keyboard target), the other seven wrong
    expect(html.match(/data-row="/g)).toHaveLength(8);
    expect(html.match(/data-keyboard/g)).toHaveLength(1);
    expect(text).toContain('+2.4742');
    expect(text).toContain('−0.3535');
    expect(text).toContain('9.66 × 10⁻⁴');
    // both charts and their tables
    expect(html).toContain('data-scaled');
    expect(html).toContain('data-sweep-scaled');
    expect(html).toContain('data-current');
    expect(text).toContain(t.sweepNote);
    expect(html).not.toContain('data-all-equal');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('opens the aggregation tab on the short/long pair in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(GrpoLabDemo, { tab: 'aggregation' }, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="grpo-lab"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.aggregationReadout('grpo', '0.1111'));
    expect(text).toContain(t.titles.aggregation);
    expect(text).toContain('1/400');
    expect(text).toContain('1/3,600');
    expect(text).toContain('1/2,000');
    expect(text).toContain('1/4,096');
    expect(text).toContain(t.lossNotes.grpo);
    expect(html.match(/data-row="/g)).toHaveLength(2);
    expect(html.match(/<input type="radio"[^>]*checked=""/g)).toHaveLength(1);
    expect(html).toMatch(/<input type="radio"[^>]*data-keyboard=""[^>]*checked=""[^>]*value="grpo"/);
    expect(html.match(/data-loss="/g)).toHaveLength(4);
    expect(html).toContain('data-first');
    expect(html).toContain('data-second');
  });

  it.each(['zh', 'en'] as const)('renders linked states and bad input in %s', (locale) => {
    const t = TEXT[locale];
    // G = 4: rewards [1, 0, 0, 0], Â₁ = 0.75/0.5001
    const four = renderDemo(AdvantagesTab, { initial: { ...DEFAULT_ADVANTAGES, g: '4' } }, locale);
    expect(readout(four)).toBe(t.advantagesReadout('1.4997'));
    expect(clean(four)).toContain(t.stats('0.2500', '0.5000'));
    // all wrong: zeros and the dynamic-sampling note
    const none = renderDemo(
      AdvantagesTab,
      { initial: withRow({ ...DEFAULT_ADVANTAGES, g: '4' }, 0, { correct: false }) },
      locale,
    );
    expect(readout(none)).toBe(t.advantagesReadout('0.0000'));
    expect(clean(none)).toContain(t.allEqual);
    // a group of one: lib's message, the default result stays
    const one = renderDemo(AdvantagesTab, { initial: { ...DEFAULT_ADVANTAGES, g: '1' } }, locale);
    expect(clean(one)).toContain(t.rules.g);
    expect(clean(one)).toContain('rewards must hold at least 2 rewards, got an array of length 1');
    expect(readout(one)).toBe(t.advantagesReadout('2.4742'));
    expect(one).not.toMatch(/NaN|undefined/);
    // dapo: every token weighs the same
    const dapo = renderDemo(
      AggregationTab,
      { initial: { ...DEFAULT_AGGREGATION, lossType: 'dapo' } },
      locale,
    );
    expect(readout(dapo)).toBe(t.aggregationReadout('dapo', '1.0000'));
    expect(clean(dapo)).toContain(t.sameHere);
    // a length of 0: lib's message on that row, the default result stays
    const zero = renderDemo(
      AggregationTab,
      { initial: withRow(DEFAULT_AGGREGATION, 1, { length: '0' }) },
      locale,
    );
    expect(clean(zero)).toContain('lengths[1] must be an integer >= 1, got 0');
    expect(zero).toContain('aria-invalid="true"');
    expect(readout(zero)).toBe(t.aggregationReadout('grpo', '0.1111'));
    expect(zero).not.toMatch(/NaN|undefined/);
  });
});
