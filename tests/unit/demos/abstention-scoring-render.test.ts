/**
 * SSR smoke test of the abstention-scoring demo in both languages. Hand arithmetic for the mixed
 * preset (100 questions, counts 4 6 8 10 12 12 12 12 12 12 at confidence 0.05 … 0.95): expected
 * accuracy when answering all = (0.2 + 0.9 + 2 + 3.5 + 5.4 + 12 · 3.75)/100 = 0.570; above
 * t = 0.5 the 60 questions at 0.55 … 0.95 give 45 right and 15 wrong → 0.450 and, with penalty 1,
 * 0.450 − 0.150 = 0.300, while answering all scores 0.570 − 0.430 = 0.140. At t = 0.9 (penalty 9)
 * only the 12 at 0.95 are answered: 0.114 and 0.114 − 9 · 0.006 = 0.060; answering all scores
 * 0.570 − 9 · 0.430 = −3.300 (Kalai et al. 2025, §4.2).
 */
import { describe, expect, it } from 'vitest';
import { AbstentionScoringDemo } from '@/components/demos/abstention-scoring/demo';
import { DEFAULT_DRAFT, type Draft } from '@/components/demos/abstention-scoring/histogram';
import { AbstentionLab } from '@/components/demos/abstention-scoring/lab';
import { TEXT } from '@/components/demos/abstention-scoring/text';
import { renderDemo } from './render-island';

const clean = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');
const verdict = (html: string, kind: string) =>
  clean(new RegExp(`<p[^>]*data-verdict="${kind}"[^>]*>(.*?)</p>`, 's').exec(html)?.[1] ?? '');
const withCounts = (patch: Record<number, string>, tIndex = DEFAULT_DRAFT.tIndex): Draft => ({
  counts: DEFAULT_DRAFT.counts.map((c, i) => patch[i] ?? c),
  tIndex,
});

describe('AbstentionScoringDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the mixed preset at t = 0.5 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(AbstentionScoringDemo, {}, locale);
    expect(html).toContain('data-demo="abstention-scoring"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('0.5', '1', '0.570', '0.450', '0.140', '0.300'));
    expect(verdict(html, 'accuracy')).toBe(t.verdictAccuracy('guess'));
    expect(verdict(html, 'penalty')).toBe(t.verdictPenalty('above', '0.5'));
    // the policy table: answering all answers 100%, 43% expected wrong; above 0.5: 60%, 15%
    expect(clean(html)).toContain('43.0%');
    expect(clean(html)).toContain('15.0%');
    expect(html.match(/data-bars="answered"/g)).toHaveLength(5);
    expect(html.match(/data-bars="abstained"/g)).toHaveLength(5);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('gives the hand-checked scores at t = 0.9, 0.75 and 0 in %s', (locale) => {
    const t = TEXT[locale];
    const strict = renderDemo(AbstentionLab, { initial: { ...DEFAULT_DRAFT, tIndex: 10 } }, locale);
    expect(readout(strict)).toBe(t.readout('0.9', '9', '0.570', '0.114', '−3.300', '0.060'));
    // t = 0.75: penalty 0.75/0.25 = 3, and the note on the paper's "penalty 2"
    const typo = renderDemo(AbstentionLab, { initial: { ...DEFAULT_DRAFT, tIndex: 8 } }, locale);
    expect(readout(typo)).toContain(locale === 'zh' ? '错答扣 3 分' : 'Mistake costs 3');
    expect(clean(typo)).toContain(t.typo);
    expect(clean(strict)).not.toContain(t.typo);
    // t = 0 is binary grading: both policies answer everything (no bin has c = 0)
    const binary = renderDemo(AbstentionLab, { initial: { ...DEFAULT_DRAFT, tIndex: 0 } }, locale);
    expect(readout(binary)).toBe(t.readout('0', '0', '0.570', '0.570', '0.570', '0.570'));
    expect(verdict(binary, 'accuracy')).toBe(t.verdictAccuracy('tie'));
    expect(verdict(binary, 'penalty')).toBe(t.verdictPenalty('tie', '0'));
  });

  it.each(['zh', 'en'] as const)('keeps the last valid result for bad counts in %s', (locale) => {
    const t = TEXT[locale];
    const opening = t.readout('0.5', '1', '0.570', '0.450', '0.140', '0.300');
    const bad: [Draft, string][] = [
      [withCounts({ 2: 'abc' }), t.fieldError('c = 0.25', { kind: 'notNumber', text: 'abc' })],
      [withCounts({ 0: '' }), t.fieldError('c = 0.05', { kind: 'empty' })],
      [withCounts({ 3: '-1' }), 'counts[3] must be an integer >= 0, got -1'],
      [withCounts({ 4: '2.5' }), 'counts[4] must be an integer >= 0, got 2.5'],
      [{ ...DEFAULT_DRAFT, counts: DEFAULT_DRAFT.counts.map(() => '0') }, 'counts must not all be 0'],
      [withCounts({ 1: '1e400' }), 'counts[1] must be an integer >= 0, got Infinity'],
    ];
    for (const [initial, message] of bad) {
      const html = renderDemo(AbstentionLab, { initial }, locale);
      expect(clean(html)).toContain(message);
      expect(clean(html)).toContain(t.kept);
      expect(html).toContain('aria-invalid="true"');
      expect(readout(html)).toBe(opening);
      expect(html).not.toMatch(/NaN|undefined/);
    }
  });
});
