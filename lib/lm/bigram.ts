import { checkNumber, checkObject, describeValue } from '@/lib/utils/validate';
import { BOS, EOS, checkCorpus, checkTokens } from './corpus';

/** One factor p(token | context) of the chain rule. */
export interface ChainFactor {
  readonly token: string;
  readonly context: string;
  readonly prob: number;
}

/** A sequence's probability, factor by factor. */
export interface SequenceProbability {
  readonly factors: ChainFactor[];
  /** Π of the factors; underflows to 0 for long sequences, which is what `logProb` is for. */
  readonly joint: number;
  /** Σ of the natural logs of the factors. */
  readonly logProb: number;
}

/** A trained bigram model; see {@link trainBigramModel}. */
export interface BigramModel {
  /** Distinct corpus tokens sorted by `Array.prototype.sort` (UTF-16 order), then `</s>`. */
  readonly vocab: readonly string[];
  readonly smoothing: number;
  /** p(next | prev); `prev` may be `<s>`, `next` may be `</s>`. */
  prob(prev: string, next: string): number;
  /** p(· | prev) over `vocab`, in `vocab` order. */
  distribution(prev: string): number[];
  sequenceProbability(tokens: readonly string[]): SequenceProbability;
  /** exp(−logProb / number of factors); the `</s>` factor counts, `<s>` does not. */
  perplexity(tokens: readonly string[]): number;
}

/**
 * Trains a bigram language model with add-k smoothing on a tokenised corpus.
 *
 * Formula: p(w | v) = (c(v w) + k) / (c(v) + k·|V|), where c counts bigrams in the corpus with
 * each sentence padded as `<s> … </s>`, c(v) = Σ_w c(v w), and V = corpus tokens ∪ {`</s>`}
 * (k = 1 is Laplace smoothing, k = 0 the maximum-likelihood estimate). A sequence x_1..x_L is
 * scored by the chain rule with the bigram assumption:
 * p(x_1..x_L) = Π_{i=1}^{L+1} p(x_i | x_{i−1}), x_0 = `<s>`, x_{L+1} = `</s>`
 * (Jurafsky & Martin, SLP3 ch. 3, bigram estimates and Laplace / add-k smoothing,
 * https://web.stanford.edu/~jurafsky/slp3/;
 * chain rule as in Stanford CS324 "Introduction",
 * https://stanford-cs324.github.io/winter2022/lectures/introduction/).
 *
 * @param corpus sentences of tokens; tokens are non-empty and not `<s>` / `</s>`.
 * @param options `smoothing` k, finite and ≥ 0 (default 1).
 * @throws {TypeError} when `corpus` is not an array of arrays of strings or `smoothing` not a number.
 * @throws {RangeError} when `corpus` is empty, a token is empty or a marker, or `smoothing` is
 *   negative or not finite. The returned methods throw a RangeError naming any unknown token.
 * @example
 * // CS324's vocabulary {ate, ball, cheese, mouse, the}:
 * const lm = trainBigramModel(
 *   [['the', 'mouse', 'ate', 'the', 'cheese'], ['the', 'mouse', 'ate', 'the', 'ball']],
 *   { smoothing: 1 },
 * );
 * lm.vocab // ['ate', 'ball', 'cheese', 'mouse', 'the', '</s>']
 * lm.sequenceProbability(['the', 'mouse', 'ate', 'the', 'cheese']).joint
 * // 3/8 · 3/10 · 3/8 · 3/8 · 2/10 · 2/7 = 324/358400 ≈ 9.04e-4
 * lm.sequenceProbability(['the', 'cheese', 'ate', 'the', 'mouse']).joint // 54/358400 ≈ 1.51e-4
 */
export function trainBigramModel(
  corpus: readonly (readonly string[])[],
  options: { readonly smoothing?: number } = {},
): BigramModel {
  const sentences = checkCorpus(corpus);
  const opts = checkObject('options', options);
  const k = checkNumber(
    'smoothing',
    opts.smoothing ?? 1,
    (x) => Number.isFinite(x) && x >= 0,
    'finite and >= 0',
  );

  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const sentence of sentences) {
    const padded = [BOS, ...sentence, EOS];
    for (let i = 1; i < padded.length; i++) {
      const [prev, next] = [padded[i - 1] ?? BOS, padded[i] ?? EOS];
      const row = counts.get(prev) ?? new Map<string, number>();
      row.set(next, (row.get(next) ?? 0) + 1);
      counts.set(prev, row);
      totals.set(prev, (totals.get(prev) ?? 0) + 1);
    }
  }
  const words = [...new Set(sentences.flat())].sort();
  const vocab: readonly string[] = Object.freeze([...words, EOS]);
  const inVocab = new Set(vocab);

  const unknown = (name: string, token: unknown) =>
    new RangeError(
      `unknown token ${describeValue(token)} in ${name}: not in the vocabulary {${vocab.join(', ')}}`,
    );
  const checkContext = (prev: unknown): string => {
    if (typeof prev !== 'string') throw new TypeError(`prev must be a string, got ${describeValue(prev)}`);
    if (prev === EOS) throw new RangeError(`prev must not be "${EOS}": nothing follows the end marker`);
    if (prev !== BOS && !inVocab.has(prev)) throw unknown('prev', prev);
    return prev;
  };

  // Every context has c(v) ≥ 1 (each token is followed by at least `</s>`), so the
  // denominator is positive even with k = 0.
  const condProb = (prev: string, next: string) =>
    ((counts.get(prev)?.get(next) ?? 0) + k) / ((totals.get(prev) ?? 0) + k * vocab.length);

  const prob = (prev: string, next: string): number => {
    const context = checkContext(prev);
    if (typeof next !== 'string') throw new TypeError(`next must be a string, got ${describeValue(next)}`);
    if (!inVocab.has(next)) throw unknown('next', next);
    return condProb(context, next);
  };

  const sequenceProbability = (tokens: readonly string[]): SequenceProbability => {
    const xs = checkTokens('tokens', tokens);
    xs.forEach((token, i) => {
      if (!inVocab.has(token)) throw unknown(`tokens[${i}]`, token);
    });
    const factors = [...xs, EOS].map((token, i) => {
      const context = i === 0 ? BOS : (xs[i - 1] ?? BOS);
      return { token, context, prob: condProb(context, token) };
    });
    return {
      factors,
      joint: factors.reduce((acc, f) => acc * f.prob, 1),
      logProb: factors.reduce((acc, f) => acc + Math.log(f.prob), 0),
    };
  };

  return {
    vocab,
    smoothing: k,
    prob,
    distribution: (prev) => {
      const context = checkContext(prev);
      return vocab.map((next) => condProb(context, next));
    },
    sequenceProbability,
    perplexity: (tokens) => {
      const { factors, logProb } = sequenceProbability(tokens);
      return Math.exp(-logProb / factors.length);
    },
  };
}
