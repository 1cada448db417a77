import {
  bleuDetails,
  containsCjk,
  rougeLDetails,
  rougeN,
  segmentCjk,
  sentenceBleu,
  squadBestGold,
  type BleuDetails,
  type BleuResult,
  type BleuSmoothMethod,
  type BleuTokenizer,
  type RougeLDetails,
  type RougeScore,
  type SquadBestGold,
} from '@/lib/metrics';

/** Longest text a box accepts: the LCS table of ROUGE-L grows with the product of the lengths. */
export const MAX_CHARS = 2000;
/** At most this many reference lines. */
export const MAX_REFS = 4;

export interface MetricOptions {
  readonly smoothing: BleuSmoothMethod;
  readonly tokenize: BleuTokenizer;
  /** Put spaces between CJK characters (`segmentCjk`) before every metric. */
  readonly segment: boolean;
}

export interface MetricResults {
  readonly bleu: BleuResult;
  readonly bleuStats: BleuDetails;
  /** Hypothesis token positions that count as clipped unigram matches. */
  readonly bleuMatched: ReadonlySet<number>;
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeLDetails;
  readonly squad: SquadBestGold;
  /** Whether the (unsegmented) input has Chinese characters or punctuation. */
  readonly cjk: boolean;
}

/** Which box a problem is in. */
export type InputField = 'hypothesis' | 'references';

export type InputCheck =
  | { ok: true; hypothesis: string; references: readonly string[] }
  | { ok: false; field: InputField; error: 'tooLong'; length: number }
  | { ok: false; field: InputField; error: 'emptyHyp' | 'noRefs' }
  | { ok: false; field: InputField; error: 'tooManyRefs'; count: number };

/** Splits the references box into non-blank lines and checks both boxes against the demo's limits. */
export function checkInput(hypothesis: string, referencesText: string): InputCheck {
  if (hypothesis.length > MAX_CHARS) {
    return { ok: false, field: 'hypothesis', error: 'tooLong', length: hypothesis.length };
  }
  if (referencesText.length > MAX_CHARS) {
    return { ok: false, field: 'references', error: 'tooLong', length: referencesText.length };
  }
  if (hypothesis.trim() === '') return { ok: false, field: 'hypothesis', error: 'emptyHyp' };
  const references = referencesText.split('\n').filter((line) => line.trim() !== '');
  if (references.length === 0) return { ok: false, field: 'references', error: 'noRefs' };
  if (references.length > MAX_REFS) {
    return { ok: false, field: 'references', error: 'tooManyRefs', count: references.length };
  }
  return { ok: true, hypothesis, references };
}

/** Every metric of the demo, computed by `lib/metrics` (throws only what lib throws). */
export function computeMetrics(
  hypothesis: string,
  references: readonly string[],
  options: MetricOptions,
): MetricResults {
  const hyp = options.segment ? segmentCjk(hypothesis) : hypothesis;
  const refs = options.segment ? references.map(segmentCjk) : references;
  const target = refs[0] ?? '';
  const bleuStats = bleuDetails(hyp, refs, { tokenize: options.tokenize });
  // bleuDetails' convention: the first `matched` occurrences of an n-gram are the matched ones.
  const unigrams = bleuStats.orders[0]?.ngrams ?? [];
  const bleuMatched = new Set(unigrams.flatMap((g) => g.positions.slice(0, g.matched)));
  return {
    bleu: sentenceBleu(hyp, refs, { smoothMethod: options.smoothing, tokenize: options.tokenize }),
    bleuStats,
    bleuMatched,
    rouge1: rougeN(target, hyp, 1),
    rouge2: rougeN(target, hyp, 2),
    rougeL: rougeLDetails(target, hyp),
    squad: squadBestGold(hyp, refs),
    cjk: containsCjk(hypothesis) || references.some(containsCjk),
  };
}
