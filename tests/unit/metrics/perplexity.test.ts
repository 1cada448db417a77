import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsPerByte, perplexity } from '@/lib/metrics';

describe('perplexity', () => {
  it('is the number of equally likely choices for a uniform model', () => {
    // Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), §3.3: a language of
    // random digits, each with probability 1/10, has perplexity 10.
    expect(perplexity(new Array<number>(12).fill(Math.log(1 / 10)))).toBeCloseTo(10, 12);
  });

  it('is the exponentiated mean negative log-likelihood', () => {
    // HF "Perplexity of fixed-length models": PPL = exp(−(1/t) Σ log p); exp(mean(−ln 0.5, −ln 0.125)) = exp(2 ln 2) = 4
    expect(perplexity([Math.log(0.5), Math.log(0.125)])).toBeCloseTo(4, 14);
    expect(perplexity([0, 0, 0])).toBe(1);
  });

  it('is Infinity when a token had probability 0', () => {
    expect(perplexity([Math.log(0.5), -Infinity])).toBe(Infinity);
  });

  it('rejects empty input, positive or NaN log-probabilities, and non-arrays', () => {
    expect(() => perplexity([])).toThrow(
      new RangeError('tokenLogprobs must be non-empty, got an empty array'),
    );
    expect(() => perplexity([-1, 0.5])).toThrow(
      new RangeError('tokenLogprobs[1] must be <= 0 (a log-probability), got 0.5'),
    );
    expect(() => perplexity([Number.NaN])).toThrow(RangeError);
    expect(() => perplexity('x' as unknown as number[])).toThrow(TypeError);
  });

  it('lies between 1 and 1/min p, and ignores the order of tokens (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (ps) => {
          const logprobs = ps.map(Math.log);
          const ppl = perplexity(logprobs);
          expect(ppl).toBeGreaterThanOrEqual(1 - 1e-12);
          expect(ppl).toBeLessThanOrEqual((1 / Math.min(...ps)) * (1 + 1e-12));
          // Relative: perplexity reaches 1e6 here, where summing in another order moves the last digits.
          expect(Math.abs(perplexity([...logprobs].reverse()) - ppl) / ppl).toBeLessThan(1e-12);
        },
      ),
    );
  });
});

describe('bitsPerByte', () => {
  it('is 8 for a uniform guess over the 256 byte values', () => {
    // The Pile (Gao et al. 2020): BPB = (L_T/L_B)·ℓ/ln 2; a byte-level model with p = 1/256
    // per byte has ℓ = ln 256 nats per token and L_T = L_B, so 8 bits per byte.
    expect(bitsPerByte(100 * Math.log(256), 100)).toBeCloseTo(8, 13);
  });

  it('converts nats to bits and divides by bytes, not tokens', () => {
    // 1000 bytes cut into 250 tokens, each at ln 2 · 4 nats: 1000 · ln 2 nats in all → 1 bit per byte
    expect(bitsPerByte(250 * 4 * Math.LN2, 1000)).toBeCloseTo(1, 14);
    expect(bitsPerByte(0, 10)).toBe(0);
  });

  it('rejects negative or non-finite losses and non-integer byte counts', () => {
    expect(() => bitsPerByte(-1, 10)).toThrow(new RangeError('totalNllNats must be finite and >= 0, got -1'));
    expect(() => bitsPerByte(Infinity, 10)).toThrow(RangeError);
    expect(() => bitsPerByte(1, 0)).toThrow(new RangeError('numBytes must be an integer >= 1, got 0'));
    expect(() => bitsPerByte(1, 2.5)).toThrow(RangeError);
    expect(() => bitsPerByte('1' as unknown as number, 2)).toThrow(TypeError);
  });

  it('does not depend on how the text was tokenized (property)', () => {
    // Splitting the same total log-likelihood over more, smaller tokens leaves BPB unchanged,
    // while per-token perplexity changes.
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 1e6 }),
        (nll, bytes) => {
          const expected = nll / Math.LN2 / bytes;
          expect(Math.abs(bitsPerByte(nll, bytes) - expected)).toBeLessThanOrEqual(expected * 1e-14 + 1e-300);
        },
      ),
    );
  });
});
