/**
 * The rag-explorer view once the corpus is there: rendered on the server with the corpus hook
 * answering at once (the real corpus of the site, built as the route builds it), so the rankings,
 * metrics, prompt and citations can be checked without a browser. Bad input (an overlap not below
 * the size, an empty query, markup in the query) shows its message and keeps a valid result.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseCorpus, type RagCorpus } from '@/components/demos/rag-explorer/corpus';
import { Explorer } from '@/components/demos/rag-explorer/explorer';
import { DEFAULT_PRESET, PRESETS } from '@/components/demos/rag-explorer/presets';
import { DEFAULT_SETTINGS } from '@/components/demos/rag-explorer/settings';
import { TEXT } from '@/components/demos/rag-explorer/text';
import { buildRagCorpus } from '@/server/rag-corpus';
import { clean, renderDemo, textOf } from './render-island';

const corpora: Record<string, RagCorpus | null> = {
  zh: parseCorpus(JSON.parse(JSON.stringify(buildRagCorpus('zh'))), 'zh'),
  en: parseCorpus(JSON.parse(JSON.stringify(buildRagCorpus('en'))), 'en'),
};

vi.mock('@/components/demos/rag-explorer/use-corpus', () => ({
  useCorpus: (locale: string) => ({ status: 'ready', corpus: corpora[locale], retry: () => {} }),
}));

describe('Explorer with the corpus loaded', () => {
  for (const locale of ['zh', 'en'] as const) {
    const t = TEXT[locale];
    const defaults = DEFAULT_SETTINGS[locale];

    it(`ranks the default preset query and scores it against its judgements (${locale})`, () => {
      const html = renderDemo(Explorer, { initial: defaults }, locale);
      const readout = textOf(html, 'output', 'data-readout');
      const [recall = '', rr = '', ndcg = ''] = ['recall@5', 'RR', 'nDCG@5'].map(
        (name) => new RegExp(`${name} = ([01]\\.\\d\\d)`).exec(readout)?.[1],
      );
      // 3 sections are judged relevant for the hybrid-retrieval preset
      expect(readout).toBe(t.readoutPreset(5, recall, rr, ndcg, 3));
      // recall@5 is a share of 3 sections: 0, 1/3, 2/3 or 1
      expect(['0.00', '0.33', '0.67', '1.00']).toContain(recall);
      expect(html.match(/data-method="(bm25|tfidf|fused)"/g)).toHaveLength(9); // 3 lists + 2 tables
      expect(html).not.toMatch(/\bNaN\b|\bundefined\b/);
    });

    it(`shows the prompt with the top k chunks and links each citation to its section (${locale})`, () => {
      const html = renderDemo(Explorer, { initial: defaults }, locale);
      const prompt = textOf(html, 'pre', 'data-prompt');
      expect(prompt).toContain(PRESETS[DEFAULT_PRESET].query[locale]);
      expect(prompt).toMatch(/\[5\] /);
      expect(prompt).not.toMatch(/\[6\] /);
      const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
      expect(links).toHaveLength(5);
      const docs = new Set(corpora[locale]?.docs.map((d) => d.href));
      for (const [, href, label] of links) {
        expect(docs.has(href as string)).toBe(true);
        expect(label).toMatch(/^\[\d\] .+ › .+/);
      }
    });

    it(`keeps a valid chunking on screen when overlap ≥ size, with lib's message (${locale})`, () => {
      const html = renderDemo(Explorer, { initial: { ...defaults, size: 20, overlap: 40 } }, locale);
      expect(clean(html)).toContain('overlap must be less than size');
      expect(html).toContain('data-prompt');
      expect(textOf(html, 'output', 'data-readout')).toMatch(/^RRF/);
    });

    it(`says an empty query is empty and keeps the default query's results (${locale})`, () => {
      const html = renderDemo(Explorer, { initial: { ...defaults, query: '  ' } }, locale);
      expect(clean(html)).toContain(t.empty);
      expect(textOf(html, 'pre', 'data-prompt')).toContain(PRESETS[DEFAULT_PRESET].query[locale]);
    });

    it(`renders markup in a query as text (${locale})`, () => {
      const query = '<img src=x onerror=alert(1)> attention';
      const html = renderDemo(Explorer, { initial: { ...defaults, query } }, locale);
      expect(html).not.toContain('<img');
      expect(textOf(html, 'pre', 'data-prompt')).toContain(query);
      expect(textOf(html, 'output', 'data-readout')).toMatch(/^RRF/);
    });

    it(`caps a huge query with a message (${locale})`, () => {
      const html = renderDemo(
        Explorer,
        { initial: { ...defaults, query: 'attention '.repeat(500) } },
        locale,
      );
      expect(clean(html)).toContain(t.capped(200));
    });
  }
});
