/**
 * The kv-cache demo's state: the model shape as typed (numbers as text), read and sent to
 * `kvCacheBytes` (MHA, GQA, MQA) and `latentKvCacheBytes` (MLA). Pure, so it is tested without React.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { kvCacheBytes } from '@/lib/calculators/kv-cache';
import { latentKvCacheBytes } from '@/lib/calculators/latent-kv-cache';
import { SCHEMES, type KvShape, type Scheme } from '@/components/demos/shared/kv-models';

export const SHAPE_FIELDS = ['layers', 'heads', 'headDim', 'kvHeads', 'latentDim', 'ropeDim'] as const;
export type ShapeField = (typeof SHAPE_FIELDS)[number];
export type ShapeDraft = Readonly<Record<ShapeField, string>>;

/** Bytes of one scheme: per token of one sequence, and for the whole batch at the context length. */
export interface SchemeBytes {
  readonly perToken: number;
  readonly total: number;
}

export type CacheError =
  | { kind: 'field'; field: ShapeField; error: FieldError }
  | { kind: 'lib'; scheme: Scheme; message: string; fields: ShapeField[] }
  | { kind: 'kvHeads'; kvHeads: number; heads: number }
  | { kind: 'tooLarge' };

export type CacheResult =
  { ok: true; shape: KvShape; bytes: Record<Scheme, SchemeBytes> } | { ok: false; error: CacheError };

/** The fields of a shape, as text. */
export function draftFromShape(shape: KvShape): ShapeDraft {
  return {
    layers: String(shape.layers),
    heads: String(shape.heads),
    headDim: String(shape.headDim),
    kvHeads: String(shape.kvHeads),
    latentDim: String(shape.latentDim),
    ropeDim: String(shape.ropeDim),
  };
}

/** Key/value heads each non-latent scheme caches: all query heads, the GQA groups, or one. */
function kvHeadsOf(scheme: Exclude<Scheme, 'mla'>, shape: KvShape): number {
  return scheme === 'mha' ? shape.heads : scheme === 'gqa' ? shape.kvHeads : 1;
}

/** The draft field a lib/ parameter name stands for in a given scheme's call. */
function fieldsOf(scheme: Scheme, message: string): ShapeField[] {
  const named = fieldsInMessage(message, ['layers', 'kvHeads', 'headDim', 'latentDim', 'ropeDim'] as const);
  return named.map((name) => (name === 'kvHeads' && scheme === 'mha' ? 'heads' : name));
}

/**
 * Bytes per token and in total for all four schemes on the same shape. Text that is not a number
 * is rejected first; sizes go to lib/, whose RangeError (0 heads, a fraction, a negative, Infinity)
 * comes back with the scheme and fields it concerns; GQA's KV heads must divide the query heads
 * (lib/ does not check that); a total above 2^53 bytes would not print exactly.
 *
 * @example cacheBytes(draftFromShape(MODELS['llama2-7b'].shape), 2, 4096, 1) // mha: { perToken: 524288, total: 2147483648 }, …
 */
export function cacheBytes(
  draft: ShapeDraft,
  bytesPerElem: number,
  seqLen: number,
  batch: number,
): CacheResult {
  const values = {} as Record<ShapeField, number>;
  for (const field of SHAPE_FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const shape: KvShape = values;
  const bytes = {} as Record<Scheme, SchemeBytes>;
  for (const scheme of SCHEMES) {
    const at = (tokens: number, sequences: number) =>
      scheme === 'mla'
        ? latentKvCacheBytes({
            layers: shape.layers,
            latentDim: shape.latentDim,
            ropeDim: shape.ropeDim,
            seqLen: tokens,
            batch: sequences,
            bytesPerElem,
          })
        : kvCacheBytes({
            layers: shape.layers,
            kvHeads: kvHeadsOf(scheme, shape),
            headDim: shape.headDim,
            seqLen: tokens,
            batch: sequences,
            bytesPerElem,
          });
    try {
      bytes[scheme] = { perToken: at(1, 1), total: at(seqLen, batch) };
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
      return {
        ok: false,
        error: { kind: 'lib', scheme, message: e.message, fields: fieldsOf(scheme, e.message) },
      };
    }
  }
  if (shape.heads % shape.kvHeads !== 0) {
    return { ok: false, error: { kind: 'kvHeads', kvHeads: shape.kvHeads, heads: shape.heads } };
  }
  const all = SCHEMES.flatMap((s) => [bytes[s].perToken, bytes[s].total]);
  if (!all.every(Number.isSafeInteger)) return { ok: false, error: { kind: 'tooLarge' } };
  return { ok: true, shape, bytes };
}
