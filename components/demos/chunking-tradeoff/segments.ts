/**
 * Layout of the chunking-tradeoff document view: the text cut at every chunk and answer
 * boundary, each piece knowing which chunks hold it and which answers it belongs to. No formula:
 * where chunks and answers are comes from lib/retrieval. Pure; tested in
 * tests/unit/demos/chunking-tradeoff-segments.test.ts.
 */

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** indices of the chunks that hold this piece (none between word chunks, two or more in an overlap) */
  readonly chunks: readonly number[];
  /** the chunk that begins here, if any */
  readonly opens: number | null;
  /** indices of the answers this piece belongs to */
  readonly answers: readonly number[];
  /** the answer that begins here, if any */
  readonly answerOpens: number | null;
}

/**
 * The pieces of a text of `length` UTF-16 units between consecutive boundaries of `chunks` and
 * `answers`, in order, covering [0, length).
 *
 * @example segmentText(6, [{ start: 0, end: 4 }, { start: 2, end: 6 }], [{ start: 3, end: 5 }]).map((s) => [s.start, s.end, s.chunks])
 *   // [[0, 2, [0]], [2, 3, [0, 1]], [3, 4, [0, 1]], [4, 5, [1]], [5, 6, [1]]]
 */
export function segmentText(length: number, chunks: readonly Range[], answers: readonly Range[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const r of [...chunks, ...answers]) {
    if (r.start > 0 && r.start < length) cuts.add(r.start);
    if (r.end > 0 && r.end < length) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const holders = (list: readonly Range[], a: number, b: number) =>
    list.flatMap((r, i) => (r.start <= a && b <= r.end ? [i] : []));
  const opener = (list: readonly Range[], a: number) => {
    const i = list.findIndex((r) => r.start === a);
    return i >= 0 ? i : null;
  };
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k] ?? 0;
    const b = points[k + 1] ?? length;
    out.push({
      start: a,
      end: b,
      chunks: holders(chunks, a, b),
      opens: opener(chunks, a),
      answers: holders(answers, a, b),
      answerOpens: opener(answers, a),
    });
  }
  return out;
}
