/** Parsing the online-softmax demo's score list (not a formula: the numbers go to lib/transformer). */
import { parseNumberList } from '@/lib/format/parse';

export const MAX_SCORES = 64;
export const DEFAULT_SCORES = '1.5 0.2 3 -1 2.5 0.8 4 -0.5 1 2';

export type ScoresError =
  | { kind: 'empty' }
  | { kind: 'notNumber'; bad: string }
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'notFinite'; bad: string }
  | { kind: 'allMasked' };

const MASKED = /^(?:-|−)(?:inf(?:inity)?|∞)$/i;

/**
 * Reads scores separated by spaces or commas; `-inf` (or `−∞`) is a masked score. Rejects an
 * empty list, more than MAX_SCORES, numbers that overflow to ±Infinity (`1e400`) and a list whose
 * every score is masked (softmax has nothing to normalise).
 *
 * @example parseScores('1 -inf 2') // { ok: true, scores: [1, -Infinity, 2] }
 */
export function parseScores(
  text: string,
): { ok: true; scores: number[] } | { ok: false; error: ScoresError } {
  const parts = text.split(/[\s,，、;；]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (parts.length > MAX_SCORES)
    return { ok: false, error: { kind: 'tooMany', count: parts.length, max: MAX_SCORES } };
  const scores: number[] = [];
  for (const part of parts) {
    if (MASKED.test(part)) {
      scores.push(-Infinity);
      continue;
    }
    const parsed = parseNumberList(part);
    const value = parsed.ok ? parsed.values[0] : undefined;
    if (value === undefined) return { ok: false, error: { kind: 'notNumber', bad: part } };
    if (!Number.isFinite(value)) return { ok: false, error: { kind: 'notFinite', bad: part } };
    scores.push(value);
  }
  if (scores.every((s) => s === -Infinity)) return { ok: false, error: { kind: 'allMasked' } };
  return { ok: true, scores };
}

/** Sequence lengths, head sizes and SRAM sizes the traffic calculator offers. */
export const SEQ_LENS = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072] as const;
export const HEAD_DIMS = [64, 128, 256] as const;
/**
 * On-chip SRAM sizes in KiB: 48 (what a CUDA thread block gets without opting in to more),
 * 192 (A100, per streaming multiprocessor, as the FlashAttention paper §2.1 puts it) and 228
 * (H100 shared memory per SM, NVIDIA Hopper tuning guide).
 */
export const SRAM_KIB = [48, 192, 228] as const;
/** Bytes per element (fp16/bf16). */
export const ELEMENT_BYTES = 2;
