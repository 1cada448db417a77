import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from '@/lib/agents';
import { GAME24_LIMITS, solve24, TOT_VALUE_HEURISTICS, treeOfThoughts24 } from '@/lib/prompting';

/** An expression as printed (− × ÷) evaluated by an independent parser (lib/agents, floating point). */
const evaluate = (text: string) =>
  evaluateArithmetic(text.replace(/−/g, '-').replace(/×/g, '*').replace(/÷/g, '/'));

const puzzle = fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 13 })));

describe('solve24', () => {
  it('solves 4 9 10 13 with (10 − 4) × (13 − 9)', () => {
    // 10 − 4 = 6, 13 − 9 = 4, 6 × 4 = 24
    expect(solve24([4, 9, 10, 13])).toEqual(['(10 − 4) × (13 − 9)']);
    expect(solve24([4, 9, 10, 13], { all: true })).toContain('(10 − 4) × (13 − 9)');
  });

  it('finds nothing for 1 1 1 1', () => {
    // four 1s reach at most (1 + 1) × (1 + 1) = 4
    expect(solve24([1, 1, 1, 1])).toEqual([]);
    expect(solve24([1, 1, 1, 1], { all: true })).toEqual([]);
  });

  it('solves the classic fraction puzzles 1 5 5 5 and 3 3 8 8, each in one way only', () => {
    // 5 × (5 − 1/5) = 5 × 24/5 = 24; 8 ÷ (3 − 8/3) = 8 ÷ 1/3 = 24
    expect(solve24([1, 5, 5, 5], { all: true })).toEqual(['5 × (5 − 1 ÷ 5)']);
    expect(solve24([3, 3, 8, 8], { all: true })).toEqual(['8 ÷ (3 − 8 ÷ 3)']);
  });

  it('is exact where floating point is not', () => {
    // In doubles 8 / (3 − 8/3) is 23.99999999999999, so a float solver testing === 24 misses 3 3 8 8.
    expect(8 / (3 - 8 / 3)).not.toBe(24);
    expect(solve24([8, 3, 8, 3])).toEqual(['8 ÷ (3 − 8 ÷ 3)']);
  });

  it('solves exactly the 1,362 puzzles of 4nums.com among the 1,820 multisets of 1–13', () => {
    // Multisets of 4 values from 13: C(13 + 4 − 1, 4) = C(16, 4) = 1,820. Yao et al. 2023 §4.1:
    // 4nums.com has 1,362 games, the solvable ones.
    let total = 0;
    let solvable = 0;
    for (let a = 1; a <= 13; a++)
      for (let b = a; b <= 13; b++)
        for (let c = b; c <= 13; c++)
          for (let d = c; d <= 13; d++) {
            total++;
            if (solve24([a, b, c, d]).length > 0) solvable++;
          }
    expect(total).toBe(1820);
    expect(solvable).toBe(1362);
  });

  it('lists distinct solutions in a normal form: reordering or regrouping never makes a new one', () => {
    // (10 − 4) × (13 − 9) = 6 × 4; (10 + 9 − 13) × 4 = 6 × 4 (also reached as (9 − (13 − 10)) × 4)
    expect(solve24([4, 9, 10, 13], { all: true })).toEqual(['(10 − 4) × (13 − 9)', '(10 + 9 − 13) × 4']);
    // 8 + 8 + 6 + 2 is one solution however the three additions are ordered or grouped
    const sums = solve24([2, 6, 8, 8], { all: true });
    expect(sums.filter((s) => !/[×÷−]/.test(s))).toEqual(['8 + 8 + 6 + 2']);
    expect(sums).toContain('8 × (6 − 2) − 8');
    // 4 × 3 × 2 × 1 and 4 × 3 × 2 ÷ 1 differ in an operation, so both count
    const small = solve24([1, 2, 3, 4], { all: true });
    expect(small).toContain('4 × 3 × 2 × 1');
    expect(small).toContain('4 × 3 × 2 ÷ 1');
    expect(small).toContain('(4 + 2) × (3 + 1)');
    expect(small).not.toContain('4 ÷ (1 ÷ 2 ÷ 3)');
    for (const all of [sums, small]) expect(new Set(all).size).toBe(all.length);
    expect(solve24([4, 9, 10, 13])).toEqual(['(10 − 4) × (13 − 9)']);
  });

  it('returns solutions that evaluate to 24 and uses each number once (property)', () => {
    fc.assert(
      fc.property(puzzle, (numbers) => {
        const all = solve24(numbers, { all: true });
        for (const s of all) {
          expect(evaluate(s)).toBeCloseTo(24, 9);
          const used = (s.match(/\d+/g) ?? []).map(Number).sort((x, y) => x - y);
          expect(used).toEqual([...numbers].sort((x, y) => x - y));
        }
        expect(solve24(numbers).length).toBe(Math.min(1, all.length));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects anything but four integers in [1, 13]', () => {
    expect(() => solve24([1, 2, 3])).toThrow(
      new RangeError('numbers must hold 4 integers, got an array of length 3'),
    );
    expect(() => solve24([1, 2, 3, 14])).toThrow(
      new RangeError('numbers[3] must be an integer in [1, 13], got 14'),
    );
    expect(() => solve24([0, 2, 3, 4])).toThrow(RangeError);
    expect(() => solve24([1.5, 2, 3, 4])).toThrow(
      new RangeError('numbers[0] must be an integer in [1, 13], got 1.5'),
    );
    expect(() => solve24([Number.NaN, 2, 3, 4])).toThrow(
      new RangeError('numbers[0] must be an integer in [1, 13], got NaN'),
    );
    expect(() => solve24(['4', 9, 10, 13] as unknown as number[])).toThrow(TypeError);
    expect(() => solve24('4 9 10 13' as unknown as number[])).toThrow(TypeError);
    expect(() => solve24([4, 9, 10, 13], { all: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(GAME24_LIMITS).toEqual({ count: 4, min: 1, max: 13, maxBeam: 100 });
  });
});

describe('treeOfThoughts24', () => {
  it('generates every first step of four distinct numbers once: 6 pairs × 5 operations', () => {
    // pairs C(4, 2) = 6; a + b, larger − smaller, a × b, a ÷ b, b ÷ a; no two of 4 9 10 13 collide
    const { depths, nodes } = treeOfThoughts24([4, 9, 10, 13], { beam: 5 });
    expect(depths[0]).toMatchObject({ depth: 1, expanded: 1, generated: 30, distinct: 30 });
    const thoughts = nodes.filter((n) => n.depth === 1).map((n) => n.thought);
    // the paper's thought format (Yao et al. 2023 §4.1)
    expect(thoughts).toContain('13 − 9 = 4 (left: 4 4 10)');
    expect(thoughts).toContain('10 − 4 = 6 (left: 6 9 13)');
    expect(thoughts).toContain('9 ÷ 4 = 9/4 (left: 9/4 10 13)');
  });

  it('merges first steps of 1 1 1 1 that leave the same numbers: 3 distinct states', () => {
    // every pair is (1, 1): 1 + 1 = 2, 1 − 1 = 0, 1 × 1 = 1, 1 ÷ 1 = 1 (twice) → {1 1 2}, {0 1 1}, {1 1 1}
    const { depths, nodes } = treeOfThoughts24([1, 1, 1, 1], { beam: 5 });
    expect(depths[0]).toMatchObject({ generated: 30, distinct: 3 });
    const firsts = nodes
      .filter((n) => n.depth === 1 && n.duplicateOf === null)
      .map((n) => n.numbers.join(' '));
    expect(firsts).toEqual(['1 1 2', '0 1 1', '1 1 1']);
    expect(nodes.filter((n) => n.duplicateOf !== null).every((n) => !n.kept && n.evaluation === null)).toBe(
      true,
    );
  });

  it('never solves 1 1 1 1, whatever the beam or heuristic', () => {
    for (const value of TOT_VALUE_HEURISTICS) {
      for (let beam = 1; beam <= 5; beam++) {
        const r = treeOfThoughts24([1, 1, 1, 1], { beam, value });
        expect(r.solved).toBe(false);
        expect(r.solution).toBeNull();
        expect(r.solutionPath).toEqual([]);
      }
    }
  });

  it('solves 4 9 10 13 with b = 5 and expands 1 + 5 + 5 states', () => {
    const r = treeOfThoughts24([4, 9, 10, 13], { beam: 5, value: 'rollout' });
    expect(r.solved).toBe(true);
    // (9 − (13 − 10)) × 4 = (9 − 3) × 4 = 6 × 4 = 24
    expect(r.solution).toBe('(9 − (13 − 10)) × 4');
    expect(r.depths.map((d) => d.expanded)).toEqual([1, 5, 5]);
    expect(r.nodesExpanded).toBe(11);
    // 5 states of three numbers × (3 pairs × 5 operations); 5 states of two × 5
    expect(r.depths.map((d) => d.generated)).toEqual([30, 75, 25]);
    expect(r.statesEvaluated).toBe(r.depths.reduce((s, d) => s + d.distinct, 0));
    const path = r.solutionPath.map((id) => r.nodes[id]?.thought);
    expect(path).toEqual([
      null,
      '13 − 10 = 3 (left: 3 4 9)',
      '9 − 3 = 6 (left: 4 6)',
      '4 × 6 = 24 (left: 24)',
    ]);
  });

  it('the greedy chain (b = 1) expands one state per step and misses 4 9 10 13 with the rollout', () => {
    const r = treeOfThoughts24([4, 9, 10, 13], { beam: 1, value: 'rollout' });
    expect(r.depths.map((d) => [d.expanded, d.kept.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(r.nodesExpanded).toBe(3);
    expect(r.solved).toBe(false);
  });

  it('values states by the documented rules', () => {
    const { nodes } = treeOfThoughts24([4, 9, 10, 13], { beam: 5, value: 'one-step' });
    const state = (value: 'rollout' | 'one-step' | 'oracle') =>
      treeOfThoughts24([4, 9, 10, 13], { beam: 5, value }).nodes.find(
        (n) => n.thought === '13 − 9 = 4 (left: 4 4 10)',
      )?.evaluation;
    // 4 4 10, one move: 4 + 4 = 8, 4 − 4 = 0, 4 × 4 = 16, 4 ÷ 4 = 1, 4 + 10 = 14, 10 − 4 = 6,
    // 4 × 10 = 40, 4 ÷ 10 = 2/5, 10 ÷ 4 = 5/2 → closest to 24 is 16, |16 − 24| = 8
    expect(state('one-step')).toEqual({ kind: 'one-step', reached: '16', distance: '8' });
    // rollout: take 4 × 4 = 16 (left: 10 16), then 10 + 16 = 26 (|26 − 24| = 2 beats 160, 6, 5/8, 8/5)
    expect(state('rollout')).toEqual({ kind: 'rollout', reached: '26', distance: '2' });
    // (10 − 4) × 4 = 24
    expect(state('oracle')).toEqual({ kind: 'oracle', sure: true });
    expect(nodes[0]?.evaluation).toBeNull();
  });

  it('keeps the best states, ties in generation order, and never a duplicate', () => {
    fc.assert(
      fc.property(
        puzzle,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...TOT_VALUE_HEURISTICS),
        (numbers, beam, value) => {
          const r = treeOfThoughts24(numbers, { beam, value });
          const score = (id: number) => {
            const e = r.nodes[id]?.evaluation;
            if (!e) throw new Error('a kept state has no value');
            if (e.kind === 'oracle') return e.sure ? 1 : 0;
            const [num, den = '1'] = e.distance.split('/');
            return -Number(num) / Number(den);
          };
          for (const d of r.depths) {
            expect(d.kept.length).toBe(Math.min(beam, d.distinct));
            const kept = new Set(d.kept);
            const candidates = r.nodes.filter((n) => n.depth === d.depth && n.duplicateOf === null);
            for (const c of candidates) {
              if (kept.has(c.id)) continue;
              // nothing left out beats the worst kept state
              const worst = d.kept[d.kept.length - 1] ?? -1;
              expect(score(c.id)).toBeLessThanOrEqual(score(worst));
            }
            d.kept.forEach((id, i) => {
              expect(r.nodes[id]?.rank).toBe(i + 1);
              expect(r.nodes[id]?.duplicateOf).toBeNull();
              if (i > 0) {
                const prev = d.kept[i - 1] ?? -1;
                expect(score(prev)).toBeGreaterThanOrEqual(score(id));
                // stable: equal values in generation (id) order
                if (score(prev) === score(id)) expect(prev).toBeLessThan(id);
              }
            });
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('with the oracle, b = 1 solves exactly the solvable puzzles (property)', () => {
    fc.assert(
      fc.property(puzzle, (numbers) => {
        const r = treeOfThoughts24(numbers, { beam: 1, value: 'oracle' });
        expect(r.solved).toBe(solve24(numbers).length > 0);
        if (r.solution !== null) expect(evaluate(r.solution)).toBeCloseTo(24, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('walks 3 3 8 8 through fractions on the solution path', () => {
    // 8 ÷ 3 = 8/3; 3 − 8/3 = 1/3; 8 ÷ 1/3 = 24 — the only solution, so the only path
    const r = treeOfThoughts24([3, 3, 8, 8], { beam: 1, value: 'oracle' });
    expect(r.solutionPath.map((id) => r.nodes[id]?.thought)).toEqual([
      null,
      '8 ÷ 3 = 8/3 (left: 8/3 3 8)',
      '3 − 8/3 = 1/3 (left: 1/3 8)',
      '8 ÷ 1/3 = 24 (left: 24)',
    ]);
    expect(r.solution).toBe('8 ÷ (3 − 8 ÷ 3)');
    const five = treeOfThoughts24([1, 5, 5, 5], { beam: 1, value: 'oracle' });
    expect(five.solution).toBe('5 × (5 − 1 ÷ 5)');
    expect(five.solutionPath.some((id) => five.nodes[id]?.numbers.includes('1/5'))).toBe(true);
  });

  it('is deterministic and ignores the order of the numbers', () => {
    const a = treeOfThoughts24([4, 9, 10, 13], { beam: 3, value: 'one-step' });
    expect(treeOfThoughts24([4, 9, 10, 13], { beam: 3, value: 'one-step' })).toEqual(a);
    expect(treeOfThoughts24([13, 10, 9, 4], { beam: 3, value: 'one-step' })).toEqual(a);
    expect(solve24([13, 4, 10, 9], { all: true })).toEqual(solve24([4, 9, 10, 13], { all: true }));
  });

  it('links parents and children and keeps the tree consistent', () => {
    const r = treeOfThoughts24([1, 5, 5, 5], { beam: 4, value: 'rollout' });
    expect(r.nodes[0]).toMatchObject({
      id: 0,
      parent: null,
      depth: 0,
      numbers: ['1', '5', '5', '5'],
      kept: true,
    });
    for (const n of r.nodes) {
      expect(r.nodes[n.id]).toBe(n);
      for (const c of n.children) expect(r.nodes[c]?.parent).toBe(n.id);
      if (n.parent !== null) {
        expect(r.nodes[n.parent]?.kept).toBe(true);
        expect(n.numbers.length).toBe(4 - n.depth);
      }
    }
    // only kept states below the last step have children
    expect(r.nodes.filter((n) => n.children.length > 0).every((n) => n.kept && n.depth < 3)).toBe(true);
  });

  it('rejects a bad beam or heuristic', () => {
    expect(() => treeOfThoughts24([4, 9, 10, 13], { beam: 0 })).toThrow(
      new RangeError('beam must be an integer in [1, 100], got 0'),
    );
    expect(() => treeOfThoughts24([4, 9, 10, 13], { beam: 2.5 })).toThrow(RangeError);
    expect(() => treeOfThoughts24([4, 9, 10, 13], { beam: Number.NaN })).toThrow(RangeError);
    expect(() => treeOfThoughts24([4, 9, 10, 13], { beam: '5' as unknown as number })).toThrow(TypeError);
    expect(() => treeOfThoughts24([4, 9, 10, 13], { value: 'llm' as unknown as 'oracle' })).toThrow(
      new RangeError(`value must be one of 'rollout', 'one-step', 'oracle', got "llm"`),
    );
    expect(() => treeOfThoughts24([4, 9, 10], { beam: 5 })).toThrow(RangeError);
    expect(() => treeOfThoughts24([4, 9, 10, 13], null as unknown as { beam: number })).toThrow(TypeError);
  });

  it('does not mutate its input', () => {
    const numbers = [13, 4, 10, 9];
    treeOfThoughts24(numbers);
    solve24(numbers, { all: true });
    expect(numbers).toEqual([13, 4, 10, 9]);
  });
});
