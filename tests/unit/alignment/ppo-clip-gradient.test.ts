import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipGradient, ppoClipObjective, ppoUnclippedObjective } from '@/lib/alignment';

describe('ppoClipGradient', () => {
  it('is A where the min keeps r·A or the ratio is inside the clip range, 0 on the flat part', () => {
    // Schulman et al. 2017 fig. 1 (ε = 0.2): A > 0 is flat above 1.2, A < 0 below 0.8.
    expect(ppoClipGradient(1.5, 1)).toBe(0);
    expect(ppoClipGradient(0.5, -1)).toBe(0);
    expect(ppoClipGradient(1, 1)).toBe(1);
    expect(ppoClipGradient(1, -2.5)).toBe(-2.5);
    // moves that make things worse are never clipped: the gradient stays A
    expect(ppoClipGradient(0.5, 1)).toBe(1);
    expect(ppoClipGradient(1.5, -1)).toBe(-1);
    expect(ppoClipGradient(0, 3)).toBe(3);
    // ε = 0.1 moves the kinks to 0.9 and 1.1
    expect(ppoClipGradient(1.15, 1, 0.1)).toBe(0);
    expect(ppoClipGradient(1.15, 1, 0.3)).toBe(1);
    expect(ppoClipGradient(0.85, -1, 0.1)).toBe(0);
    expect(ppoClipGradient(0.85, -1, 0.3)).toBe(-1);
  });

  it('takes the derivative from inside the clip range at the kinks, as autograd through torch.clamp does', () => {
    // torch derivatives.yaml: clamp returns "the subgradient 1" at min and max; at the tie
    // r·A = clamp(r)·A, torch.maximum/minimum give each side half: ½A + ½A = A.
    expect(ppoClipGradient(1.2, 1)).toBe(1);
    expect(ppoClipGradient(0.8, -1)).toBe(-1);
    expect(ppoClipGradient(1.1, 2, 0.1)).toBe(2);
    expect(ppoClipGradient(0.7, -2, 0.3)).toBe(-2);
    // the other kink of each sign is inside the unclipped side anyway
    expect(ppoClipGradient(0.8, 1)).toBe(1);
    expect(ppoClipGradient(1.2, -1)).toBe(-1);
  });

  it('is 0 (not −0) when A is 0', () => {
    expect(Object.is(ppoClipGradient(1.5, 0), 0)).toBe(true);
    expect(Object.is(ppoClipGradient(1, -0), 0)).toBe(true);
  });

  it('rejects what ppoClipObjective rejects, with the same messages', () => {
    expect(() => ppoClipGradient(-0.1, 1)).toThrow(new RangeError('ratio must be finite and >= 0, got -0.1'));
    expect(() => ppoClipGradient(1, Number.NaN)).toThrow(new RangeError('advantage must be finite, got NaN'));
    expect(() => ppoClipGradient(1, 1, 0)).toThrow(new RangeError('epsilon must be in (0, 1), got 0'));
    expect(() => ppoClipGradient(1, 1, 1)).toThrow(RangeError);
    expect(() => ppoClipGradient(Infinity, 1)).toThrow(RangeError);
    expect(() => ppoClipGradient('1' as unknown as number, 1)).toThrow(TypeError);
  });

  it('matches a central finite difference of ppoClipObjective away from the kinks (property)', () => {
    const ratio = fc.double({ min: 0.01, max: 3, noNaN: true });
    const adv = fc.double({ min: -5, max: 5, noNaN: true });
    const eps = fc.double({ min: 0.01, max: 0.9, noNaN: true });
    fc.assert(
      fc.property(ratio, adv, eps, (r, a, e) => {
        const h = 1e-6;
        fc.pre(Math.abs(r - (1 + e)) > 1e-4 && Math.abs(r - (1 - e)) > 1e-4);
        const numeric = (ppoClipObjective(r + h, a, e) - ppoClipObjective(r - h, a, e)) / (2 * h);
        expect(ppoClipGradient(r, a, e)).toBeCloseTo(numeric, 5);
      }),
    );
  });
});

describe('ppoUnclippedObjective', () => {
  it('is r·A, the upper envelope of the clipped objective', () => {
    expect(ppoUnclippedObjective(1.5, 1)).toBe(1.5);
    expect(ppoUnclippedObjective(1.5, -1)).toBe(-1.5);
    expect(ppoUnclippedObjective(0, -1)).toBe(-0);
    expect(ppoClipObjective(1.5, 1)).toBeLessThan(ppoUnclippedObjective(1.5, 1));
    expect(() => ppoUnclippedObjective(-1, 1)).toThrow(RangeError);
  });
});
