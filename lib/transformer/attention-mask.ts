import { checkInteger, checkNumber } from '@/lib/utils/validate';
import { checkChoice, readOptions } from './validate';

/** The attention patterns {@link attentionMask} draws. */
export type AttentionMaskKind = 'full' | 'causal' | 'prefix' | 'sliding';

/** Options of {@link attentionMask}. */
export interface AttentionMaskOptions {
  /** for `'prefix'`: the bidirectional prefix length, an integer in [0, seqLen] */
  readonly prefixLength?: number;
  /** for `'sliding'`: the window, an integer ≥ 1 (the query itself counts) */
  readonly window?: number;
}

const KINDS = ['full', 'causal', 'prefix', 'sliding'] as const;

/**
 * The boolean attention mask of a sequence: mask[i][j] is true when query i may attend to key j
 * (the convention of a boolean `attn_mask` in torch `scaled_dot_product_attention`).
 *
 * Formula: `'full'` (encoder, BERT) all true; `'causal'` (decoder, GPT) j ≤ i; `'prefix'` (prefix
 * LM, T5/UniLM) j ≤ i or j < prefixLength, so the prefix sees itself in both directions;
 * `'sliding'` (Mistral sliding-window attention, https://arxiv.org/abs/2310.06825) j ≤ i and
 * i − j < window — HF `sliding_window_overlay`: `kv_idx > q_idx - sliding_window`, AND the causal
 * mask, in `masking_utils.py`; each query sees itself and the window − 1 keys before it.
 *
 * @param kind `'full' | 'causal' | 'prefix' | 'sliding'`.
 * @param seqLen the sequence length, an integer ≥ 1.
 * @param options `{ prefixLength }` for `'prefix'`, `{ window }` for `'sliding'`; ignored otherwise.
 * @throws {TypeError} when `seqLen` or the option `kind` needs is not a number.
 * @throws {RangeError} for an unknown `kind`, `seqLen` not an integer ≥ 1, `prefixLength` not an
 *   integer in [0, seqLen] or `window` not an integer ≥ 1.
 * @example attentionMask('sliding', 4, { window: 2 }) // rows TF.., TT.., .TT., ..TT (T true, . false)
 */
export function attentionMask(
  kind: AttentionMaskKind,
  seqLen: number,
  options?: AttentionMaskOptions,
): boolean[][] {
  const k = checkChoice('kind', kind, KINDS);
  const n = checkInteger('seqLen', seqLen, 1);
  const opts = readOptions(options);
  let allowed: (i: number, j: number) => boolean;
  if (k === 'full') allowed = () => true;
  else if (k === 'causal') allowed = (i, j) => j <= i;
  else if (k === 'prefix') {
    const prefix = checkNumber(
      'options.prefixLength',
      opts.prefixLength,
      (x) => Number.isInteger(x) && x >= 0 && x <= n,
      `an integer in [0, seqLen = ${n}]`,
    );
    allowed = (i, j) => j <= i || j < prefix;
  } else {
    const window = checkInteger('options.window', opts.window, 1);
    allowed = (i, j) => j <= i && i - j < window;
  }
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => allowed(i, j)));
}
