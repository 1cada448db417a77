/**
 * SSR smoke test of the contextual-calibration demo in both languages. Expected values by hand
 * (Zhao et al. 2021 §5, qᵢ ∝ pᵢ / p_cfᵢ): with p_cf = [0.75, 0.25] positive wins only above 0.75,
 * so the majority preset goes from 5/8 to 7/8 (three negatives fixed, the 0.71 positive broken);
 * [0.7, 0.3] with p_cf = [0.8, 0.2] → [0.875, 1.5]/2.375 = [0.3684, 0.6316].
 */
import { describe, expect, it } from 'vitest';
import { ContextualCalibrationDemo } from '@/components/demos/contextual-calibration/demo';
import { CcLab } from '@/components/demos/contextual-calibration/lab';
import { DEFAULT_DRAFT, presetDraft, type CcDraft } from '@/components/demos/contextual-calibration/model';
import { TEXT } from '@/components/demos/contextual-calibration/text';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

const withRow = (draft: CcDraft, i: number, probs: string[]): CcDraft => ({
  ...draft,
  probs: draft.probs.map((r, k) => (k === i ? probs : r)),
});

describe('ContextualCalibrationDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the majority-label-bias preset in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(ContextualCalibrationDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="contextual-calibration"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout(t.score(7, 8, '0.875'), t.score(5, 8, '0.625')));
    expect(text).toContain(t.summary(3, 1));
    expect(text).toContain(t.presetNotes.majority);
    expect(text).toContain(t.caveat);
    expect(html.match(/data-row="/g)).toHaveLength(8);
    expect(html.match(/data-change="fixed"/g)).toHaveLength(3);
    expect(html.match(/data-change="broken"/g)).toHaveLength(1);
    // [0.9, 0.1] / [0.75, 0.25] = [1.2, 0.4] → [0.75, 0.25]
    expect(clean(/<tr[^>]*data-row="1".*?<\/tr>/s.exec(html)?.[0] ?? '')).toContain('0.7500');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('scores the other presets and a hand-checkable row in %s', (locale) => {
    const t = TEXT[locale];
    const recency = renderDemo(CcLab, { initial: presetDraft('recency') }, locale);
    expect(readout(recency)).toBe(t.readout(t.score(6, 8, '0.750'), t.score(5, 8, '0.625')));
    expect(clean(recency)).toContain(t.summary(2, 1));
    const balanced = renderDemo(CcLab, { initial: presetDraft('balanced') }, locale);
    expect(readout(balanced)).toBe(t.readout(t.score(7, 8, '0.875'), t.score(7, 8, '0.875')));
    expect(clean(balanced)).toContain(t.summary(0, 0));
    expect(clean(balanced)).toContain(t.columns.calibrated(t.labels.neutral));

    const hand = withRow(
      { ...DEFAULT_DRAFT, contentFree: ['0.8', '0.2'], gold: [1, 0, 0, 0, 1, 1, 1, 1] },
      0,
      ['0.7', '0.3'],
    );
    const html = renderDemo(CcLab, { initial: hand }, locale);
    const row = clean(/<tr[^>]*data-row="0".*?<\/tr>/s.exec(html)?.[0] ?? '');
    expect(row).toContain('0.3684');
    expect(row).toContain('0.6316');
    expect(row).toContain(t.changeNames.fixed);
  });

  it.each(['zh', 'en'] as const)('refuses bad input and keeps the last valid result in %s', (locale) => {
    const t = TEXT[locale];
    const start = t.readout(t.score(7, 8, '0.875'), t.score(5, 8, '0.625'));
    const render = (draft: CcDraft) => renderDemo(CcLab, { initial: draft }, locale);

    const sum = render(withRow(DEFAULT_DRAFT, 2, ['0.6', '0.5']));
    expect(clean(sum)).toContain('rows[2].probs must sum to 1 (within 1e-9), got a sum of 1.1');
    expect(clean(sum)).toContain(t.where({ kind: 'row', row: 2 }));
    expect(clean(sum)).toContain(t.kept);
    expect(sum.match(/aria-invalid="true"/g)).toHaveLength(2);
    expect(readout(sum)).toBe(start);

    const cfSum = render({ ...DEFAULT_DRAFT, contentFree: ['0.8', '0.1'] });
    expect(clean(cfSum)).toContain('contentFreeProbs must sum to 1');
    const zero = render({ ...DEFAULT_DRAFT, contentFree: ['1', '0'] });
    expect(clean(zero)).toContain('contentFreeProbs[1] must be in (0, 1], got 0');
    expect(clean(zero)).toContain(
      t.zeroError(t.labels.negative, 'contentFreeProbs[1] must be in (0, 1], got 0'),
    );
    expect(readout(zero)).toBe(start);

    const negative = render(withRow(DEFAULT_DRAFT, 0, ['-0.1', '1.1']));
    expect(clean(negative)).toContain('rows[0].probs[0] must be finite and >= 0, got -0.1');
    const nan = render(withRow(DEFAULT_DRAFT, 0, ['NaN', '0.5']));
    expect(clean(nan)).toContain(
      t.fieldError(t.where({ kind: 'row', row: 0 }), t.labels.positive, { kind: 'notNumber', text: 'NaN' }),
    );
    const emoji = render({ ...DEFAULT_DRAFT, contentFree: ['🙂', '0.25'] });
    expect(clean(emoji)).toContain(
      t.fieldError(t.where({ kind: 'contentFree' }), t.labels.positive, { kind: 'notNumber', text: '🙂' }),
    );
    // a bad link on the three-label set keeps that set's own result on screen
    const balanced = render({ ...presetDraft('balanced'), contentFree: ['0.5', '0.5', '0.5'] });
    expect(readout(balanced)).toBe(t.readout(t.score(7, 8, '0.875'), t.score(7, 8, '0.875')));
    expect(balanced.match(/data-q="2"/g)).toHaveLength(8);

    for (const html of [sum, cfSum, zero, negative, nan, emoji]) {
      expect(readout(html)).toBe(start);
      expect(html).not.toMatch(/undefined|Infinity/);
    }
  });
});
