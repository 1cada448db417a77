/**
 * contextCost against hand arithmetic (s = 1000, t = 500, n = 10, worked out below) and against an
 * independent simulation that builds every prompt block by block and lets a cache hold every earlier
 * prompt, reading the longest one that is a prefix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contextCost,
  fullHistoryInputTokens,
  type ContextCostInput,
  type MemoryPolicy,
  type PromptCaching,
} from '@/lib/agents';

const BASE = {
  systemTokens: 1000,
  stepTokens: 500,
  outputTokens: 100,
  steps: 10,
  inputPricePerMillion: 3,
  outputPricePerMillion: 15,
} as const;
const ON = { enabled: true } as const;

const run = (
  policy: MemoryPolicy,
  caching?: ContextCostInput['caching'],
  patch: Partial<ContextCostInput> = {},
) => contextCost({ ...BASE, policy, ...(caching ? { caching } : {}), ...patch });

describe('contextCost — full history', () => {
  it('sends s + (i − 1)·t at step i: 32,500 tokens for s = 1000, t = 500, n = 10', () => {
    const r = run({ kind: 'full' });
    // 1000, 1500, …, 5500: ten terms, mean (1000 + 5500)/2 = 3250, sum 32,500
    expect(r.steps.map((c) => c.input)).toEqual([1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500]);
    expect(r.totals.input).toBe(32_500);
    expect(fullHistoryInputTokens(1000, 500, 10)).toBe(32_500);
    expect(r.steps.every((c) => c.cached === 0 && c.fresh === c.input)).toBe(true);
    expect(r.summaries).toEqual([]);
    expect(r.totals.calls).toBe(10);
    expect(r.peakInput).toBe(5500);
    // 32,500 · $3/M = $0.0975; 10 · 100 output tokens · $15/M = $0.015
    expect(r.cost.input).toBeCloseTo(0.0975, 12);
    expect(r.cost.output).toBeCloseTo(0.015, 12);
    expect(r.cost.total).toBeCloseTo(0.1125, 12);
    expect(r.cost.summary).toBe(0);
  });

  it('matches the closed form n·s + t·n(n − 1)/2', () => {
    expect(fullHistoryInputTokens(0, 1, 4)).toBe(6); // 0 + 1 + 2 + 3
    expect(fullHistoryInputTokens(2000, 500, 20)).toBe(135_000); // 40,000 + 500·190
    expect(fullHistoryInputTokens(7, 0, 3)).toBe(21);
    for (const [s, t, n] of [
      [3, 5, 1],
      [1234, 567, 89],
      [0, 10_000_000, 10_000],
    ] as const) {
      expect(
        run({ kind: 'full' }, undefined, { systemTokens: s, stepTokens: t, outputTokens: 0, steps: n }).totals
          .input,
      ).toBe(fullHistoryInputTokens(s, t, n));
    }
  });

  it('with caching reads the previous prompt and writes t each step', () => {
    const r = run({ kind: 'full' }, ON);
    // step 1 writes s; step i ≥ 2 reads s + (i − 2)·t and writes t
    expect(r.steps.map((c) => c.cached)).toEqual([0, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000]);
    expect(r.steps.map((c) => c.fresh)).toEqual([1000, 500, 500, 500, 500, 500, 500, 500, 500, 500]);
    // cached 9·1000 + 500·(0 + … + 8) = 27,000; fresh 1000 + 9·500 = 5,500
    expect(r.totals.cached).toBe(27_000);
    expect(r.totals.fresh).toBe(5_500);
    expect(r.totals.input).toBe(32_500);
    // (5,500 · 1.25 + 27,000 · 0.1) · $3/M = 9,575 · 3e-6 = $0.028725
    expect(r.cost.input).toBeCloseTo(0.028725, 12);
    expect(r.cost.total).toBeCloseTo(0.043725, 12);
    // one call by hand: step 2 = (500 · 1.25 + 1000 · 0.1) · 3e-6 + 100 · 15e-6 = 0.0021750 + 0.0015
    expect(r.steps[1]?.cost).toBeCloseTo(0.003675, 12);
  });

  it('uses the factors it is given (OpenAI-style: no write fee, half-price reads)', () => {
    const r = run({ kind: 'full' }, { enabled: true, readFactor: 0.5, writeFactor: 1 });
    // (5,500 + 27,000 · 0.5) · 3e-6 = 19,000 · 3e-6
    expect(r.cost.input).toBeCloseTo(0.057, 12);
    const off = run({ kind: 'full' }, { enabled: false, readFactor: 0.5, writeFactor: 1 });
    expect(off.totals.cached).toBe(0);
    expect(off.cost.input).toBeCloseTo(0.0975, 12);
  });
});

describe('contextCost — sliding window', () => {
  it('keeps the last w steps: s + min(i − 1, w)·t', () => {
    const r = run({ kind: 'window', window: 3 });
    expect(r.steps.map((c) => c.input)).toEqual([1000, 1500, 2000, 2500, 2500, 2500, 2500, 2500, 2500, 2500]);
    // 1000 + 1500 + 2000 + 7 · 2500
    expect(r.totals.input).toBe(22_000);
    expect(r.peakInput).toBe(2500);
  });

  it('loses the cache once the window slides: only s is read from step w + 2 on', () => {
    const r = run({ kind: 'window', window: 3 }, ON);
    expect(r.steps.map((c) => c.cached)).toEqual([0, 1000, 1500, 2000, 1000, 1000, 1000, 1000, 1000, 1000]);
    expect(r.steps.map((c) => c.fresh)).toEqual([1000, 500, 500, 500, 1500, 1500, 1500, 1500, 1500, 1500]);
    expect(r.totals.cached).toBe(10_500);
    expect(r.totals.fresh).toBe(11_500);
    // (11,500 · 1.25 + 10,500 · 0.1) · 3e-6 = 15,425 · 3e-6: more than full history's 9,575 · 3e-6
    expect(r.cost.input).toBeCloseTo(0.046275, 12);
    expect(r.cost.input).toBeGreaterThan(run({ kind: 'full' }, ON).cost.input);
  });

  it('equals full history when the window holds every earlier step', () => {
    for (const window of [9, 10, 10_000]) {
      const r = run({ kind: 'window', window }, ON);
      const full = run({ kind: 'full' }, ON);
      expect(r.steps).toEqual(full.steps);
      expect(r.totals).toEqual(full.totals);
    }
  });
});

describe('contextCost — summaries', () => {
  const policy = { kind: 'summary', every: 4, summaryTokens: 300 } as const;

  it('compresses after steps e, 2e, … (not after the last) and counts the summariser calls', () => {
    const r = run(policy);
    // steps 1–4: 1000 … 2500; 5–8: s + σ + (i − 5)·t; 9–10: s + σ, s + σ + t
    expect(r.steps.map((c) => c.input)).toEqual([1000, 1500, 2000, 2500, 1300, 1800, 2300, 2800, 1300, 1800]);
    expect(r.summaries.map((c) => [c.step, c.input, c.output])).toEqual([
      [4, 3000, 300], // s + 4t
      [8, 3300, 300], // s + σ + 4t
    ]);
    expect(r.totals.input).toBe(18_300 + 6_300);
    expect(r.totals.summaryInput).toBe(6_300);
    expect(r.totals.output).toBe(10 * 100 + 2 * 300);
    expect(r.totals.summaryOutput).toBe(600);
    expect(r.totals.calls).toBe(12);
    // summariser calls: 6,300 · 3e-6 + 600 · 15e-6 = 0.0189 + 0.009
    expect(r.cost.summary).toBeCloseTo(0.0279, 12);
    // all calls: 24,600 · 3e-6 + 1,600 · 15e-6
    expect(r.cost.total).toBeCloseTo(0.0738 + 0.024, 12);
  });

  it('with caching reads s only right after a summary; the summariser reads the step it follows', () => {
    const r = run(policy, ON);
    expect(r.steps.map((c) => c.cached)).toEqual([0, 1000, 1500, 2000, 1000, 1300, 1800, 2300, 1000, 1300]);
    expect(r.steps.map((c) => c.fresh)).toEqual([1000, 500, 500, 500, 300, 500, 500, 500, 300, 500]);
    expect(r.summaries.map((c) => [c.cached, c.fresh])).toEqual([
      [2500, 500],
      [2800, 500],
    ]);
  });

  it('never summarises when every ≥ n, and summarises after every step when every = 1', () => {
    expect(run({ kind: 'summary', every: 10, summaryTokens: 300 }).totals).toEqual(
      run({ kind: 'full' }).totals,
    );
    const r = run({ kind: 'summary', every: 1, summaryTokens: 50 }, ON);
    expect(r.steps.map((c) => c.input)).toEqual([1000, ...Array<number>(9).fill(1050)]);
    expect(r.summaries).toHaveLength(9);
    // the summariser after step 1 reads [S] and writes R1; later ones read [S, Sum] and write R
    expect(r.summaries.map((c) => c.input)).toEqual([1500, ...Array<number>(8).fill(1550)]);
    expect(r.summaries.map((c) => c.cached)).toEqual([1000, ...Array<number>(8).fill(1050)]);
    expect(r.steps.map((c) => c.cached)).toEqual([0, ...Array<number>(9).fill(1000)]);
  });
});

/**
 * An independent model of the same conventions: the prompts as lists of named blocks, the agent's
 * history kept as a list, and a cache of every earlier prompt.
 */
