/**
 * SSR smoke test of the KL-estimator demo in both languages: it opens on the "close" preset, so the
 * readout shows KL = E[k1] = E[k3] = 0.0093 and E[k2] = 0.0091 (numpy); k1 is marked negative on
 * the two tokens where π_ref > π; the Monte-Carlo table is there; a hand-checkable linked state
 * and bad links render without NaN.
 */
import { describe, expect, it } from 'vitest';
import { KlEstimatorsDemo } from '@/components/demos/kl-estimators/demo';
import { KlLab } from '@/components/demos/kl-estimators/lab';
import { DEFAULT_DRAFT } from '@/components/demos/kl-estimators/presets';
import { TEXT } from '@/components/demos/kl-estimators/text';
import { klEstimatorMonteCarlo } from '@/lib/alignment';
import { clean, renderDemo } from './render-island';

/** Text with React's separators removed and the entities React writes decoded. */
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('KlEstimatorsDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the close preset in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(KlEstimatorsDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="kl-estimators"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('0.0093', '0.0093', '0.0091', '0.0093'));
    expect(text).toContain(t.bias.below);
    expect(text).toContain(t.presetNotes.close);
    // five token rows; k1 < 0 on x₄ and x₅ (π_ref > π), marked in words
    expect(html.match(/data-token="/g)).toHaveLength(5);
    expect(html.match(/data-negative-k1/g)).toHaveLength(2);
    expect(text.split(t.negative)).toHaveLength(3);
    expect(text).toContain(t.usedBy.k1);
    expect(text).toContain(t.usedBy.k3);
    // the Monte-Carlo table: three estimators, k3 never negative
    expect(html.match(/data-estimator="/g)).toHaveLength(3);
    expect(text).toContain(t.mcCaption('1,000', '1'));
    // lib's run for the same pair, N and seed: k1 negative on some draws, k3 on none
    const run = klEstimatorMonteCarlo([0.35, 0.25, 0.2, 0.12, 0.08], [0.3, 0.25, 0.2, 0.15, 0.1], 1000, 1);
    expect(run.k1.negativeCount).toBeGreaterThan(0);
    const signs = clean(/<p[^>]*data-signs[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '');
    expect(signs).toBe(t.signs(String(run.k1.negativeCount), '0', '1,000'));
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders a hand-checkable pair and bad links in %s', (locale) => {
    const t = TEXT[locale];
    const hand = { policy: ['0.5', '0.5'], ref: ['0.25', '0.75'], n: '1000', seed: '1' };
    const html = renderDemo(KlLab, { initial: hand }, locale);
    // ½ ln 2 + ½ ln(2/3) = 0.1438; E[k2] = ¼((ln 2)² + (ln 1.5)²) = 0.1612
    expect(readout(html)).toBe(t.readout('0.1438', '0.1438', '0.1612', '0.1438'));
    expect(clean(html)).toContain('0.1931');
    expect(clean(html)).toContain(t.bias.above);
    expect(html.match(/data-negative-k1/g)).toHaveLength(1);

    // a sum off 1: lib refuses, the side is marked, the default result stays
    const sum = renderDemo(
      KlLab,
      { initial: { ...DEFAULT_DRAFT, ref: ['0.5', '0.6', '0', '0', '0'] } },
      locale,
    );
    expect(clean(sum)).toContain('ref must sum to 1');
    expect(sum).toContain('aria-invalid="true"');
    expect(readout(sum)).toBe(t.readout('0.0093', '0.0093', '0.0091', '0.0093'));
    // π_ref = 0 where π > 0: KL = +∞ is reported, not shown
    const support = renderDemo(KlLab, { initial: { ...hand, ref: ['1', '0'] } }, locale);
    expect(clean(support)).toContain(t.supportError('x₂'));
    expect(support).not.toMatch(/NaN|undefined|Infinity/);
    // N out of range
    const n = renderDemo(KlLab, { initial: { ...hand, n: '1' } }, locale);
    expect(clean(n)).toContain(t.mcRules.n);
    expect(n).not.toMatch(/NaN|undefined/);
    // π = 0 on a token π_ref gives mass to
    const refOnly = renderDemo(
      KlLab,
      { initial: { ...hand, policy: ['0.5', '0.5', '0'], ref: ['0.25', '0.5', '0.25'] } },
      locale,
    );
    expect(clean(refOnly)).toContain(t.refOnly('x₃'));
    expect(clean(refOnly)).toContain(t.neverSampled);
  });
});
