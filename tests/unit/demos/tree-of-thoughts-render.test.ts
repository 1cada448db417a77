/**
 * SSR smoke test of the tree-of-thoughts island in both modes and both languages. Hand-checkable
 * parts: 4 9 10 13 at b = 5 expands 1 + 5 + 5 = 11 states and its solution (9 − (13 − 10)) × 4 =
 * 6 × 4 = 24; the greedy chain (b = 1) expands 1 + 1 + 1 = 3; 1 1 1 1 has no solution (four 1s
 * reach at most (1 + 1) × (1 + 1) = 4). States valued are lib's counts of distinct candidates.
 */
import { describe, expect, it } from 'vitest';
import { TreeOfThoughtsDemo } from '@/components/demos/tree-of-thoughts/demo';
import { Explorer } from '@/components/demos/tree-of-thoughts/explorer';
import { TEXT } from '@/components/demos/tree-of-thoughts/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('TreeOfThoughtsDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('beam mode solves 4 9 10 13 at b = 5 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(TreeOfThoughtsDemo, { mode: 'beam', numbers: '4 9 10 13' }, locale);
    expect(html).toContain('data-demo="tree-of-thoughts"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    // valued: 30 first steps (6 pairs × 5 operations, all distinct) + 65 + 23 distinct later ones
    expect(readout(html)).toBe(t.readout(5, '(9 − (13 − 10)) × 4', 11, 30 + 65 + 23));
    expect(html).toContain('aria-valuetext="5"');
    // the comparison: one row per b, the shown one marked in words
    expect(html.match(/data-beam="/g)).toHaveLength(5);
    expect(clean(html)).toContain(`${t.beamValue(5)}${t.shown}`);
    expect(html).toContain('aria-current="true"');
    // the tree: three levels, 5 + 5 + 5 kept states, the winning chain marked
    expect(html.match(/data-depth="/g)).toHaveLength(3);
    expect(html.match(/data-kept=""/g)).toHaveLength(15);
    expect(html.match(/data-path=""/g)).toHaveLength(3);
    expect(clean(html)).toContain(
      t.path('13 − 10 = 3 (left: 3 4 9) → 9 − 3 = 6 (left: 4 6) → 4 × 6 = 24 (left: 24)'),
    );
    expect(clean(html)).toContain(t.solver(2, '(10 − 4) × (13 − 9)'));
    expect(clean(html)).toContain(t.presetNotes.example);
    // the full tables render only when opened
    expect(html).not.toContain('<tbody><tr data-kept');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(['zh', 'en'] as const)('greedy mode opens at b = 1 and misses 4 9 10 13 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(TreeOfThoughtsDemo, { mode: 'greedy', numbers: '4 9 10 13' }, locale);
    // 30 + 15 + 5 candidates, all distinct on this chain
    expect(readout(html)).toBe(t.readout(1, null, 3, 30 + 15 + 5));
    expect(html).toContain(`aria-valuetext="${t.beamValue(1)}"`);
    expect(html.match(/data-kept=""/g)).toHaveLength(3);
    expect(html).not.toContain('data-path=""');
    expect(clean(html)).toContain(t.noPath);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('never solves 1 1 1 1', () => {
    const t = TEXT.en;
    const html = renderDemo(TreeOfThoughtsDemo, { mode: 'beam', numbers: '1 1 1 1' }, 'en');
    expect(readout(html)).toMatch(/^b = 5: not solved · 9 nodes expanded/);
    expect(clean(html)).toContain(t.solver(0, null));
    expect(html.match(/✗ no/g)).toHaveLength(5);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('shows a clear message for bad input and keeps the last valid puzzle', () => {
    const t = TEXT.en;
    const bad = renderDemo(
      Explorer,
      { initial: { fields: ['4', '9', '10', '14'], beam: 5, value: 'rollout' } },
      'en',
    );
    expect(clean(bad)).toContain(
      `${t.error({ kind: 'range', field: 4, text: '14', min: 1, max: 13 })} ${t.kept}`,
    );
    expect(bad).toContain('aria-invalid="true"');
    expect(readout(bad)).toBe(t.readout(5, '(9 − (13 − 10)) × 4', 11, 118));
    const nan = renderDemo(
      Explorer,
      { initial: { fields: ['NaN', '9', '10', '13'], beam: 1, value: 'oracle' } },
      'zh',
    );
    expect(clean(nan)).toContain(TEXT.zh.error({ kind: 'notNumber', field: 1, text: 'NaN' }));
    // the oracle's greedy chain solves the default puzzle
    expect(readout(nan)).toMatch(/^b = 1（贪心链）：解出 \(10 − 4\) × \(13 − 9\)/);
    const empty = renderDemo(
      Explorer,
      { initial: { fields: ['4', '', '10', '13'], beam: 3, value: 'one-step' } },
      'en',
    );
    expect(clean(empty)).toContain(t.error({ kind: 'empty', field: 2 }));
    for (const html of [bad, nan, empty]) expect(html).not.toMatch(/NaN<|undefined|Infinity/);
  });
});
