import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, decodingPipeline, softmax } from '@/lib/decoding';

const ORDER = [
  'input',
  'repetition',
  'presence-frequency',
  'no-repeat-ngram',
  'temperature',
  'top-k',
  'top-p',
  'min-p',
  'softmax',
];

describe('decodingPipeline', () => {
  it('lists every stage in HF order and passes the input through when nothing is enabled', () => {
    // HF generate() _get_logits_processor: penalties, no_repeat_ngram, then temperature, top_k, top_p, min_p
    const { stages, probs } = decodingPipeline([1, 2, 3], [], {});
    expect(stages.map((s) => s.id)).toEqual(ORDER);
    expect(stages.map((s) => s.active)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    stages.forEach((s) => {
      expect(s.logits).toEqual([1, 2, 3]);
      expect(s.removed).toEqual([]);
    });
    expect(probs).toEqual(softmax([1, 2, 3]));
  });

  it('applies every stage in turn (worked by hand)', () => {
    // logits [2, 1, 0, −1, −2], previous [0, 0, 4]:
    // repetition 2: id 0 → 2/2 = 1, id 4 → −2 · 2 = −4                       → [1, 1, 0, −1, −4]
    // presence 0.5, frequency 0.25: id 0 (×2) → 1 − 0.5 − 0.5; id 4 → −4 − 0.75 → [0, 1, 0, −1, −4.75]
    // n-gram 2: prefix (4,) never started a bigram → nothing banned
    // temperature 0.5                                                          → [0, 2, 0, −2, −9.5]
    // top-k 4: 4th largest is −2                                               → removes id 4
    // top-p 0.9: p ∝ [1, e², 1, e⁻²]: e²/Σ = 0.776 < 0.9, + 1/Σ = 0.881 < 0.9, + 1/Σ ≥ 0.9, crossing at 0 →
    // removes id 3
    // min-p 0.1: e⁰ / e² = 0.135 ≥ 0.1 → removes nothing
    const { stages, probs } = decodingPipeline([2, 1, 0, -1, -2], [0, 0, 4], {
      repetitionPenalty: 2,
      presencePenalty: 0.5,
      frequencyPenalty: 0.25,
      noRepeatNgramSize: 2,
      temperature: 0.5,
      topK: 4,
      topP: 0.9,
      minP: 0.1,
    });
    const byId = Object.fromEntries(stages.map((s) => [s.id, s]));
    expect(byId.repetition?.logits).toEqual([1, 1, 0, -1, -4]);
    expect(byId['presence-frequency']?.logits).toEqual([0, 1, 0, -1, -4.75]);
    expect(byId['no-repeat-ngram']?.removed).toEqual([]);
    expect(byId.temperature?.logits).toEqual([0, 2, 0, -2, -9.5]);
    expect(byId['top-k']?.removed).toEqual([4]);
    expect(byId['top-p']?.removed).toEqual([3]);
    expect(byId['min-p']?.removed).toEqual([]);
    expect(stages.every((s) => s.active)).toBe(true);
    // softmax of [0, 2, 0]: 1 / (2 + e²) = 0.10650697891920077, e² / (2 + e²) = 0.7869860421615985
    expect(probs[0]).toBeCloseTo(0.10650697891920077, 14);
    expect(probs[1]).toBeCloseTo(0.7869860421615985, 14);
    expect(probs.slice(3)).toEqual([0, 0]);
  });

  it('reports the tokens the n-gram ban removes', () => {
    // HF test_no_repeat_ngram_dist_processor row [1, 1, 2, 1], 2-gram forbids tokens 1 and 2 (vocab 3)
    const { stages, probs } = decodingPipeline([0, 0, 0], [1, 1, 2, 1], { noRepeatNgramSize: 2 });
    expect(stages[3]?.removed).toEqual([1, 2]);
    expect(probs).toEqual([1, 0, 0]);
  });

  it('accepts the HF and OpenAI defaults as they are', () => {
    // DEFAULTS.hf: top_k = 50 is active but keeps a 3-token vocabulary whole; everything else is off
    const hf = decodingPipeline([1, 2, 3], [0], DEFAULTS.hf);
    expect(hf.stages.filter((s) => s.active).map((s) => s.id)).toEqual(['input', 'top-k', 'softmax']);
    expect(hf.probs).toEqual(softmax([1, 2, 3]));
    const openai = decodingPipeline([1, 2, 3], [0], DEFAULTS.openai);
    expect(openai.stages.filter((s) => s.active).map((s) => s.id)).toEqual(['input', 'softmax']);
  });

  it('rejects invalid configs with the field named', () => {
    expect(() => decodingPipeline([1, 2], [], { topP: 1.5 })).toThrow(
      new RangeError('config.topP must be in [0, 1], got 1.5'),
    );
    expect(() => decodingPipeline([1, 2], [], { temperature: 0 })).toThrow(
      new RangeError('config.temperature must be finite and > 0, got 0'),
    );
    expect(() => decodingPipeline([1, 2], [], { topK: -1 })).toThrow(/config.topK must be an integer >= 0/);
    expect(() => decodingPipeline([1, 2], [], { presencePenalty: 3 })).toThrow(/config.presencePenalty/);
    expect(() => decodingPipeline([1, 2], [], { noRepeatNgramSize: 1.5 })).toThrow(RangeError);
    expect(() => decodingPipeline([1, 2], [], { minTokensToKeep: 0 })).toThrow(RangeError);
    expect(() => decodingPipeline([1, 2], [], { minP: '0.1' as unknown as number })).toThrow(TypeError);
    expect(() => decodingPipeline([1, 2], [], { topp: 0.9 } as unknown as { topP: number })).toThrow(
      /config.topp is not a decoding setting/,
    );
    expect(() => decodingPipeline([1, 2], [], null as unknown as object)).toThrow(TypeError);
    expect(() => decodingPipeline([1, 2], [2], {})).toThrow(
      /previousTokens\[0\] must be an integer in \[0, 2\)/,
    );
    expect(() => decodingPipeline([], [], {})).toThrow(RangeError);
  });

  it('refuses an n-gram ban that leaves nothing to sample', () => {
    // n = 1 bans every seen token (HF); with both tokens seen nothing is left
    expect(() => decodingPipeline([1, 2], [0, 1], { noRepeatNgramSize: 1 })).toThrow(
      /config.noRepeatNgramSize = 1 bans every remaining token/,
    );
  });

  it('gives each stage a distribution and keeps minTokensToKeep, never mutates (property)', () => {
    const logits = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 8 });
    const config = fc.record(
      {
        repetitionPenalty: fc.double({ min: 0.5, max: 3, noNaN: true }),
        presencePenalty: fc.double({ min: -2, max: 2, noNaN: true }),
        frequencyPenalty: fc.double({ min: -2, max: 2, noNaN: true }),
        temperature: fc.double({ min: 0.1, max: 5, noNaN: true }),
        topK: fc.integer({ min: 0, max: 10 }),
        topP: fc.double({ min: 0, max: 1, noNaN: true }),
        minP: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
        minTokensToKeep: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(logits, fc.array(fc.nat(20), { maxLength: 6 }), config, (xs, raw, cfg) => {
        const ids = raw.map((i) => i % xs.length);
        const [cx, ci] = [[...xs], [...ids]];
        const { stages, probs } = decodingPipeline(xs, ids, cfg);
        expect(xs).toEqual(cx);
        expect(ids).toEqual(ci);
        expect(stages.map((s) => s.id)).toEqual(ORDER);
        let previous: readonly number[] = xs;
        for (const s of stages) {
          expect(Math.abs(s.probs.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          s.removed.forEach((i) => expect(Number.isFinite(previous[i])).toBe(true));
          const finiteBefore = previous.filter(Number.isFinite).length;
          if (['top-k', 'top-p', 'min-p'].includes(s.id)) {
            expect(s.logits.filter(Number.isFinite).length).toBeGreaterThanOrEqual(
              Math.min(cfg.minTokensToKeep ?? 1, finiteBefore),
            );
          }
          previous = s.logits;
        }
        expect(probs).toEqual(stages[stages.length - 1]?.probs);
      }),
    );
  });
});
