/**
 * The GRPO lab's plumbing against hand arithmetic:
 * - "1 of 8 right": mean 1/8, sample std √(0.875/7) = √0.125; Â₁ = 0.875/(0.35355… + 1e-4) = 2.4742;
 * - G = 4, rewards [1, 0, 0, 0]: mean 0.25, std 0.5, Â₁ = 0.75/0.5001 = 1.4997, unscaled 0.75;
 * - lengths 200 and 1800 under 'grpo': per-token weights 1/(2·200) and 1/(2·1800), ratio 1/9.
 */
import { describe, expect, it } from 'vitest';
import {
  fmt4,
  fmtFraction,
  fmtSigned,
  fmtSmall,
  readAdvantages,
  readAggregation,
  tokenWeightRatio,
} from '@/components/demos/grpo-lab/compute';
import { errorText, invalidFields } from '@/components/demos/grpo-lab/errors';
import {
  DEFAULT_ADVANTAGES,
  DEFAULT_AGGREGATION,
  withAdvantagePreset,
  withRow,
} from '@/components/demos/grpo-lab/group';
import { TEXT } from '@/components/demos/grpo-lab/text';

describe('readAdvantages', () => {
  it('scores the hard question: one right answer of eight', () => {
    const r = readAdvantages(DEFAULT_ADVANTAGES);
    if (!r.ok) throw new Error('default must be valid');
    expect(r.view.rewards).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.view.stats.mean).toBe(0.125);
    expect(r.view.stats.std).toBeCloseTo(Math.SQRT1_2 / 2, 15);
    expect(fmt4(r.view.scaled[0] ?? 0)).toBe('2.4742');
    expect(fmt4(r.view.unscaled[0] ?? 0)).toBe('0.8750');
    expect(fmt4(r.view.scaled[1] ?? 0)).toBe('−0.3535');
    // GRPO's loss: 2.4742/(8·320) per token
    expect(fmtSmall(r.view.grpoPush[0] ?? 0)).toBe('9.66 × 10⁻⁴');
    expect(r.view.allEqual).toBe(false);
    expect(r.view.k).toBe(1);
    // the sweep: k = 1 … 7; at k = 4 (half right) 0.5/(√(2/7) + 1e-4) = 0.9352, unscaled 1 − k/8
    expect(r.view.sweep.map((p) => p.k)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(fmt4(r.view.sweep[3]?.scaled ?? 0)).toBe('0.9352');
    expect(r.view.sweep.map((p) => p.unscaled)).toEqual([0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125]);
  });

  it('gives 1.4997 and 0.75 for rewards [1, 0, 0, 0]', () => {
    const r = readAdvantages({ ...DEFAULT_ADVANTAGES, g: '4' });
    if (!r.ok) throw new Error('G = 4 must be valid');
    expect(r.view.rewards).toEqual([1, 0, 0, 0]);
    expect(r.view.stats).toEqual({ mean: 0.25, std: 0.5 });
    expect(fmt4(r.view.scaled[0] ?? 0)).toBe('1.4997');
    expect(r.view.unscaled[0]).toBe(0.75);
  });

  it('shows all-zero advantages for an all-wrong group, and a shift-invariant format bonus', () => {
    const r = readAdvantages(withAdvantagePreset(DEFAULT_ADVANTAGES, 'allWrong'));
    if (!r.ok) throw new Error('all wrong must be valid');
    expect(r.view.allEqual).toBe(true);
    expect(r.view.scaled.every((a) => a === 0)).toBe(true);
    expect(r.view.k).toBeNull();
    // every answer keeps the format: rewards 1.5/0.5, the same advantages as without the bonus
    const plain = readAdvantages(DEFAULT_ADVANTAGES);
    const bonus = readAdvantages({ ...DEFAULT_ADVANTAGES, formatOn: true });
    if (!plain.ok || !bonus.ok) throw new Error('must be valid');
    expect(bonus.view.rewards.slice(0, 2)).toEqual([1.5, 0.5]);
    bonus.view.scaled.forEach((a, i) => expect(a).toBeCloseTo(plain.view.scaled[i] ?? 0, 12));
    // one answer loses the bonus: the rewards are no longer 0/1 up to a shift
    const mixed = readAdvantages(withRow({ ...DEFAULT_ADVANTAGES, formatOn: true }, 3, { format: false }));
    if (!mixed.ok) throw new Error('must be valid');
    expect(mixed.view.k).toBeNull();
  });

  it('refuses a group of one through lib, and bad lengths and G before or through lib', () => {
    const one = readAdvantages({ ...DEFAULT_ADVANTAGES, g: '1' });
    expect(one).toEqual({
      ok: false,
      error: {
        kind: 'lib',
        message: 'rewards must hold at least 2 rewards, got an array of length 1',
        rows: [],
        g: true,
        maxLength: false,
      },
    });
    expect(invalidFields(one.ok ? null : one.error).g).toBe(true);
    const zero = readAdvantages(withRow(DEFAULT_ADVANTAGES, 2, { length: '0' }));
    expect(zero.ok ? null : zero.error).toMatchObject({ kind: 'lib', rows: [2], g: false });
    const frac = readAdvantages(withRow(DEFAULT_ADVANTAGES, 0, { length: '2.5' }));
    expect(frac.ok ? '' : frac.error.kind === 'lib' && frac.error.message).toBe(
      'lengths[0] must be an integer >= 1, got 2.5',
    );
    expect(readAdvantages(withRow(DEFAULT_ADVANTAGES, 1, { length: 'NaN' }))).toEqual({
      ok: false,
      error: { kind: 'length', row: 1, error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(readAdvantages({ ...DEFAULT_ADVANTAGES, g: '2.5' })).toEqual({
      ok: false,
      error: { kind: 'g', error: { kind: 'notWhole', text: '2.5' } },
    });
  });
});

describe('readAggregation', () => {
  it("weighs the short right and the long wrong answer as TRL's four loss types do", () => {
    const r = readAggregation(DEFAULT_AGGREGATION);
    if (!r.ok) throw new Error('default must be valid');
    const { grpo, bnpo, dr_grpo: dr, dapo } = r.view.byType;
    // 'grpo': 1/(2·200) and 1/(2·1800); a token of the long answer weighs 200/1800 of a short one's
    expect(grpo.weights.denominators.map(fmtFraction)).toEqual(['1/400', '1/3,600']);
    expect(fmt4(tokenWeightRatio(grpo.weights, 1, 0))).toBe('0.1111');
    expect(grpo.weights.perSequence).toEqual([0.5, 0.5]);
    // 'bnpo' = 'dapo' here: 1/2000 each; 'dr_grpo': 1/(2·2048)
    expect(bnpo.weights.denominators).toEqual([2000, 2000]);
    expect(dapo.weights.perSequence).toEqual([0.1, 0.9]);
    expect(dr.weights.denominators.map(fmtFraction)).toEqual(['1/4,096', '1/4,096']);
    expect(fmt4(dr.weights.perSequence[1] ?? 0)).toBe('0.4395');
    expect(tokenWeightRatio(dapo.weights, 1, 0)).toBe(1);
    // advantages of [1, 0] with the std: ±0.5/(√½ + 1e-4)
    expect(r.view.advantages.map(fmtSigned)).toEqual(['+0.7070', '−0.7070']);
    // the push: under 'grpo' the long wrong answer's tokens are pushed down 9 times less
    expect((grpo.push.perToken[0] ?? 0) / -(grpo.push.perToken[1] ?? 1)).toBeCloseTo(9, 12);
    expect(grpo.push.perSequence.map(fmtSigned)).toEqual(['+0.3535', '−0.3535']);
    expect(dapo.push.perSequence.map(fmtSigned)).toEqual(['+0.0707', '−0.6363']);
  });

  it('uses r − mean when std scaling is off', () => {
    const r = readAggregation({ ...DEFAULT_AGGREGATION, scale: false });
    if (!r.ok) throw new Error('must be valid');
    expect(r.view.advantages).toEqual([0.5, -0.5]);
  });

  it('refuses G < 2, bad lengths and an L shorter than an answer, naming the field', () => {
    const t = TEXT.en;
    const one = readAggregation({ ...DEFAULT_AGGREGATION, g: '1' });
    if (one.ok) throw new Error('G = 1 must fail');
    expect(one.error).toMatchObject({ kind: 'lib', g: true });
    expect(errorText(t, one.error)).toBe(
      `${t.rules.g} (lib: lengths must hold at least 2 completions, got an array of length 1) ${t.kept}`,
    );
    const short = readAggregation({ ...DEFAULT_AGGREGATION, maxLength: '1024' });
    if (short.ok) throw new Error('L = 1024 must fail');
    expect(invalidFields(short.error)).toEqual({ g: false, rows: [1], maxLength: true });
    expect(errorText(t, short.error)).toContain(t.rules.maxLength);
    const neg = readAggregation(withRow(DEFAULT_AGGREGATION, 0, { length: '-200' }));
    if (neg.ok) throw new Error('a negative length must fail');
    expect(errorText(t, neg.error)).toContain('lengths[0] must be an integer >= 1, got -200');
    expect(errorText(TEXT.zh, neg.error)).toContain(TEXT.zh.rules.length);
    const empty = readAggregation({ ...DEFAULT_AGGREGATION, maxLength: '' });
    expect(empty).toEqual({ ok: false, error: { kind: 'maxLength', error: { kind: 'empty' } } });
  });
});

describe('formatting', () => {
  it('prints signs, zero and small numbers as the demo shows them', () => {
    expect(fmt4(-0.00001)).toBe('0.0000');
    expect(fmtSigned(0.75)).toBe('+0.7500');
    expect(fmtSigned(-0.25)).toBe('−0.2500');
    expect(fmtSigned(0)).toBe('0.0000');
    expect(fmtSmall(0)).toBe('0');
    expect(fmtFraction(3600)).toBe('1/3,600');
  });
});
