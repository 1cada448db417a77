import { checkObject, describeValue } from '@/lib/utils/validate';
import { checkString, codePoints } from './validate';

/** What {@link unigramSegment} returns. */
export interface UnigramSegmentation {
  /** the pieces of the best segmentation, in order; they concatenate to the text */
  pieces: string[];
  /** the sum of the pieces' log-probabilities (0 for the empty text) */
  logProb: number;
}

/**
 * Reads the piece table: non-empty keys, finite numbers.
 *
 * @throws {TypeError} when it is not an object or a value is not a number.
 * @throws {RangeError} when a key is empty or a value is not finite.
 */
function checkPieceLogProbs(value: unknown): Map<string, number> {
  const table = new Map<string, number>();
  for (const [piece, logProb] of Object.entries(checkObject('pieceLogProbs', value))) {
    const name = `pieceLogProbs[${JSON.stringify(piece)}]`;
    if (typeof logProb !== 'number')
      throw new TypeError(`${name} must be a number, got ${describeValue(logProb)}`);
    if (!Number.isFinite(logProb))
      throw new RangeError(`${name} must be finite, got ${describeValue(logProb)}`);
    if (piece === '') throw new RangeError('pieceLogProbs must not hold the empty piece ""');
    table.set(piece, logProb);
  }
  return table;
}

/**
 * The most probable segmentation of a text under a unigram language model over pieces.
 *
 * Formula: over all ways to write the text as a sequence of vocabulary pieces x₁…x_m, maximise
 * Σ log p(xᵢ), by Viterbi on the lattice of pieces: best(0) = 0 and
 * best(e) = max over pieces text[s:e] of best(s) + log p(text[s:e]). Positions are characters
 * (code points). Ties go as in SentencePiece's `Lattice::Viterbi` (and its `EncodeOptimized`): the
 * predecessor found first wins, and the candidates ending at a position are met in order of their
 * start, so among equal scores the longest final piece wins — with `a`, `b`, `c`, `ab`, `bc`
 * scored so that a + bc = ab + c, `abc` gives `a`, `bc`. (SentencePiece, Kudo 2018, "Subword
 * Regularization", https://arxiv.org/abs/1804.10959, §2.2;
 * https://github.com/google/sentencepiece/blob/master/src/unigram_model.cc. SentencePiece adds
 * its scores in float32; this sums doubles.) SentencePiece would put `<unk>` where no piece
 * covers a character; here that is an error, since the demo's vocabulary holds every character.
 *
 * @param text the text to segment (any normalisation, such as `▁` for spaces, already applied).
 * @param pieceLogProbs piece → log-probability, finite; keys non-empty.
 * @throws {TypeError} when `text` is not a string, or `pieceLogProbs` is not an object of numbers.
 * @throws {RangeError} when a log-probability is not finite, a piece is `''`, or no segmentation
 *   covers the text (the message names the first character that no segmentation gets past).
 * @example unigramSegment('abc', { a: -1, b: -2, c: -1, ab: -2, bc: -2 }) // { pieces: ['a', 'bc'], logProb: -3 }
 */
export function unigramSegment(
  text: string,
  pieceLogProbs: Readonly<Record<string, number>>,
): UnigramSegmentation {
  const chars = codePoints(checkString('text', text));
  const table = checkPieceLogProbs(pieceLogProbs);
  let maxPieceChars = 0;
  for (const piece of table.keys()) maxPieceChars = Math.max(maxPieceChars, codePoints(piece).length);

  const n = chars.length;
  // start[e] is where the last piece of the best path to e begins; -1 while e is unreached.
  const start = new Array<number>(n + 1).fill(-1);
  const best = new Array<number>(n + 1).fill(-Infinity);
  best[0] = 0;
  let furthest = 0;
  for (let e = 1; e <= n; e++) {
    for (let s = Math.max(0, e - maxPieceChars); s < e; s++) {
      if (s > 0 && start[s] === -1) continue;
      const logProb = table.get(chars.slice(s, e).join(''));
      if (logProb === undefined) continue;
      const score = (best[s] as number) + logProb;
      if (start[e] === -1 || score > (best[e] as number)) {
        start[e] = s;
        best[e] = score;
      }
    }
    if (start[e] !== -1) furthest = e;
  }

  if (n > 0 && start[n] === -1) {
    throw new RangeError(
      `text cannot be segmented: no piece of pieceLogProbs covers ${JSON.stringify(chars[furthest])} ` +
        `at character ${furthest}`,
    );
  }
  const pieces: string[] = [];
  for (let e = n; e > 0;) {
    const s = start[e] as number;
    pieces.push(chars.slice(s, e).join(''));
    e = s;
  }
  return { pieces: pieces.reverse(), logProb: best[n] as number };
}
