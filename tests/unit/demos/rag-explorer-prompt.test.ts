import { describe, expect, it } from 'vitest';
import { buildPrompt, citationLabel } from '@/components/demos/rag-explorer/prompt';

const SOURCES = [
  { source: 'Glossary', title: 'BM25', href: '/en/glossary/#bm25', text: 'A ranking function.' },
  {
    source: 'RAG',
    title: 'Hybrid retrieval',
    href: '/en/frontiers/#hybrid-retrieval',
    text: 'RRF <b>fuses</b>.',
  },
];

describe('buildPrompt', () => {
  it('numbers the sources with their section and address, then asks the question', () => {
    const prompt = buildPrompt('en', 'what is BM25?', SOURCES);
    expect(prompt.split('\n').slice(2)).toEqual([
      'Sources:',
      '[1] Glossary › BM25 (/en/glossary/#bm25)',
      'A ranking function.',
      '',
      '[2] RAG › Hybrid retrieval (/en/frontiers/#hybrid-retrieval)',
      'RRF <b>fuses</b>.',
      '',
      'Question: what is BM25?',
      'Answer:',
    ]);
    expect(prompt.startsWith('You answer questions about this study site.')).toBe(true);
  });

  it('ends with an empty answer cue: nothing is generated', () => {
    expect(buildPrompt('zh', '什么是 BM25？', SOURCES).endsWith('问题：什么是 BM25？\n回答：')).toBe(true);
  });

  it('says when no source was retrieved', () => {
    expect(buildPrompt('en', 'q', [])).toContain('Sources:\n(no source retrieved)\n\nQuestion: q');
  });
});

describe('citationLabel', () => {
  it('is the number, page and section, without the address', () => {
    expect(citationLabel(2, SOURCES[1]!)).toBe('[2] RAG › Hybrid retrieval');
  });
});
