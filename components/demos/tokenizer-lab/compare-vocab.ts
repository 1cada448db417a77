/**
 * The vocabularies the compare tab hands to `wordPieceTokenize` and `unigramSegment`, built from
 * the reader's corpus. Neither is a trained WordPiece or Unigram model (the demo says so): they
 * are labelled stand-ins that let the three segmenters run on the same words.
 */

/** The SentencePiece word-start mark, U+2581 LOWER ONE EIGHTH BLOCK. */
export const SP_MARK = '\u2581';
/** BERT's WordPiece continuation mark. */
export const WP_PREFIX = '##';

/**
 * The WordPiece vocabulary the HF course learns on its corpus (hug 10, pug 5, pun 12, bun 4,
 * hugs 5) with the score freq(ab) / (freq(a)·freq(b)) after three merges — (##g, ##s), (h, ##u),
 * (hu, ##gs) — special tokens left out (LLM course, chapter 6, "WordPiece tokenization"). With it
 * the course tokenizes hugs → [hugs], bugs → [b, ##u, ##gs] and mug → [[UNK]].
 */
export const COURSE_WORDPIECE_VOCAB: readonly string[] = [
  'b',
  'h',
  'p',
  '##g',
  '##n',
  '##s',
  '##u',
  '##gs',
  'hu',
  'hugs',
];

/**
 * A WordPiece vocabulary derived from a BPE run: every corpus character both bare (word-initial)
 * and with `##` (word-internal), plus each BPE token as it occurs in the trained splits — the
 * first token of a word bare, the others with `##`. Sorted, unique.
 *
 * @param splits each corpus word's tokens after the BPE merges (`bpeTrain(…).splits`).
 * @example wordPieceVocab({ hugs: ['hug', 's'] }) // ['##g', '##h', '##s', '##u', 'g', 'h', 'hug', 's', 'u']
 */
export function wordPieceVocab(splits: Readonly<Record<string, readonly string[]>>): string[] {
  const vocab = new Set<string>();
  for (const [word, tokens] of Object.entries(splits)) {
    for (const ch of word) {
      vocab.add(ch);
      vocab.add(WP_PREFIX + ch);
    }
    tokens.forEach((token, i) => vocab.add(i === 0 ? token : WP_PREFIX + token));
  }
  return [...vocab].sort();
}

/** A unigram seed vocabulary: each piece's weighted count, their total, and log-probabilities. */
export interface UnigramSeed {
  /** pieces with their counts, in order of first appearance */
  counts: [string, number][];
  /** the sum of all counts */
  total: number;
  /** piece → ln(count / total), the input `unigramSegment` takes */
  logProbs: Record<string, number>;
}

/**
 * The Hugging Face course's seed vocabulary for Unigram (LLM course, chapter 6, "Unigram
 * tokenization"): every character, plus every substring of length ≥ 2 that is a strict substring
 * of some word. A piece's count is the sum, over all words, of the word's frequency times how many
 * times the piece occurs in it (overlaps included, the whole word included); its log-probability
 * is ln(count / Σ counts). With `mark` (SentencePiece's ▁) each word is first written `▁word`, so
 * pieces that start a word carry the mark. Real Unigram training then prunes this seed with EM;
 * the demo does not.
 *
 * On the course corpus without a mark this gives the course's fifteen pieces, total 210.
 *
 * @example unigramSeed([['hug', 10], ['hugs', 5]], '').counts.find(([p]) => p === 'hug') // ['hug', 15]
 */
export function unigramSeed(entries: readonly (readonly [string, number])[], mark: string): UnigramSeed {
  const words = entries.map(([word, freq]) => [Array.from(mark + word), freq] as const);
  // Pieces that may enter: characters, and strict substrings of length ≥ 2 of some word.
  const allowed = new Set<string>();
  for (const [chars] of words) {
    for (let i = 0; i < chars.length; i++) {
      allowed.add(chars[i] as string);
      for (let j = i + 2; j <= chars.length; j++) {
        if (j - i < chars.length) allowed.add(chars.slice(i, j).join(''));
      }
    }
  }
  const counts = new Map<string, number>();
  for (const [chars, freq] of words) {
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= chars.length; j++) {
        const piece = chars.slice(i, j).join('');
        if (allowed.has(piece)) counts.set(piece, (counts.get(piece) ?? 0) + freq);
      }
    }
  }
  let total = 0;
  for (const c of counts.values()) total += c;
  const logProbs: Record<string, number> = {};
  for (const [piece, c] of counts) logProbs[piece] = Math.log(c / total);
  return { counts: [...counts], total, logProbs };
}

/**
 * The first character of `text` that no single-character piece covers, or '' when all are. With
 * a seed vocabulary (which holds every corpus character) this is exactly the character that
 * makes `unigramSegment` fail.
 *
 * @example firstUncovered('▁mug', { '▁': -1, u: -1, g: -1 }) // 'm'
 */
export function firstUncovered(text: string, logProbs: Readonly<Record<string, number>>): string {
  for (const ch of text) if (!Object.hasOwn(logProbs, ch)) return ch;
  return '';
}