function simulate(input: ContextCostInput) {
  type Block = { id: string; size: number };
  const { systemTokens: s, stepTokens: t, outputTokens: o, steps: n, policy } = input;
  const calls: { kind: string; step: number; input: number; reusable: number; output: number }[] = [];
  const cache: Block[][] = [];
  const size = (blocks: readonly Block[]) => blocks.reduce((a, b) => a + b.size, 0);
  const call = (kind: string, step: number, prompt: Block[], output: number) => {
    let reusable = 0;
    for (const earlier of cache) {
      const prefix = earlier.length <= prompt.length && earlier.every((b, j) => b.id === prompt[j]?.id);
      if (prefix) reusable = Math.max(reusable, size(earlier));
    }
    cache.push(prompt);
    calls.push({ kind, step, input: size(prompt), reusable, output });
  };
  const system: Block = { id: 'S', size: s };
  let history: Block[] = [];
  let summary: Block | null = null;
  for (let i = 1; i <= n; i++) {
    const kept =
      policy.kind === 'window' ? history.slice(Math.max(0, history.length - policy.window)) : history;
    call('step', i, [system, ...(summary ? [summary] : []), ...kept], o);
    history = [...history, { id: `R${i}`, size: t }];
    if (policy.kind === 'summary' && i % policy.every === 0 && i < n) {
      call('summary', i, [system, ...(summary ? [summary] : []), ...history], policy.summaryTokens);
      summary = { id: `Sum${i}`, size: policy.summaryTokens };
      history = [];
    }
  }
  return calls;
}

