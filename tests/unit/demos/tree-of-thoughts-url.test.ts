/** The tree-of-thoughts demo's share links: `tot-` keys, bad values fall back. */
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type TotState } from '@/components/demos/tree-of-thoughts/url-state';

const fallback: TotState = { fields: ['4', '9', '10', '13'], beam: 5, value: 'rollout' };

describe('tree-of-thoughts links', () => {
  it('round-trip numbers, b and the value rule', () => {
    const state: TotState = { fields: ['1', '5', '5', '5'], beam: 2, value: 'oracle' };
    const search = `?${new URLSearchParams(encodeState(state)).toString()}`;
    expect(search).toBe('?tot-n=1+5+5+5&tot-b=2&tot-v=oracle');
    expect(decodeState(search, fallback)).toEqual(state);
  });

  it('ignore queries without the demo keys', () => {
    expect(decodeState('?lr-at=3', fallback)).toBeNull();
    expect(decodeState('', fallback)).toBeNull();
  });

  it('fall back on unusable values, but keep four bad numbers for the inline message', () => {
    expect(decodeState('?tot-b=9&tot-v=llm', fallback)).toEqual(fallback);
    expect(decodeState('?tot-b=0', fallback)?.beam).toBe(5);
    expect(decodeState('?tot-b=1', fallback)?.beam).toBe(1);
    expect(decodeState('?tot-n=4+9+10', fallback)?.fields).toEqual(fallback.fields);
    expect(decodeState(`?tot-n=${'1+'.repeat(40)}1`, fallback)?.fields).toEqual(fallback.fields);
    expect(decodeState('?tot-n=4+9+10+99', fallback)?.fields).toEqual(['4', '9', '10', '99']);
  });
});
