import { describe, expect, it } from 'vitest';
import { OnlineSoftmaxDemo } from '@/components/demos/online-softmax/demo';
import { DEFAULT_SCORES, MAX_SCORES, parseScores } from '@/components/demos/online-softmax/scores';
import { locales } from '@/lib/i18n';
import { renderDemo } from './render-island';

describe('online-softmax static render', () => {
  it.each(locales)('%s: starts at block 1 with the first block’s max, and a traffic chart', (locale) => {
    const html = renderDemo(OnlineSoftmaxDemo, {}, locale);
    // default row 1.5 0.2 3 … in blocks of 3: the first block's max is 3
    expect(html).toContain('data-demo="online-softmax"');
    expect(html).toMatch(/m = 3\.0000/);
    expect(html).toContain('role="img"');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('parseScores', () => {
  it('reads numbers and masked scores', () => {
    expect(parseScores('1, -inf 2 −∞')).toEqual({ ok: true, scores: [1, -Infinity, 2, -Infinity] });
    expect(parseScores(DEFAULT_SCORES).ok).toBe(true);
  });

  it('names what is wrong', () => {
    expect(parseScores('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseScores('1 x')).toEqual({ ok: false, error: { kind: 'notNumber', bad: 'x' } });
    expect(parseScores('1 NaN')).toEqual({ ok: false, error: { kind: 'notNumber', bad: 'NaN' } });
    expect(parseScores('1e400')).toEqual({ ok: false, error: { kind: 'notFinite', bad: '1e400' } });
    expect(parseScores('-inf -inf')).toEqual({ ok: false, error: { kind: 'allMasked' } });
    expect(parseScores('1 '.repeat(MAX_SCORES + 1))).toEqual({
      ok: false,
      error: { kind: 'tooMany', count: MAX_SCORES + 1, max: MAX_SCORES },
    });
  });
});
