import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXERCISE_KINDS,
  answerDigits,
  checkExercise,
  generateExercise,
  LORA_TARGET_SETS,
  tolerance,
} from '@/lib/study';
import { loraTargetShapes } from '@/lib/calculators';
import { contextCost } from '@/lib/agents/context-cost';

/** C(n, k) by the multiplicative formula (exact for the small n the exercises use). */
const choose = (n: number, k: number) => {
  let result = 1;
  for (let i = 0; i < k; i++) result = (result * (n - i)) / (i + 1);
  return result;
};

describe('generateExercise', () => {
  it('is deterministic: the same seed gives the same exercise', () => {
    for (const kind of EXERCISE_KINDS) expect(generateExercise(kind, 42)).toEqual(generateExercise(kind, 42));
  });

  it('generates readable distributions: hundredths that sum to 1, most likely first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const ex = generateExercise('top-p', seed);
        if (ex.kind !== 'top-p') return;
        expect(ex.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect([...ex.probs].sort((a, b) => b - a)).toEqual(ex.probs);
        // Sorted probabilities: the kept set is a prefix and always reaches top_p (HF keeps the crossing token).
        const kept = ex.answer.reduce((sum, i) => sum + (ex.probs[i] ?? 0), 0);
        expect(ex.answer).toEqual(ex.answer.map((_, i) => i));
        expect(kept).toBeGreaterThanOrEqual(ex.topP - 1e-9);
      }),
    );
  });

  it('asks for an annealed probability that matches p^(1/T) renormalised by hand', () => {
    const ex = generateExercise('anneal', 7);
    if (ex.kind !== 'anneal') throw new Error('wrong kind');
    const powered = ex.probs.map((p) => p ** (1 / ex.temperature));
    expect(ex.answer).toBeCloseTo(powered[0]! / powered.reduce((a, b) => a + b, 0), 12);
  });

  it('pretraining kinds: ALiBi slopes of 8 heads are 1/2 … 1/256 (ALiBi paper §3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const ex = generateExercise('alibi-slope', seed);
        if (ex.kind !== 'alibi-slope') throw new Error('wrong kind');
        expect(ex.head).toBeGreaterThanOrEqual(1);
        expect(ex.head).toBeLessThanOrEqual(ex.numHeads);
        if (ex.numHeads === 8) expect(ex.answer).toBe(2 ** -ex.head);
      }),
    );
  });

  it('pretraining kinds: KV cache in MiB is 2·layers·kvHeads·headDim·seqLen·batch·bytes / 2²⁰', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const ex = generateExercise('kv-cache', seed);
        if (ex.kind !== 'kv-cache') throw new Error('wrong kind');
        const bytes = 2 * ex.layers * ex.kvHeads * ex.headDim * ex.seqLen * ex.batch * ex.bytesPerElem;
        expect(ex.answer * 2 ** 20).toBe(bytes);
        expect(ex.numHeads % ex.kvHeads).toBe(0);
      }),
    );
  });

  it('pretraining kinds: a small LLaMA-style config and a BPE count that is a whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const p = generateExercise('param-count', seed);
        if (p.kind !== 'param-count') throw new Error('wrong kind');
        const {
          hiddenSize: d,
          numLayers: l,
          numHeads: h,
          numKvHeads: kv,
          intermediateSize: f,
          vocabSize: v,
        } = p.config;
        // embedding + L·(attention + gated MLP + 2 RMSNorm weights) + final norm + untied head
        const head = d / h;
        const perLayer = 2 * d * d + 2 * d * (kv ?? h) * head + 3 * d * f + 2 * d;
        const total = v * d + l * perLayer + d + (p.config.tiedEmbeddings ? 0 : v * d);
        expect(p.answer * 1e6).toBeCloseTo(total, 3);

        const b = generateExercise('bpe-merge', seed);
        if (b.kind !== 'bpe-merge') throw new Error('wrong kind');
        expect(b.corpus).toHaveLength(4);
        expect(Number.isInteger(b.answer) && b.answer >= 1).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('Pretraining II kinds: ZeRO stage 3 splits all 16Ψ bytes; bubble (p − 1)/(v·m); LR and BF16 in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const z = generateExercise('zero-memory', seed);
        if (z.kind !== 'zero-memory') throw new Error('wrong kind');
        // ZeRO paper §5: stage 0 keeps 16Ψ bytes per GPU, stage 3 keeps 16Ψ/N_d
        if (z.stage === 0) expect(z.answer).toBeCloseTo((16 * z.params) / 1e9, 9);
        if (z.stage === 3) expect(z.answer).toBeCloseTo((16 * z.params) / z.numGpus / 1e9, 9);
        const b = generateExercise('pipeline-bubble', seed);
        if (b.kind !== 'pipeline-bubble') throw new Error('wrong kind');
        expect(b.microBatches % b.stages).toBe(0);
        expect(b.answer).toBeCloseTo((b.stages - 1) / (b.interleave * b.microBatches), 12);
        const l = generateExercise('lr-at-step', seed);
        if (l.kind !== 'lr-at-step') throw new Error('wrong kind');
        expect(l.answer).toBeGreaterThanOrEqual(0);
        expect(l.answer).toBeLessThanOrEqual(l.peakLr * 1e4 + 1e-9);
        const r = generateExercise('bf16-round', seed);
        if (r.kind !== 'bf16-round') throw new Error('wrong kind');
        // bf16 keeps 8 significant bits: the relative rounding error is at most 2⁻⁸
        expect(Math.abs(r.answer - r.value) / Math.abs(r.value)).toBeLessThanOrEqual(2 ** -8);
      }),
      { numRuns: 50 },
    );
  });

  it('BF16 of 1/3 is 0.333984375 (the bit pattern 0x3EAB)', () => {
    expect(
      checkExercise({ kind: 'bf16-round', seed: 0, value: 1 / 3, answer: 0.333984375 }, '0.3340'),
    ).toEqual({
      ok: true,
      correct: true,
    });
  });

  it('alignment kinds: PEFT’s LLaMA-2-7B count, DPO at h = 0 is ln 2, GRPO advantages sum to 0, PPO clip', () => {
    // PEFT print_trainable_parameters for meta-llama/Llama-2-7b-hf, r = 8 on q_proj and v_proj:
    // "trainable params: 4,194,304 || all params: 6,742,609,920" (6,738,415,616 + 4,194,304)
    const qv = loraTargetShapes(
      { hiddenSize: 4096, intermediateSize: 11008, numHeads: 32 },
      LORA_TARGET_SETS.qv,
    );
    expect(32 * qv.reduce((sum, { d, k }) => sum + 8 * (d + k), 0)).toBe(4_194_304);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const d = generateExercise('dpo-loss', seed);
        if (d.kind !== 'dpo-loss') throw new Error('wrong kind');
        for (const logp of [d.policyChosenLogp, d.policyRejectedLogp, d.refChosenLogp, d.refRejectedLogp]) {
          expect(logp).toBeLessThanOrEqual(0);
        }
        // −log σ(βh) = log(1 + e^(−βh)), h the policy log-ratio minus the reference's
        const h = d.policyChosenLogp - d.policyRejectedLogp - (d.refChosenLogp - d.refRejectedLogp);
        expect(d.answer).toBeCloseTo(Math.log1p(Math.exp(-d.beta * h)), 12);

        const g = generateExercise('grpo-advantage', seed);
        if (g.kind !== 'grpo-advantage') throw new Error('wrong kind');
        expect(new Set(g.rewards).size).toBe(2); // both a right and a wrong answer
        // a right answer has a positive advantage, a wrong one a negative one
        expect(Math.sign(g.answer)).toBe(g.rewards[g.index] === 1 ? 1 : -1);

        const l = generateExercise('lora-params', seed);
        if (l.kind !== 'lora-params') throw new Error('wrong kind');
        const { hiddenSize: hs, intermediateSize: is, numLayers: n, rank: r } = l;
        const perLayer = { qv: 2 * 2 * hs, qkvo: 4 * 2 * hs, 'all-linear': 4 * 2 * hs + 3 * (hs + is) }[
          l.targets
        ];
        expect(l.answer * 1e6).toBeCloseTo(n * r * perLayer, 3);

        const p = generateExercise('ppo-clip', seed);
        if (p.kind !== 'ppo-clip') throw new Error('wrong kind');
        const clipped = Math.min(Math.max(p.ratio, 1 - p.epsilon), 1 + p.epsilon);
        expect(p.answer).toBeCloseTo(Math.min(p.ratio * p.advantage, clipped * p.advantage), 12);
      }),
      { numRuns: 50 },
    );
    // a group [1, 0, 0, 0]: mean ¼, sample std ½ → (1 − ¼)/(½ + 10⁻⁴) = 1.4997
    expect(
      checkExercise(
        { kind: 'grpo-advantage', seed: 0, rewards: [1, 0, 0, 0], index: 0, answer: 1.49970006 },
        '1.500',
      ),
    ).toEqual({ ok: true, correct: true });
  });

  it('prompting kinds: majority vote by enumeration, calibration p/p_cf renormalised', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const m = generateExercise('majority-vote', seed);
        if (m.kind !== 'majority-vote') throw new Error('wrong kind');
        // n = 1: the vote is the single sample (Wang et al. 2023 with one path)
        if (m.n === 1) expect(m.answer).toBeCloseTo(m.answerProbs[0]!, 12);
        expect(m.answer).toBeGreaterThanOrEqual(0);
        expect(m.answer).toBeLessThanOrEqual(1);
        const c = generateExercise('calibrated-prediction', seed);
        if (c.kind !== 'calibrated-prediction') throw new Error('wrong kind');
        const w = c.probs.map((p, i) => p / c.contentFreeProbs[i]!);
        expect(c.answer).toBeCloseTo(w[c.label]! / (w[0]! + w[1]!), 12);
      }),
      { numRuns: 50 },
    );
    // [0.6, 0.4] with n = 3: 0.6³ + 3·0.6²·0.4 = 0.648 (two answers, no ties at odd n)
    expect(
      checkExercise(
        { kind: 'majority-vote', seed: 0, answerProbs: [0.6, 0.4], n: 3, answer: 0.648 },
        '0.648',
      ),
    ).toEqual({ ok: true, correct: true });
  });

  it('agents kinds: pass^k = C(c, k)/C(n, k), success Π(1 − (1 − p)^(1 + r)), Σ (s + (i − 1)·t) input tokens', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const h = generateExercise('pass-hat-k', seed);
        if (h.kind !== 'pass-hat-k') throw new Error('wrong kind');
        // at least k successes and one failure: strictly between 0 and 1, and never above pass^1 = c/n
        expect(h.k).toBeGreaterThanOrEqual(2);
        expect(h.c).toBeGreaterThanOrEqual(h.k);
        expect(h.c).toBeLessThan(h.n);
        expect(h.answer).toBeCloseTo(choose(h.c, h.k) / choose(h.n, h.k), 12);
        expect(h.answer).toBeGreaterThan(0);
        expect(h.answer).toBeLessThanOrEqual(h.c / h.n);

        const m = generateExercise('compound-success', seed);
        if (m.kind !== 'compound-success') throw new Error('wrong kind');
        expect(m.answer).toBeCloseTo((1 - (1 - m.p) ** (1 + m.retries)) ** m.steps, 12);
        if (m.retries === 0) expect(m.answer).toBeCloseTo(m.p ** m.steps, 12);
        expect(m.answer).toBeGreaterThanOrEqual(0.005); // visible at 3 decimals

        const c = generateExercise('context-cost', seed);
        if (c.kind !== 'context-cost') throw new Error('wrong kind');
        let total = 0;
        for (let i = 1; i <= c.steps; i++) total += c.systemTokens + (i - 1) * c.stepTokens;
        expect(c.answer).toBe(total);
        expect(Number.isInteger(c.answer)).toBe(true);
        // the closed form agrees with contextCost's full-history, no-caching total
        const run = contextCost({
          systemTokens: c.systemTokens,
          stepTokens: c.stepTokens,
          outputTokens: 0,
          steps: c.steps,
          policy: { kind: 'full' },
          inputPricePerMillion: 0,
          outputPricePerMillion: 0,
        });
        expect(run.totals.input).toBe(c.answer);
      }),
      { numRuns: 50 },
    );
    // n = 10, c = 5, k = 2: C(5, 2)/C(10, 2) = 10/45 = 0.2222
    const hat = { kind: 'pass-hat-k' as const, seed: 0, n: 10, c: 5, k: 2, answer: 10 / 45 };
    expect(checkExercise(hat, '0.222')).toEqual({ ok: true, correct: true });
    // not pass@2 = 1 − C(n − c, k)/C(n, k) = 0.778, nor (c/n)² = 0.25 (draws with replacement)
    expect(checkExercise(hat, '0.778')).toEqual({ ok: true, correct: false });
    expect(checkExercise(hat, '0.250')).toEqual({ ok: true, correct: false });
    // m = 20, p = 0.95, r = 0: 0.95^20 = 0.3585; one retry: 0.9975^20 = 0.9512
    const chain = {
      kind: 'compound-success' as const,
      seed: 0,
      steps: 20,
      p: 0.95,
      retries: 0,
      answer: 0.95 ** 20,
    };
    expect(checkExercise(chain, '0.358')).toEqual({ ok: true, correct: true });
    const retried = { ...chain, retries: 1, answer: 0.9975 ** 20 };
    expect(checkExercise(retried, '0.951')).toEqual({ ok: true, correct: true });
    // s = 1000, t = 500, n = 10: 10·1000 + 500·(10·9/2) = 32,500
    const tokens = {
      kind: 'context-cost' as const,
      seed: 0,
      systemTokens: 1000,
      stepTokens: 500,
      steps: 10,
      answer: 32_500,
    };
    expect(checkExercise(tokens, '32500')).toEqual({ ok: true, correct: true });
    expect(checkExercise(tokens, '32501')).toEqual({ ok: true, correct: false });
    // a comma is a list separator, hence the prompt's "no thousands separators"
    expect(checkExercise(tokens, '32,500')).toEqual({ ok: false, error: 'not-a-number' });
  });

  it('frontiers kinds: BM25 from a real corpus, RRF Σ 1/(60 + rank), nDCG by hand, ViT patches, CLIP 2×2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const b = generateExercise('bm25-term', seed);
        if (b.kind !== 'bm25-term') throw new Error('wrong kind');
        // the stated N, n, tf, |d| and avgdl are those of the corpus bm25Scores saw
        expect(b.lengths).toHaveLength(b.docs);
        expect(b.termCounts.filter((c) => c > 0)).toHaveLength(b.docsWithTerm);
        expect(b.termCounts[0]).toBe(b.tf);
        expect(b.lengths[0]).toBe(b.docLength);
        expect(b.lengths.reduce((x, y) => x + y, 0)).toBe(b.docs * b.avgdl);
        b.lengths.forEach((length, i) => expect(length).toBeGreaterThanOrEqual(b.termCounts[i]!));
        const idf = Math.log(1 + (b.docs - b.docsWithTerm + 0.5) / (b.docsWithTerm + 0.5));
        const norm = 1.2 * (1 - 0.75 + (0.75 * b.docLength) / b.avgdl);
        expect(b.answer).toBeCloseTo((idf * b.tf * 2.2) / (b.tf + norm), 12);

        const r = generateExercise('rrf-score', seed);
        if (r.kind !== 'rrf-score') throw new Error('wrong kind');
        expect(r.k).toBe(60);
        const term = (ranking: string[]) => {
          const rank = ranking.indexOf(r.id) + 1;
          return rank === 0 ? 0 : 1 / (60 + rank);
        };
        expect(r.answer).toBeCloseTo(term(r.bm25Ranking) + term(r.denseRanking), 15);
        expect(r.answer).toBeGreaterThan(0);

        const n = generateExercise('ndcg', seed);
        if (n.kind !== 'ndcg') throw new Error('wrong kind');
        const gain = (ids: number[]) =>
          ids.slice(0, n.k).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
        const dcg = gain(n.ranking.map((id) => n.relevance[id] ?? 0));
        const idcg = gain(Object.values(n.relevance).sort((x, y) => y - x));
        expect(idcg).toBeGreaterThan(0); // at least one relevant judged document
        expect(n.answer).toBeCloseTo(dcg / idcg, 12);

        const v = generateExercise('visual-token-count', seed);
        if (v.kind !== 'visual-token-count') throw new Error('wrong kind');
        const patches = Math.floor(v.height / v.patchSize) * Math.floor(v.width / v.patchSize);
        expect(v.answer).toBe(patches + (v.clsToken ? 1 : 0));

        const c = generateExercise('clip-loss-2x2', seed);
        if (c.kind !== 'clip-loss-2x2') throw new Error('wrong kind');
        const cos = [0, 1].map((i) =>
          [0, 1].map(
            (j) => c.imageEmbeds[i]![0] * c.textEmbeds[j]![0] + c.imageEmbeds[i]![1] * c.textEmbeds[j]![1],
          ),
        );
        for (const v2 of [...c.imageEmbeds, ...c.textEmbeds]) expect(Math.hypot(...v2)).toBeCloseTo(1, 12);
        // the shown cosines are exact at 2 decimals
        cos.forEach((row, i) => row.forEach((x, j) => expect(c.cosines[i]![j]).toBeCloseTo(x, 12)));
        // a 2-way cross-entropy is ln(1 + e^(other − own)); rows are image → text, columns text → image
        const ce = (own: number, other: number) => Math.log1p(Math.exp(c.logitScale * (other - own)));
        const rows = ce(cos[0]![0]!, cos[0]![1]!) + ce(cos[1]![1]!, cos[1]![0]!);
        const cols = ce(cos[0]![0]!, cos[1]![0]!) + ce(cos[1]![1]!, cos[0]![1]!);
        expect(c.answer).toBeCloseTo((rows / 2 + cols / 2) / 2, 12);
        expect(c.answer).toBeGreaterThanOrEqual(0.005); // visible at 3 decimals
      }),
      { numRuns: 50 },
    );
    // The chapter's BM25 example: N = 4 equal-length documents, the term twice in one of them:
    // ln(1 + 3.5/1.5) = ln(10/3) = 1.204, times 2·2.2/(2 + 1.2) = 1.375 → 1.655
    const bm25 = {
      kind: 'bm25-term' as const,
      seed: 0,
      docs: 4,
      docsWithTerm: 1,
      tf: 2,
      docLength: 10,
      avgdl: 10,
      lengths: [10, 10, 10, 10],
      termCounts: [2, 0, 0, 0],
      answer: Math.log(10 / 3) * 1.375,
    };
    expect(checkExercise(bm25, '1.655')).toEqual({ ok: true, correct: true });
    // not Lucene's score without (k1 + 1): 1.204·2/3.2 = 0.752
    expect(checkExercise(bm25, '0.752')).toEqual({ ok: true, correct: false });
    // The chapter's RRF example: BM25 A, B, C and dense B, D, A; A = 1/61 + 1/63 = 0.032266
    const rrf = {
      kind: 'rrf-score' as const,
      seed: 0,
      bm25Ranking: ['A', 'B', 'C'],
      denseRanking: ['B', 'D', 'A'],
      id: 'A',
      k: 60,
      answer: 1 / 61 + 1 / 63,
    };
    expect(checkExercise(rrf, '0.03227')).toEqual({ ok: true, correct: true });
    // 5 decimals tell A from B's 1/62 + 1/61 = 0.032522, and from ranks counted from 0 (1/60 + 1/62)
    expect(checkExercise(rrf, '0.03252')).toEqual({ ok: true, correct: false });
    expect(checkExercise(rrf, '0.03280')).toEqual({ ok: true, correct: false });
    // The chapter's nDCG example: ranking a, b, c with grades 0, 2, 1:
    // DCG = 2/log₂3 + 1/2 = 1.762, IDCG = 2 + 1/log₂3 = 2.631 → 0.670
    const ndcg = {
      kind: 'ndcg' as const,
      seed: 0,
      ranking: ['a', 'b', 'c'],
      relevance: { a: 0, b: 2, c: 1 },
      k: 3,
      answer: (2 / Math.log2(3) + 0.5) / (2 + 1 / Math.log2(3)),
    };
    expect(checkExercise(ndcg, '0.670')).toEqual({ ok: true, correct: true });
    // not the exponential gain 2^rel − 1, which gives 0.659
    expect(checkExercise(ndcg, '0.659')).toEqual({ ok: true, correct: false });
    // ViT-B/16 at 224 px: 14·14 + 1 = 197; SigLIP 384 px, P = 14, no class token: 27·27 = 729
    const vit = {
      kind: 'visual-token-count' as const,
      seed: 0,
      height: 224,
      width: 224,
      patchSize: 16,
      clsToken: true,
      answer: 197,
    };
    expect(checkExercise(vit, '197')).toEqual({ ok: true, correct: true });
    expect(checkExercise(vit, '196')).toEqual({ ok: true, correct: false });
    const siglip = { ...vit, height: 384, width: 384, patchSize: 14, clsToken: false, answer: 729 };
    expect(checkExercise(siglip, '729')).toEqual({ ok: true, correct: true });
    // not (384/14)² = 752.3: the partial patch is dropped
    expect(checkExercise(siglip, '752')).toEqual({ ok: true, correct: false });
    // I = (1, 0), (0, 1), T = (0.8, 0.6), (0.6, 0.8): matched 0.8, mismatched 0.6 everywhere, so every
    // row and column costs ln(1 + e^(−s·0.2)); s = 10 → ln(1 + e⁻²) = 0.127
    const clip = {
      kind: 'clip-loss-2x2' as const,
      seed: 0,
      imageEmbeds: [
        [1, 0],
        [0, 1],
      ] as const as (readonly [number, number])[],
      textEmbeds: [
        [0.8, 0.6],
        [0.6, 0.8],
      ] as const as (readonly [number, number])[],
      cosines: [
        [0.8, 0.6],
        [0.6, 0.8],
      ],
      logitScale: 10,
      answer: Math.log1p(Math.exp(-2)),
    };
    expect(checkExercise(clip, '0.127')).toEqual({ ok: true, correct: true });
    // not the loss at s = 1, ln(1 + e^−0.2) = 0.598
    expect(checkExercise(clip, '0.598')).toEqual({ ok: true, correct: false });
  });

  it('throws RangeError for an unknown kind', () => {
    expect(() => generateExercise('bleu' as 'elo', 1)).toThrow(RangeError);
  });
});

