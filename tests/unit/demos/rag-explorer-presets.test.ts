import { describe, expect, it } from 'vitest';
import { parseCorpus } from '@/components/demos/rag-explorer/corpus';
import { PRESET_KEYS, PRESETS, presetFor } from '@/components/demos/rag-explorer/presets';
import { readQuery } from '@/components/demos/rag-explorer/query';
import { buildRagCorpus } from '@/server/rag-corpus';

describe('the preset queries', () => {
  for (const locale of ['zh', 'en'] as const) {
    const ids = new Set(
      parseCorpus(JSON.parse(JSON.stringify(buildRagCorpus(locale))), locale)?.docs.map((d) => d.id),
    );

    it(`judge only sections that are in the ${locale} corpus`, () => {
      for (const key of PRESET_KEYS) {
        for (const id of Object.keys(PRESETS[key].relevance)) expect(ids.has(id), `${key}: ${id}`).toBe(true);
      }
    });

    it(`are searchable and recognised as presets (${locale})`, () => {
      for (const key of PRESET_KEYS) {
        const query = PRESETS[key].query[locale];
        expect(readQuery(query).ok).toBe(true);
        expect(presetFor(query, locale)).toBe(key);
      }
      expect(presetFor('something else', locale)).toBeNull();
    });
  }

  it('each have at least one section of grade 2 and no grade outside 1–2', () => {
    for (const key of PRESET_KEYS) {
      const grades = Object.values(PRESETS[key].relevance);
      expect(grades).toContain(2);
      expect(grades.every((g) => g === 1 || g === 2)).toBe(true);
    }
  });
});
