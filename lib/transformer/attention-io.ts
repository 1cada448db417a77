import { checkInteger, checkObject } from '@/lib/utils/validate';

/** HBM traffic of one attention forward pass, in matrix elements (multiply by bytes per element). */
export interface AttentionTraffic {
  readonly reads: number;
  readonly writes: number;
}

/** {@link attentionHbmTraffic} for the standard and the tiled (FlashAttention) algorithm. */
export interface AttentionTrafficResult {
  readonly standard: AttentionTraffic;
  readonly flash: AttentionTraffic & {
    /** B_c = ⌈M/(4d)⌉ keys per block and B_r = min(⌈M/(4d)⌉, d) queries per block. */
    readonly blockCols: number;
    readonly blockRows: number;
    /** T_c = ⌈N/B_c⌉ key/value blocks (the outer loop) and T_r = ⌈N/B_r⌉ query blocks. */
    readonly colBlocks: number;
    readonly rowBlocks: number;
  };
}

/**
 * Elements read from and written to GPU high-bandwidth memory (HBM) by one head's attention
 * forward pass over N tokens of head dimension d, counted line by line from the algorithms of
 * Dao et al. 2022, "FlashAttention" (https://arxiv.org/abs/2205.14135):
 *
 * - Standard attention (their Algorithm 0): read Q, K (2Nd), write S = QKᵀ (N²); read S, write
 *   P = softmax(S) (N² each); read P and V (N² + Nd), write O (Nd).
 *   Reads 2N² + 3Nd, writes 2N² + Nd.
 * - FlashAttention (their Algorithm 1), SRAM of M elements: B_c = ⌈M/(4d)⌉, B_r = min(B_c, d);
 *   initialise O, ℓ, m in HBM (Nd + 2N writes); for each of the T_c key/value blocks read K_j, V_j
 *   (2B_c·d, so 2Nd over the loop), and in it for every query block read Q_i, O_i, ℓ_i, m_i and
 *   write O_i, ℓ_i, m_i back. Reads 2Nd + T_c(2Nd + 2N), writes Nd + 2N + T_c(Nd + 2N).
 *
 * The tiled version never stores the N×N matrices, so its traffic is Θ(N²d²/M) against Θ(Nd + N²)
 * (their Theorem 2); both do the same QKᵀ and PV arithmetic. Last blocks may be partial: they are
 * counted at their true size.
 *
 * @param options.seqLen N, an integer ≥ 1.
 * @param options.headDim d, an integer ≥ 1.
 * @param options.sramElements M, on-chip memory in elements, an integer ≥ 4d (one block of each).
 * @throws {TypeError} when an option is not a number.
 * @throws {RangeError} when an option is out of range.
 * @example attentionHbmTraffic({ seqLen: 1024, headDim: 64, sramElements: 65536 }).standard.reads // 2293760
 */
export function attentionHbmTraffic(options: {
  seqLen: number;
  headDim: number;
  sramElements: number;
}): AttentionTrafficResult {
  const o = checkObject('options', options);
  const n = checkInteger('seqLen', o.seqLen, 1);
  const d = checkInteger('headDim', o.headDim, 1);
  const m = checkInteger('sramElements', o.sramElements, 4 * d);
  const blockCols = Math.ceil(m / (4 * d));
  const blockRows = Math.min(blockCols, d);
  const colBlocks = Math.ceil(n / blockCols);
  const rowBlocks = Math.ceil(n / blockRows);
  return {
    standard: { reads: 2 * n * n + 3 * n * d, writes: 2 * n * n + n * d },
    flash: {
      reads: 2 * n * d + colBlocks * (2 * n * d + 2 * n),
      writes: n * d + 2 * n + colBlocks * (n * d + 2 * n),
      blockCols,
      blockRows,
      colBlocks,
      rowBlocks,
    },
  };
}
