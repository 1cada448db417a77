import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, readQuery } from '@/components/demos/rag-explorer/query';

describe('readQuery', () => {
  it('trims the query and gives its terms', () => {
    expect(readQuery('  BM25 与稠密检索 ')).toEqual({
      ok: true,
      text: 'BM25 与稠密检索',
      terms: ['bm25', '与稠', '稠密', '密检', '检索'],
      capped: false,
    });
  });

  it('says an empty query is empty', () => {
    expect(readQuery('')).toEqual({ ok: false, reason: 'empty' });
    expect(readQuery(' \n\t')).toEqual({ ok: false, reason: 'empty' });
  });

  it('says a query of emoji, punctuation or lone surrogates has nothing to search', () => {
    expect(readQuery('🙂🙂 ?!')).toEqual({ ok: false, reason: 'noTerms' });
    expect(readQuery('\uD800\u0301')).toEqual({ ok: false, reason: 'noTerms' });
  });

  it('caps a huge query at MAX_QUERY_CHARS code points and says so', () => {
    const result = readQuery('检'.repeat(5000));
    expect(result.ok && result.capped).toBe(true);
    // 200 characters of one Han character: 199 bigrams
    expect(result.ok && Array.from(result.text).length).toBe(MAX_QUERY_CHARS);
    expect(result.ok && result.terms.length).toBe(MAX_QUERY_CHARS - 1);
    // an emoji at the cut stays whole (code points, not UTF-16 units)
    const emoji = readQuery(`${'a'.repeat(MAX_QUERY_CHARS - 1)}🙂🙂`);
    expect(emoji.ok && emoji.text.endsWith('a🙂')).toBe(true);
  });
});