describe('checkExercise', () => {
  it('accepts the computed answer written with the requested decimals and rejects a wrong one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXERCISE_KINDS), fc.integer({ min: 0, max: 1e6 }), (kind, seed) => {
        const ex = generateExercise(kind, seed);
        const right =
          ex.kind === 'top-p' ? ex.answer.map((i) => i + 1).join(', ') : ex.answer.toFixed(answerDigits(ex));
        expect(checkExercise(ex, right)).toEqual({ ok: true, correct: true });
        if (ex.kind !== 'top-p') {
          expect(checkExercise(ex, String(ex.answer + 10 * tolerance(ex)))).toEqual({
            ok: true,
            correct: false,
          });
        }
      }),
    );
  });

  it('reports bad input instead of marking it wrong', () => {
    const elo = generateExercise('elo', 1);
    expect(checkExercise(elo, '')).toEqual({ ok: false, error: 'empty' });
    expect(checkExercise(elo, 'half')).toEqual({ ok: false, error: 'not-a-number' });
    expect(checkExercise(elo, '0.5, 0.6')).toEqual({ ok: false, error: 'not-a-number' });
    const topP = generateExercise('top-p', 1);
    expect(checkExercise(topP, '0, 9')).toEqual({ ok: false, error: 'bad-index' });
  });

  it('accepts either of two tokens tied at the top-p cut', () => {
    // [0.3, 0.25, 0.25, 0.1, 0.1] at p = 0.5: 0.3 + 0.25 reaches 0.5, and tokens 2 and 3 are tied,
    // so {1, 2} and {1, 3} are both smallest nuclei (HF's pick depends on torch.sort's order).
    const tied = {
      kind: 'top-p' as const,
      seed: 0,
      tokens: ['a', 'b', 'c', 'd', 'e'],
      probs: [0.3, 0.25, 0.25, 0.1, 0.1],
      topP: 0.5,
      answer: [0, 1],
    };
    expect(checkExercise(tied, '1, 2')).toEqual({ ok: true, correct: true });
    expect(checkExercise(tied, '1, 3')).toEqual({ ok: true, correct: true });
    expect(checkExercise(tied, '2, 3')).toEqual({ ok: true, correct: false });
    expect(checkExercise(tied, '1, 2, 3')).toEqual({ ok: true, correct: false });
  });
});
