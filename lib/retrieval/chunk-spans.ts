import { checkInteger, checkObject, describeValue } from '@/lib/utils/validate';
import { textUnits, type ChunkUnit, type TextChunk } from './chunking';

/**
 * Where a passage lands after chunking, and what an index of the chunks stores. Chunks come from
 * `chunkText` (./chunking.ts): [start, end) UTF-16 indices into the text, neighbours sharing
 * `overlap` units. A retriever returns whole chunks, so an answer that straddles a boundary is
 * never retrieved in one piece. Gao et al. 2023, "Retrieval-augmented generation for large
 * language models: a survey" (arXiv 2312.10997), §III-B "Indexing Optimization", 1) "Chunking
 * Strategy": larger chunks keep more context but carry more noise and cost; smaller ones lose
 * context; fixed-size chunks cut sentences, which sliding windows (overlap) address.
 */

/** A range of a text: [start, end) UTF-16 indices. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Which chunks hold a span. */
export interface SpanPlacement {
  /** indices of the chunks that contain the whole span */
  readonly inside: number[];
  /** indices of the chunks that share at least one position with the span */
  readonly touching: number[];
  /** the largest share of the span's length that one chunk holds, in [0, 1] */
  readonly bestCoverage: number;
}

function checkSpan(name: string, value: unknown): TextSpan {
  const o = checkObject(name, value);
  const start = checkInteger(`${name}.start`, o.start, 0);
  const end = checkInteger(`${name}.end`, o.end, 0);
  if (end < start) throw new RangeError(`${name}.end must be >= ${name}.start = ${start}, got ${end}`);
  return { start, end };
}

function checkSpans(name: string, value: unknown): TextSpan[] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array, got ${describeValue(value)}`);
  return value.map((item: unknown, i) => checkSpan(`${name}[${i}]`, item));
}

/**
 * The chunks that contain all of `span` (start ≥ chunk start and end ≤ chunk end), the chunks that
 * overlap it, and the best single chunk's share of it.
 *
 * @throws {TypeError} when `chunks` is not an array or a span is not an object of numbers.
 * @throws {RangeError} when a start or end is not an integer ≥ 0, an end is before its start, or
 *   `span` is empty.
 * @example locateSpan([{ start: 0, end: 10 }, { start: 8, end: 18 }], { start: 9, end: 12 })
 *   // { inside: [1], touching: [0, 1], bestCoverage: 1 }
 * @example locateSpan([{ start: 0, end: 10 }, { start: 10, end: 20 }], { start: 6, end: 14 })
 *   // { inside: [], touching: [0, 1], bestCoverage: 0.5 }
 */
export function locateSpan(chunks: readonly TextSpan[], span: TextSpan): SpanPlacement {
  const list = checkSpans('chunks', chunks);
  const s = checkSpan('span', span);
  if (s.end === s.start) throw new RangeError(`span must not be empty, got start = end = ${s.start}`);
  const inside: number[] = [];
  const touching: number[] = [];
  let best = 0;
  list.forEach((c, i) => {
    const shared = Math.min(c.end, s.end) - Math.max(c.start, s.start);
    if (shared <= 0) return;
    touching.push(i);
    if (c.start <= s.start && s.end <= c.end) inside.push(i);
    best = Math.max(best, shared);
  });
  return { inside, touching, bestCoverage: best / (s.end - s.start) };
}

/** What an index of the chunks stores, next to the text itself. */
export interface ChunkStorage {
  readonly chunks: number;
  /** units (characters or words) over all chunks, overlap counted once per chunk that holds it */
  readonly units: number;
  /** code points over all chunks' texts, the same way */
  readonly characters: number;
  readonly documentUnits: number;
  readonly documentCharacters: number;
  /** units / documentUnits: 1 without overlap, more with it (0 for a text without units) */
  readonly duplication: number;
}

/**
 * The size of an index that stores every chunk's text: chunk count, units and code points summed
 * over the chunks (so overlapping units are stored twice), against the text's own units and code
 * points.
 *
 * @throws {TypeError} when `text` is not a string or `chunks` not an array of chunks.
 * @throws {RangeError} for an unknown `unit`, or a chunk outside the text.
 * @example chunkStorage('a b c d', chunkText('a b c d', { size: 3, overlap: 1, unit: 'word' }), 'word')
 *   // { chunks: 2, units: 5, characters: 8, documentUnits: 4, documentCharacters: 7, duplication: 1.25 }
 */
export function chunkStorage(text: string, chunks: readonly TextChunk[], unit: ChunkUnit): ChunkStorage {
  const spans = textUnits(text, unit);
  const list = checkSpans('chunks', chunks);
  let units = 0;
  let characters = 0;
  list.forEach((c, i) => {
    if (c.end > text.length) {
      throw new RangeError(`chunks[${i}].end must be <= the text length ${text.length}, got ${c.end}`);
    }
    units += checkInteger(`chunks[${i}].units`, (chunks[i] as TextChunk).units, 0);
    characters += [...text.slice(c.start, c.end)].length;
  });
  return {
    chunks: list.length,
    units,
    characters,
    documentUnits: spans.length,
    documentCharacters: [...text].length,
    duplication: spans.length === 0 ? 0 : units / spans.length,
  };
}
