/**
 * The workflow-pattern model against hand-checkable arithmetic: products of per-call success,
 * binomial tails for majority votes (enumerated by hand below), and a geometric series for the
 * evaluator–optimizer loop (checked in Python by enumerating every accept/reject path).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callsInParallel,
  callsInSequence,
  chainWorkflow,
  evaluatorOptimizerWorkflow,
  orchestratorWorkersWorkflow,
  parallelWorkflow,
  routingWorkflow,
  singleCall,
  WORKFLOW_LIMITS,
  type LlmCall,
} from '@/lib/agents';

const CALL: LlmCall = { latency: 2, tokens: 1000, success: 0.9 };
const prob = fc.double({ min: 0, max: 1, noNaN: true });

describe('singleCall', () => {
  it('is the call itself', () => {
    expect(singleCall({ latency: 2, tokens: 1000, success: 0.7 })).toEqual({
      latency: 2,
      tokens: 1000,
      success: 0.7,
      calls: 1,
    });
  });

  it('names the field that is out of range', () => {
    expect(() => singleCall({ ...CALL, success: 1.5 })).toThrow(
      new RangeError('call.success must be in [0, 1], got 1.5'),
    );
    expect(() => singleCall({ ...CALL, latency: -1 })).toThrow(
      /^call\.latency must be in \[0, 3600\] seconds, got -1$/,
    );
    expect(() => singleCall({ ...CALL, tokens: Number.NaN })).toThrow(
      /^call\.tokens must be in \[0, 10000000\], got NaN$/,
    );
    expect(() => singleCall({ ...CALL, latency: Infinity })).toThrow(RangeError);
    expect(() => singleCall({ ...CALL, tokens: '5' as unknown as number })).toThrow(TypeError);
    expect(() => singleCall(null as unknown as LlmCall)).toThrow(TypeError);
  });
});

describe('callsInSequence and callsInParallel', () => {
  const a = { latency: 1, tokens: 100, success: 0.9 };
  const b = { latency: 3, tokens: 300, success: 0.8 };
  const c = { latency: 2, tokens: 50, success: 0.5 };

  it('adds latencies in sequence and takes the slowest in parallel', () => {
    const seq = callsInSequence([a, b, c]);
    expect(seq.latency).toBe(1 + 3 + 2);
    expect(seq.tokens).toBe(100 + 300 + 50);
    expect(seq.success).toBeCloseTo(0.9 * 0.8 * 0.5, 15); // 0.36
    expect(seq.calls).toBe(3);
    const par = callsInParallel([a, b, c]);
    expect(par.latency).toBe(3);
    expect(par.tokens).toBe(450);
    expect(par.success).toBeCloseTo(0.36, 15);
  });

  it('refuses an empty list and names the bad call', () => {
    expect(() => callsInSequence([])).toThrow(
      new RangeError('calls must hold at least one call, got an empty array'),
    );
    expect(() => callsInParallel([a, { ...b, success: -0.1 }])).toThrow(
      new RangeError('calls[1].success must be in [0, 1], got -0.1'),
    );
    expect(() => callsInSequence('x' as unknown as LlmCall[])).toThrow(TypeError);
  });
});

describe('chainWorkflow', () => {
  it('multiplies success over the steps: 3 steps at p = 0.9 give 0.729', () => {
    const r = chainWorkflow({ call: CALL, steps: 3 });
    expect(r.latency).toBe(6); // 3 × 2 s
    expect(r.tokens).toBe(3000);
    expect(r.success).toBeCloseTo(0.729, 15);
    expect(r.calls).toBe(3);
  });

  it('is one call at 1 step, and 0.9^10 = 0.3486784401 at 10', () => {
    expect(chainWorkflow({ call: CALL, steps: 1 })).toEqual(singleCall(CALL));
    expect(chainWorkflow({ call: CALL, steps: 10 }).success).toBeCloseTo(0.3486784401, 14);
  });

  it('never gains success from another step', () => {
    fc.assert(
      fc.property(prob, fc.integer({ min: 1, max: 99 }), (p, n) => {
        const call = { ...CALL, success: p };
        return chainWorkflow({ call, steps: n + 1 }).success <= chainWorkflow({ call, steps: n }).success;
      }),
    );
  });

  it('refuses a step count outside [1, 100]', () => {
    for (const steps of [0, 101, 2.5, Number.NaN]) {
      expect(() => chainWorkflow({ call: CALL, steps })).toThrow(
        /^steps must be an integer in \[1, 100\], got /,
      );
    }
    expect(() => chainWorkflow({ call: { ...CALL, tokens: -5 }, steps: 3 })).toThrow(/^call\.tokens must be/);
  });
});

describe('routingWorkflow', () => {
  it('is router accuracy × handler success when a misroute fails', () => {
    const r = routingWorkflow({ call: CALL, routerAccuracy: 0.95 });
    expect(r.latency).toBe(4);
    expect(r.tokens).toBe(2000);
    expect(r.success).toBeCloseTo(0.855, 15); // 0.95 × 0.9
    expect(r.calls).toBe(2);
  });

  it('adds the misrouted share times the fallback success', () => {
    // 0.95 × 0.9 + 0.05 × 0.5 = 0.855 + 0.025
    expect(routingWorkflow({ call: CALL, routerAccuracy: 0.95, misroutedSuccess: 0.5 }).success).toBeCloseTo(
      0.88,
      15,
    );
    // a perfect router: the handler's own success
    expect(routingWorkflow({ call: CALL, routerAccuracy: 1 }).success).toBe(0.9);
  });

  it('names routerAccuracy and misroutedSuccess when they are out of range', () => {
    expect(() => routingWorkflow({ call: CALL, routerAccuracy: 2 })).toThrow(
      new RangeError('routerAccuracy must be in [0, 1], got 2'),
    );
    expect(() => routingWorkflow({ call: CALL, routerAccuracy: 0.9, misroutedSuccess: -1 })).toThrow(
      /^misroutedSuccess must be in \[0, 1\]/,
    );
  });
});

describe('parallelWorkflow', () => {
  it('sectioning: one call of latency, k calls of tokens, every section right', () => {
    const r = parallelWorkflow({ call: CALL, workers: 3, mode: 'sectioning' });
    expect(r).toMatchObject({ latency: 2, tokens: 3000, calls: 3 });
    expect(r.success).toBeCloseTo(0.729, 15);
    expect(
      parallelWorkflow({ call: { ...CALL, success: 0.95 }, workers: 4, mode: 'sectioning' }).success,
    ).toBeCloseTo(
      0.81450625, // 0.95⁴
      15,
    );
  });

  it('voting: the majority of k independent binary verdicts', () => {
    const vote = (p: number, k: number) =>
      parallelWorkflow({ call: { ...CALL, success: p }, workers: k, mode: 'voting' });
    expect(vote(0.9, 3).success).toBeCloseTo(0.972, 12); // 0.9³ + 3·0.9²·0.1 = 0.729 + 0.243
    expect(vote(0.8, 3).success).toBeCloseTo(0.896, 12); // 0.512 + 3·0.64·0.2
    // 0.7, k = 5: 10·0.7³·0.3² + 5·0.7⁴·0.3 + 0.7⁵ = 0.3087 + 0.36015 + 0.16807
    expect(vote(0.7, 5).success).toBeCloseTo(0.83692, 12);
    // an even vote: a 1–1 split is a coin toss, so 2 votes are worth 1 and 4 are worth 3
    expect(vote(0.8, 2).success).toBeCloseTo(0.8, 12); // 0.64 + ½·2·0.8·0.2
    expect(vote(0.6, 4).success).toBeCloseTo(0.648, 12);
    expect(vote(0.6, 3).success).toBeCloseTo(0.648, 12);
    expect(vote(0.9, 1).success).toBeCloseTo(0.9, 15);
    expect(vote(0.9, 3)).toMatchObject({ latency: 2, tokens: 3000, calls: 3 });
    // a coin-flip voter stays a coin flip; certain voters stay certain
    expect(vote(0.5, 7).success).toBeCloseTo(0.5, 12);
    expect(vote(1, 4).success).toBe(1);
    expect(vote(0, 5).success).toBe(0);
  });

  it('voting helps a better-than-chance voter and hurts a worse-than-chance one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.51, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (p, j) => {
          const k = 2 * j + 1;
          const call = { ...CALL, success: p };
          const more = parallelWorkflow({ call, workers: k, mode: 'voting' }).success;
          const fewer = parallelWorkflow({ call, workers: k - 2, mode: 'voting' }).success;
          const worse = parallelWorkflow({
            call: { ...CALL, success: 1 - p },
            workers: k,
            mode: 'voting',
          }).success;
          return more >= fewer - 1e-12 && worse <= 1 - p + 1e-12;
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names workers and mode when they are wrong', () => {
    expect(() => parallelWorkflow({ call: CALL, workers: 120, mode: 'voting' })).toThrow(
      new RangeError(`workers must be an integer in [1, ${WORKFLOW_LIMITS.maxWorkers}], got 120`),
    );
    expect(() => parallelWorkflow({ call: CALL, workers: 3, mode: 'debate' as 'voting' })).toThrow(
      new RangeError(`mode must be one of 'sectioning', 'voting', got "debate"`),
    );
  });
});

describe('orchestratorWorkersWorkflow', () => {
  it('is orchestrator, parallel workers, synthesiser: 3 latencies, k + 2 calls', () => {
    const r = orchestratorWorkersWorkflow({ call: CALL, workers: 3 });
    expect(r.latency).toBe(6); // 2 + 2 + 2 s
    expect(r.tokens).toBe(5000);
    expect(r.calls).toBe(5);
    expect(r.success).toBeCloseTo(0.59049, 15); // 0.9⁵
    expect(orchestratorWorkersWorkflow({ call: CALL, workers: 20 }).latency).toBe(6);
  });

  it('refuses a worker count outside [1, 99]', () => {
    expect(() => orchestratorWorkersWorkflow({ call: CALL, workers: 0 })).toThrow(
      /^workers must be an integer/,
    );
  });
});

describe('evaluatorOptimizerWorkflow', () => {
  it('with a perfect evaluator, fails only when every draft is wrong: 1 − 0.5³', () => {
    const r = evaluatorOptimizerWorkflow({
      call: { latency: 2, tokens: 1000, success: 0.5 },
      maxRounds: 3,
      trueAcceptRate: 1,
      falseAcceptRate: 0,
    });
    expect(r.success).toBeCloseTo(0.875, 15);
    expect(r.expectedRounds).toBeCloseTo(1.75, 15); // 1 + 0.5 + 0.25
    expect(r.reach).toEqual([1, 0.5, 0.25]);
    expect(r.latency).toBeCloseTo(7, 12); // 2 calls × 2 s × 1.75
    expect(r.tokens).toBeCloseTo(3500, 9);
    expect(r.calls).toBeCloseTo(3.5, 15);
    expect(r.exhausted).toBeCloseTo(0.125, 15);
    expect(r).toMatchObject({ worstLatency: 12, worstTokens: 6000 });
  });

  it('with an imperfect evaluator: p = 0.6, accepts 0.9 / 0.1, 2 rounds → 0.792', () => {
    // A = 0.54 + 0.04 = 0.58; 0.54 + 0.42·0.54 + 0.42·0.6·0.1 = 0.54 + 0.2268 + 0.0252
    const r = evaluatorOptimizerWorkflow({
      call: { ...CALL, success: 0.6 },
      maxRounds: 2,
      trueAcceptRate: 0.9,
      falseAcceptRate: 0.1,
    });
    expect(r.success).toBeCloseTo(0.792, 14);
    expect(r.expectedRounds).toBeCloseTo(1.42, 14);
    // p = 0.9, accepts 0.9 / 0.1, 3 rounds: E = 1 + 0.18 + 0.0324 = 1.2124, success 0.98496
    const d = evaluatorOptimizerWorkflow({
      call: CALL,
      maxRounds: 3,
      trueAcceptRate: 0.9,
      falseAcceptRate: 0.1,
    });
    expect(d.expectedRounds).toBeCloseTo(1.2124, 14);
    expect(d.success).toBeCloseTo(0.98496, 14);
    expect(d.latency).toBeCloseTo(4.8496, 12);
  });

  it('matches an enumeration of every accept/reject path', () => {
    // Python, enumerating all 2^(2R) paths: p = 0.3, a = 0.7, b = 0.2, R = 4 → 0.5176125
    const r = evaluatorOptimizerWorkflow({
      call: { ...CALL, success: 0.3 },
      maxRounds: 4,
      trueAcceptRate: 0.7,
      falseAcceptRate: 0.2,
    });
    expect(r.success).toBeCloseTo(0.5176125, 14);
    expect(r.expectedRounds).toBeCloseTo(2.347125, 14);
  });

  it('cannot change the answer in one round, and never exceeds 1 − (1 − p)^R', () => {
    fc.assert(
      fc.property(prob, prob, prob, fc.integer({ min: 1, max: 100 }), (p, a, b, rounds) => {
        const call = { ...CALL, success: p };
        const one = evaluatorOptimizerWorkflow({ call, maxRounds: 1, trueAcceptRate: a, falseAcceptRate: b });
        const many = evaluatorOptimizerWorkflow({
          call,
          maxRounds: rounds,
          trueAcceptRate: a,
          falseAcceptRate: b,
        });
        return (
          Math.abs(one.success - p) < 1e-12 &&
          many.success <= 1 - (1 - p) ** rounds + 1e-12 &&
          many.success >= 0 &&
          many.expectedRounds >= 1 &&
          many.expectedRounds <= rounds + 1e-9
        );
      }),
    );
  });

  it('runs every round when the evaluator rejects everything', () => {
    const r = evaluatorOptimizerWorkflow({ call: CALL, maxRounds: 4, trueAcceptRate: 0, falseAcceptRate: 0 });
    expect(r.expectedRounds).toBe(4);
    expect(r.success).toBeCloseTo(0.9, 15); // the last draft, returned anyway
    expect(r.exhausted).toBe(1);
  });

  it('names the rate or the round count that is out of range', () => {
    const base = { call: CALL, maxRounds: 3, trueAcceptRate: 0.9, falseAcceptRate: 0.1 };
    expect(() => evaluatorOptimizerWorkflow({ ...base, trueAcceptRate: 1.5 })).toThrow(
      new RangeError('trueAcceptRate must be in [0, 1], got 1.5'),
    );
    expect(() => evaluatorOptimizerWorkflow({ ...base, falseAcceptRate: -0.5 })).toThrow(
      /^falseAcceptRate must be/,
    );
    expect(() => evaluatorOptimizerWorkflow({ ...base, maxRounds: 0 })).toThrow(
      new RangeError('maxRounds must be an integer in [1, 100], got 0'),
    );
    expect(() => evaluatorOptimizerWorkflow(undefined as unknown as typeof base)).toThrow(TypeError);
  });
});