const arbitraryPolicy: fc.Arbitrary<MemoryPolicy> = fc.oneof(
  fc.constant({ kind: 'full' } as const),
  fc.integer({ min: 1, max: 12 }).map((window) => ({ kind: 'window', window }) as const),
  fc
    .record({ every: fc.integer({ min: 1, max: 12 }), summaryTokens: fc.integer({ min: 0, max: 3000 }) })
    .map((p) => ({ kind: 'summary', ...p }) as const),
);

describe('contextCost — against a block-by-block simulation', () => {
  it('agrees on every call, with and without caching', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 30 }),
        arbitraryPolicy,
        fc.boolean(),
        (s, t, n, policy, enabled) => {
          const input: ContextCostInput = {
            systemTokens: s,
            stepTokens: t,
            outputTokens: Math.floor(t / 3),
            steps: n,
            policy,
            caching: { enabled },
            inputPricePerMillion: 2,
            outputPricePerMillion: 8,
          };
          const r = contextCost(input);
          const expected = simulate(input);
          const calls = [...r.steps, ...r.summaries].sort(
            (a, b) => a.step - b.step || (a.kind === 'step' ? -1 : 1),
          );
          expect(calls.map((c) => [c.kind, c.step, c.input, c.output])).toEqual(
            expected.map((c) => [c.kind, c.step, c.input, c.output]),
          );
          expect(calls.map((c) => c.cached)).toEqual(expected.map((c) => (enabled ? c.reusable : 0)));
          expect(r.totals.input).toBe(expected.reduce((a, c) => a + c.input, 0));
          expect(r.totals.cached + r.totals.fresh).toBe(r.totals.input);
          const perCall = calls.reduce((a, c) => a + c.cost, 0);
          expect(r.cost.total).toBeCloseTo(perCall, 9);
        },
      ),
    );
  });
});

