/**
 * The query box of the retriever demo: what the reader typed, trimmed and capped, and its index
 * terms (lib/retrieval's `retrievalTerms`, the analyzer the corpus is indexed with). Pure; tested
 * in tests/unit/demos/rag-explorer-query.test.ts.
 */
import { retrievalTerms } from '@/lib/retrieval/chunking';

/** Queries are cut to this many characters (code points): a question, not a document. */
export const MAX_QUERY_CHARS = 200;

export type QueryResult =
  | { readonly ok: true; readonly text: string; readonly terms: readonly string[]; readonly capped: boolean }
  | { readonly ok: false; readonly reason: 'empty' | 'noTerms' };

/**
 * The query to search for: the trimmed input, cut to {@link MAX_QUERY_CHARS} code points (then
 * `capped` is true), with its terms. An empty input, or one with no letter, digit or Chinese
 * character (only punctuation, emoji, symbols), cannot be searched.
 *
 * @example readQuery('  BM25 ') // { ok: true, text: 'BM25', terms: ['bm25'], capped: false }
 * @example readQuery('🙂!') // { ok: false, reason: 'noTerms' }
 */
export function readQuery(input: string): QueryResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const points = Array.from(trimmed);
  const capped = points.length > MAX_QUERY_CHARS;
  const text = capped ? points.slice(0, MAX_QUERY_CHARS).join('').trim() : trimmed;
  const terms = retrievalTerms(text);
  return terms.length === 0 ? { ok: false, reason: 'noTerms' } : { ok: true, text, terms, capped };
}
