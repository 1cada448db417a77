import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADVANTAGES,
  DEFAULT_AGGREGATION,
  DEFAULT_ROW,
  withRow,
} from '@/components/demos/grpo-lab/group';
import {
  URL_KEYS,
  decodeAdvantages,
  decodeAggregation,
  encodeAdvantages,
  encodeAggregation,
} from '@/components/demos/grpo-lab/url-state';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('GRPO lab URL state', () => {
  it('gives the two tabs disjoint key sets, so both instances on one page keep their own state', () => {
    const adv = new Set<string>(URL_KEYS.advantages);
    expect(URL_KEYS.aggregation.some((k) => adv.has(k))).toBe(false);
    expect(Object.keys(encodeAdvantages(DEFAULT_ADVANTAGES)).every((k) => k.startsWith('ga-'))).toBe(true);
    expect(Object.keys(encodeAggregation(DEFAULT_AGGREGATION)).every((k) => k.startsWith('gw-'))).toBe(true);
    // one tab's link is not the other's
    expect(decodeAggregation(query(encodeAdvantages(DEFAULT_ADVANTAGES)))).toBeNull();
    expect(decodeAdvantages(query(encodeAggregation(DEFAULT_AGGREGATION)))).toBeNull();
  });

  it('encodes the first G rows compactly and round-trips', () => {
    const draft = { ...withRow(DEFAULT_ADVANTAGES, 1, { length: '1,800' }), g: '4', formatOn: true };
    const params = encodeAdvantages(draft);
    expect(params).toEqual({ 'ga-g': '4', 'ga-rows': 'cf320_wf1800_wf380_wf450', 'ga-fmt': '1' });
    const back = decodeAdvantages(query(params));
    expect(back?.g).toBe('4');
    expect(back?.formatOn).toBe(true);
    expect(back?.rows.slice(0, 4).map((r) => r.length)).toEqual(['320', '1800', '380', '450']);
    expect(back?.rows[4]).toEqual(DEFAULT_ROW);

    const agg = { ...DEFAULT_AGGREGATION, lossType: 'dr_grpo' as const, scale: false, maxLength: '4096' };
    expect(encodeAggregation(agg)).toEqual({
      'gw-g': '2',
      'gw-rows': 'cf200_wf1800',
      'gw-L': '4096',
      'gw-loss': 'dr_grpo',
      'gw-std': '0',
    });
    expect(decodeAggregation(query(encodeAggregation(agg)))).toEqual(agg);
  });

  it('falls back on bad or missing values and ignores pages without its keys', () => {
    expect(decodeAdvantages('')).toBeNull();
    expect(decodeAdvantages('?lr-at=3')).toBeNull();
    const bad = decodeAdvantages('?ga-rows=c12_x9_w&ga-g=' + 'x'.repeat(50));
    expect(bad?.g).toBe(DEFAULT_ADVANTAGES.g);
    expect(bad?.rows.slice(0, 3)).toEqual([
      { correct: true, format: false, length: '12' },
      DEFAULT_ROW,
      DEFAULT_ROW,
    ]);
    expect(decodeAggregation('?gw-loss=sapo')?.lossType).toBe('grpo');
    // a typed G comes back as typed, so the demo shows its usual message
    expect(decodeAggregation('?gw-g=1')?.g).toBe('1');
  });
});