describe('contextCost — validation names the field', () => {
  const cases: [Partial<ContextCostInput> & Record<string, unknown>, RegExp, ErrorConstructor][] = [
    [{ systemTokens: -1 }, /^systemTokens must be an integer in \[0, 10000000\], got -1$/, RangeError],
    [{ systemTokens: 1.5 }, /^systemTokens must be an integer/, RangeError],
    [{ stepTokens: Number.NaN }, /^stepTokens must be an integer .*got NaN$/, RangeError],
    [{ stepTokens: 10_000_001 }, /^stepTokens must be/, RangeError],
    [
      { outputTokens: 600 },
      /^outputTokens must be <= stepTokens .*got outputTokens = 600, stepTokens = 500$/,
      RangeError,
    ],
    [{ steps: 0 }, /^steps must be an integer in \[1, 10000\], got 0$/, RangeError],
    [{ steps: 10_001 }, /^steps must be/, RangeError],
    [{ steps: '10' as unknown as number }, /^steps must be a number, got "10"$/, TypeError],
    [
      { policy: { kind: 'window', window: 0 } },
      /^policy\.window must be an integer in \[1, 10000\], got 0$/,
      RangeError,
    ],
    [{ policy: { kind: 'summary', every: 2.5, summaryTokens: 10 } }, /^policy\.every must be/, RangeError],
    [
      { policy: { kind: 'summary', every: 2, summaryTokens: -3 } },
      /^policy\.summaryTokens must be/,
      RangeError,
    ],
    [
      { policy: { kind: 'lru' } as unknown as MemoryPolicy },
      /^policy\.kind must be one of 'full', 'window', 'summary', got "lru"$/,
      RangeError,
    ],
    [{ policy: null as unknown as MemoryPolicy }, /^policy must be an object, got null$/, TypeError],
    [
      { caching: { enabled: 'yes' } as unknown as PromptCaching },
      /^caching\.enabled must be a boolean/,
      TypeError,
    ],
    [
      { caching: { enabled: true, readFactor: 1.5 } },
      /^caching\.readFactor must be in \[0, 1\], got 1\.5$/,
      RangeError,
    ],
    [
      { caching: { enabled: true, writeFactor: 0.5 } },
      /^caching\.writeFactor must be in \[1, 10\], got 0\.5$/,
      RangeError,
    ],
    [
      { caching: { enabled: true, writeFactor: Number.POSITIVE_INFINITY } },
      /^caching\.writeFactor must be/,
      RangeError,
    ],
    [{ inputPricePerMillion: -1 }, /^inputPricePerMillion must be finite and >= 0, got -1$/, RangeError],
    [
      { outputPricePerMillion: Number.POSITIVE_INFINITY },
      /^outputPricePerMillion must be finite and >= 0, got Infinity$/,
      RangeError,
    ],
  ];
  it.each(cases)('%o', (patch, message, type) => {
    const call = () => contextCost({ ...BASE, policy: { kind: 'full' }, ...patch } as ContextCostInput);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('rejects a missing input and bad closed-form arguments', () => {
    expect(() => contextCost(undefined as unknown as ContextCostInput)).toThrow(TypeError);
    expect(() => fullHistoryInputTokens(1000, 500, 0)).toThrow(/^steps must be/);
    expect(() => fullHistoryInputTokens(-1, 500, 3)).toThrow(/^systemTokens must be/);
  });

  it('stays exact at the largest inputs', () => {
    const r = contextCost({
      systemTokens: 10_000_000,
      stepTokens: 10_000_000,
      outputTokens: 10_000_000,
      steps: 10_000,
      policy: { kind: 'full' },
      caching: ON,
      inputPricePerMillion: 15,
      outputPricePerMillion: 75,
    });
    // 10⁴ · 10⁷ + 10⁷ · 10⁴ · 9,999 / 2 = 10¹¹ + 499,950,000,000,000
    expect(r.totals.input).toBe(500_050_000_000_000);
    expect(Number.isSafeInteger(r.totals.cached)).toBe(true);
    expect(Number.isFinite(r.cost.total)).toBe(true);
  });
});
