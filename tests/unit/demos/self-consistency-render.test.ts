/**
 * SSR smoke test of the self-consistency demo in both languages, against values checked outside
 * lib: an exact enumeration of the multinomial in Python gives 0.621856 for [0.4, 0.3, 0.2, 0.1]
 * at n = 15; by hand, n = 1 gives p(correct), [0.6, 0.4] at n = 3 gives 0.6³ + 3·0.6²·0.4 = 0.648,
 * T = ∞ makes four answers equally likely (0.25 at any n), T = 0 puts every sample on the mode,
 * and CS324's annealing of [0.4, 0.6] at T = 0.5 gives 0.16/0.52 = 0.308.
 */
import { describe, expect, it } from 'vitest';
import { SelfConsistencyDemo } from '@/components/demos/self-consistency/demo';
import { ScLab } from '@/components/demos/self-consistency/lab';
import { DEFAULT_DRAFT, PRESETS } from '@/components/demos/self-consistency/model';
import { TEXT } from '@/components/demos/self-consistency/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('SelfConsistencyDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the correct-is-the-mode preset at n = 15 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(SelfConsistencyDemo, {}, locale);
    expect(html).toContain('data-demo="self-consistency"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout(15, '0.622', '0.400', null));
    expect(clean(html)).toContain(t.mode.correct('0.400', 'B', '0.300'));
    expect(clean(html)).toContain(t.presetNotes.correctMode);
    expect(html).toContain('data-mode="correct"');
    // the chart with its table, and no temperature section while the control is off
    expect(html).toContain('role="img"');
    expect(clean(html)).toContain(t.tableCaption);
    expect(html).not.toContain('data-temperature');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders hand-checkable states in %s', (locale) => {
    const t = TEXT[locale];
    const two = (n: string) =>
      renderDemo(ScLab, { initial: { probs: ['0.6', '0.4'], n, tIndex: null } }, locale);
    expect(readout(two('1'))).toBe(t.readout(1, '0.600', '0.600', null));
    expect(readout(two('3'))).toBe(t.readout(3, '0.648', '0.600', null));
    // a 2–2 split is broken at random: n = 4 is no better than n = 3
    expect(readout(two('4'))).toBe(t.readout(4, '0.648', '0.600', null));

    const wrong = renderDemo(ScLab, { initial: { probs: PRESETS.wrongMode, n: '1', tIndex: null } }, locale);
    expect(readout(wrong)).toBe(t.readout(1, '0.300', '0.300', null));
    expect(clean(wrong)).toContain(t.mode.wrong('0.300', 'B', '0.450'));

    // T = ∞ (index 10): four equally likely answers, 1/4 at any n; the typed distribution for comparison
    const hot = renderDemo(ScLab, { initial: { ...DEFAULT_DRAFT, tIndex: 10 } }, locale);
    expect(readout(hot)).toBe(t.readout(15, '0.250', '0.250', '∞'));
    expect(clean(hot)).toContain(t.typedAt(15, '0.622'));
    expect(hot).toContain('data-temperature');
    expect(hot).toContain('data-mode="tie"');
    expect(hot).not.toMatch(/NaN|undefined/);
    // T = 0: every sample is the mode — A when A is the mode, B when B is
    const cold = renderDemo(ScLab, { initial: { ...DEFAULT_DRAFT, tIndex: 0 } }, locale);
    expect(readout(cold)).toBe(t.readout(15, '1.000', '1.000', '0'));
    const coldWrong = renderDemo(
      ScLab,
      { initial: { probs: PRESETS.wrongMode, n: '15', tIndex: 0 } },
      locale,
    );
    expect(readout(coldWrong)).toBe(t.readout(15, '0.000', '0.000', '0'));
    // CS324: [0.4, 0.6] at T = 0.5 → [0.16, 0.36]/0.52 = [0.308, 0.692]
    const cs324 = renderDemo(ScLab, { initial: { probs: ['0.4', '0.6'], n: '1', tIndex: 3 } }, locale);
    expect(readout(cs324)).toBe(t.readout(1, '0.308', '0.308', '0.5'));
    expect(clean(cs324)).toContain('0.692');
  });

  it.each(['zh', 'en'] as const)('refuses bad input and keeps the default result in %s', (locale) => {
    const t = TEXT[locale];
    const initial = (patch: object) => ({ initial: { ...DEFAULT_DRAFT, ...patch } });
    const start = t.readout(15, '0.622', '0.400', null);

    const sum = renderDemo(ScLab, initial({ probs: ['0.6', '0.5'] }), locale);
    expect(clean(sum)).toContain('answerProbs must sum to 1 (within 1e-9), got a sum of 1.1');
    expect(clean(sum)).toContain(t.kept);
    expect(sum).toContain('aria-invalid="true"');
    expect(readout(sum)).toBe(start);

    const entry = renderDemo(ScLab, initial({ probs: ['1.5', '-0.5'] }), locale);
    expect(clean(entry)).toContain('answerProbs[0] must be in [0, 1], got 1.5');
    expect(readout(entry)).toBe(start);

    const nan = renderDemo(ScLab, initial({ probs: ['NaN', '1'] }), locale);
    expect(clean(nan)).toContain(t.fieldError(t.answerLabel('A', true), { kind: 'notNumber', text: 'NaN' }));
    const emoji = renderDemo(ScLab, initial({ probs: ['🙂', '1'] }), locale);
    expect(clean(emoji)).toContain(t.fieldError(t.answerLabel('A', true), { kind: 'notNumber', text: '🙂' }));

    for (const n of ['150', '0', '2.5']) {
      const html = renderDemo(ScLab, initial({ n }), locale);
      expect(clean(html)).toContain(t.nRule);
      expect(clean(html)).toContain(`n must be an integer in [1, 99], got ${n}`);
      expect(readout(html)).toBe(start);
    }
    const empty = renderDemo(ScLab, initial({ n: '' }), locale);
    expect(clean(empty)).toContain(t.nFieldError({ kind: 'empty' }));
    for (const html of [sum, entry, nan, emoji, empty]) expect(html).not.toMatch(/NaN<|undefined/);
  });
});
