import { describe, expect, it } from 'vitest';
import {
  formatPairs,
  MAX_PAIRS,
  parsePairs,
  PRESET_KEYS,
  PRESET_SIZE,
  presetPairs,
} from '@/components/demos/reliability-diagram/pairs';
import { expectedCalibrationError } from '@/lib/metrics';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('presetPairs', () => {
  it.each(PRESET_KEYS)('%s is the same every time, with two-decimal confidences in [0.25, 1]', (key) => {
    const pairs = presetPairs(key);
    expect(presetPairs(key)).toEqual(pairs);
    expect(pairs.confidences).toHaveLength(PRESET_SIZE);
    expect(pairs.correct).toHaveLength(PRESET_SIZE);
    pairs.confidences.forEach((c) => {
      expect(c).toBeGreaterThanOrEqual(0.25);
      expect(c).toBeLessThanOrEqual(1);
      expect(Math.round(c * 100) / 100).toBe(c);
    });
  });

  it('over-confident: mean confidence above accuracy; under-confident: below it', () => {
    const over = presetPairs('overconfident');
    const under = presetPairs('underconfident');
    const accuracy = (p: typeof over) => p.correct.filter(Boolean).length / p.correct.length;
    expect(mean(over.confidences)).toBeGreaterThan(accuracy(over) + 0.1);
    expect(mean(under.confidences)).toBeLessThan(accuracy(under) - 0.1);
  });

  it('the calibrated preset has the smallest ECE at every bin count the demo offers', () => {
    for (let bins = 5; bins <= 20; bins++) {
      const [calibrated, over, under] = PRESET_KEYS.map((key) => {
        const { confidences, correct } = presetPairs(key);
        return expectedCalibrationError(confidences, correct, { bins }).ece;
      });
      expect(calibrated).toBeLessThan(over!);
      expect(calibrated).toBeLessThan(under!);
    }
  });
});

describe('parsePairs', () => {
  it('reads what formatPairs writes', () => {
    const pairs = presetPairs('calibrated');
    expect(parsePairs(formatPairs(pairs))).toEqual({ ok: true, pairs });
  });

  it('accepts spaces, commas, Chinese commas and new lines between numbers', () => {
    expect(parsePairs('0.9 1\n0.6, 0；0.3，1')).toEqual({
      ok: true,
      pairs: { confidences: [0.9, 0.6, 0.3], correct: [true, false, true] },
    });
  });

  it('accepts the edges 0 and 1 as confidences', () => {
    expect(parsePairs('0 0 1 1')).toEqual({
      ok: true,
      pairs: { confidences: [0, 1], correct: [false, true] },
    });
  });

  it('names the first piece that is not a number', () => {
    expect(parsePairs('0.9 1 abc 0')).toEqual({ ok: false, error: { kind: 'notNumber', bad: 'abc' } });
  });

  it('rejects an odd count of numbers', () => {
    expect(parsePairs('0.9 1 0.8')).toEqual({ ok: false, error: { kind: 'odd', numbers: 3 } });
  });

  it('rejects a confidence outside [0, 1], counting pairs from 1', () => {
    expect(parsePairs('0.9 1\n1.2 0')).toEqual({
      ok: false,
      error: { kind: 'confidence', pair: 2, value: 1.2 },
    });
    expect(parsePairs('-0.1 1')).toEqual({ ok: false, error: { kind: 'confidence', pair: 1, value: -0.1 } });
    expect(parsePairs('1e999 1')).toEqual({
      ok: false,
      error: { kind: 'confidence', pair: 1, value: Infinity },
    });
  });

  it('rejects an outcome other than 0 or 1', () => {
    expect(parsePairs('0.9 0.5')).toEqual({ ok: false, error: { kind: 'outcome', pair: 1, value: 0.5 } });
  });

  it('rejects no pairs and more than MAX_PAIRS', () => {
    expect(parsePairs('  ')).toEqual({
      ok: false,
      error: { kind: 'count', pairs: 0, min: 1, max: MAX_PAIRS },
    });
    const many = Array.from({ length: MAX_PAIRS + 1 }, () => '0.5 1').join('\n');
    expect(parsePairs(many)).toEqual({
      ok: false,
      error: { kind: 'count', pairs: MAX_PAIRS + 1, min: 1, max: MAX_PAIRS },
    });
  });
});
