import { describe, expect, it } from 'vitest';
import { glossarySchema, glossaryTermSchema } from '@/lib/content';
import { getGlossary, getTerm, readGlossary } from '@/server/glossary';
import { renderToStaticMarkup } from 'react-dom/server';
import { Term } from '@/components/mdx/term';

const entry = {
  id: 'top-p',
  term: '核采样',
  aka: ['top-p'],
  definition: '保留累计概率达到 $p$ 的最少高概率词元。',
  section: 'decoding/sampling#top-p',
};

describe('glossaryTermSchema', () => {
  it('accepts a complete entry and defaults aka to []', () => {
    expect(glossaryTermSchema.parse(entry)).toEqual(entry);
    expect(glossaryTermSchema.parse({ ...entry, aka: undefined }).aka).toEqual([]);
  });
  it.each([
    ['a non-kebab id', { id: 'Top_P' }, 'id'],
    ['a section without a page', { section: 'decoding#top-p' }, 'section'],
    ['a section without a heading', { section: 'decoding/sampling' }, 'section'],
    ['a two-paragraph definition', { definition: 'one.\n\ntwo.' }, 'definition'],
    ['an empty term', { term: '  ' }, 'term'],
    ['an unknown key', { example: 'x' }, ''],
  ])('rejects %s', (_name, change, path) => {
    const result = glossaryTermSchema.safeParse({ ...entry, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
  it('needs at least one term', () => {
    expect(glossarySchema.safeParse({ terms: [] }).success).toBe(false);
  });
});

describe('the glossary files', () => {
  it('list the same ids and sections in zh and en', () => {
    const shape = (locale: 'zh' | 'en') => readGlossary(locale).map((t) => `${t.id} ${t.section}`);
    expect(shape('en')).toEqual(shape('zh'));
    expect(shape('zh').length).toBeGreaterThanOrEqual(40);
  });
  it('render definitions as inline HTML with math done at build time', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const term of getGlossary(locale)) {
        expect(term.definitionHtml).not.toMatch(/^<p>|\$/);
        expect(term.href).toMatch(new RegExp(`^/${locale}/${term.chapter}/([a-z0-9-]+/)?#[a-z0-9-]+$`));
      }
    }
    // The first call renders every definition of both glossaries (Markdown and KaTeX): several
    // seconds on a loaded 2-core machine, more than vitest's default 5 s.
  }, 30_000);
  it('getTerm names the file when an id is missing', () => {
    expect(() => getTerm('en', 'no-such-term')).toThrow(/no-such-term.*glossary\.json/);
  });
});

describe('<Term>', () => {
  it("links to the entry on its chapter's glossary page and describes the link with the definition", () => {
    const first = readGlossary('zh')[0]!;
    const id = first.id;
    const chapter = first.section.split('/')[0];
    const html = renderToStaticMarkup(Term({ id, children: 'x' }));
    expect(html).toContain(`href="/zh/glossary/${chapter}/#${id}"`);
    expect(html).toContain(`aria-describedby="term-tip-${id}"`);
    expect(html).toContain(`role="tooltip" id="term-tip-${id}"`);
    expect(html).toContain(getTerm('zh', id).definitionHtml);
  });
  it('rejects a malformed id before looking it up', () => {
    expect(() => Term({ id: 'Not An Id', children: 'x' })).toThrow(/<Term> used incorrectly in MDX/);
  });
});
