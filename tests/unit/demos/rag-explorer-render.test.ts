/**
 * SSR smoke test of the rag-explorer island in both languages: the static HTML holds the controls
 * with the default preset query and a "loading" readout — the corpus is fetched only when the
 * island starts in the browser, so no ranking, metric or prompt is in the page's HTML.
 */
import { describe, expect, it } from 'vitest';
import { RagExplorerDemo } from '@/components/demos/rag-explorer/demo';
import { CORPUS_CAP } from '@/components/demos/rag-explorer/corpus';
import { DEFAULT_PRESET, PRESET_KEYS, PRESETS } from '@/components/demos/rag-explorer/presets';
import { TEXT } from '@/components/demos/rag-explorer/text';
import { clean, renderDemo, textOf } from './render-island';

describe('RagExplorerDemo (server render)', () => {
  for (const locale of ['zh', 'en'] as const) {
    const t = TEXT[locale];
    const html = renderDemo(RagExplorerDemo, {}, locale);
    const text = clean(html.replace(/<[^>]+>/g, ' '));

    it(`shows the controls, the default query and the loading readout (${locale})`, () => {
      expect(html).toContain('data-demo="rag-explorer"');
      expect(textOf(html, 'output', 'data-readout')).toBe(t.readoutLoading);
      expect(clean(html)).toContain(`value="${PRESETS[DEFAULT_PRESET].query[locale]}"`);
      for (const key of PRESET_KEYS) expect(text).toContain(t.presetNames[key]);
      for (const label of [t.query, t.k, t.size, t.overlap]) expect(text).toContain(label);
      expect(text).toContain(t.hint(CORPUS_CAP[locale]));
      expect(text).toContain(t.loading);
    });

    it(`carries no corpus, ranking or prompt in the HTML, and no NaN (${locale})`, () => {
      expect(html).not.toContain('data-prompt');
      expect(html).not.toContain('data-rankings');
      expect(html).not.toMatch(/\bNaN\b|\bundefined\b/);
      // three native sliders (k, size, overlap) and one text field
      expect(html.match(/type="range"/g)).toHaveLength(3);
      expect(html).toContain('name="rag-q"');
    });
  }
});
