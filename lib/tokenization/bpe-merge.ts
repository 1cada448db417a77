/**
 * Applies one BPE merge rule to a split word: every adjacent `(left, right)` becomes `left + right`,
 * scanning left to right without overlaps, so `['a', 'a', 'a']` with `('a', 'a')` gives
 * `['aa', 'a']`. Returns the input itself when nothing matched, a fresh array otherwise.
 *
 * Formula: the `merge_pair` loop of the Hugging Face NLP course, chapter 6 "Byte-Pair Encoding
 * tokenization" (https://huggingface.co/learn/llm-course/chapter6/5).
 *
 * @throws never.
 * @example applyMerge(['h', 'u', 'g'], 'u', 'g') // ['h', 'ug']
 */
export function applyMerge(split: readonly string[], left: string, right: string): readonly string[] {
  let out: string[] | null = null;
  let i = 0;
  while (i < split.length) {
    if (i + 1 < split.length && split[i] === left && split[i + 1] === right) {
      out ??= split.slice(0, i);
      out.push(left + right);
      i += 2;
    } else {
      const token = split[i] as string;
      if (out !== null) out.push(token);
      i += 1;
    }
  }
  return out ?? split;
}
