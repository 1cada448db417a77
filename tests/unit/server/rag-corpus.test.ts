import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CORPUS_CAP, parseCorpus } from '@/components/demos/rag-explorer/corpus';
import { extractHeadings } from '@/lib/content';
import { textUnits } from '@/lib/retrieval';
import { getAllPages } from '@/server/content';
import { readGlossary } from '@/server/glossary';
import { markdownText, mdxSections } from '@/server/mdx-plain-text';
import { buildRagCorpus, capText } from '@/server/rag-corpus';

const h = (id: string) => `{/*${id}*/}`;

const PAGE = [
  '---',
  'title: T',
  'description: A page to test the plain-text pass.',
  '---',
  '',
  '<LearningGoals>- a goal</LearningGoals>',
  '',
  'An opening paragraph.',
  '',
  `## First ${h('first')}`,
  '',
  'Text with <Term id="x">a term</Term>, **bold**, *em*, `snake_case_name`, $k_1$ and [a link](/en/x/#y).',
  '',
  '$$',
  'x = \\frac{a}{b}',
  '$$',
  '',
  '```python',
  'print("dropped")',
  '```',
  '',
  '<Pitfall title="A gotcha">',
  'Body of the pitfall.',
  '</Pitfall>',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | $|x|$ |',
  '',
  '<SomeDemo values={[1, 2, { a: 3 }]} label="x > y" />',
  '',
  '<Multi',
  '  prop="a"',
  '  other={{ nested: "}" }}',
  '/>',
  '',
  `### Second ${h('second')}`,
  '',
  '- item one',
  '- item two',
  '',
  '#### A deeper heading',
  '',
  'Final &lt;tag&gt; text {/* a comment */} and \\{ braces \\}.',
  '',
  `## Empty ${h('empty')}`,
  '',
  '<InterviewQuestions />',
].join('\n');

describe('mdxSections', () => {
  const sections = mdxSections(PAGE);

  it('splits at ## and ### headings and leaves out the text before the first', () => {
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['first', 'First'],
      ['second', 'Second'],
      ['empty', 'Empty'],
    ]);
  });

  it('keeps prose, JSX children and titles, inline code and math; drops markup, display math, code and props', () => {
    expect(sections[0]?.text).toBe(
      [
        'Text with a term, bold, em, snake_case_name, $k_1$ and a link.',
        'A gotcha',
        'Body of the pitfall.',
        'a | b',
        '1 | $|x|$',
      ].join('\n'),
    );
  });

  it('keeps list items and #### headings as lines, decodes entities and escapes, drops comments', () => {
    expect(sections[1]?.text).toBe('item one\nitem two\nA deeper heading\nFinal <tag> text and { braces }.');
    expect(sections[2]?.text).toBe('');
  });

  it('finds the same headings as extractHeadings on every page of the site', () => {
    for (const page of getAllPages('zh').concat(getAllPages('en'))) {
      expect(
        mdxSections(page.source).map((s) => s.id),
        page.file,
      ).toEqual(extractHeadings(page.source).map((x) => x.id));
    }
  });

  it('leaves no MDX or Markdown syntax in the text of any real page', () => {
    for (const page of getAllPages('zh').concat(getAllPages('en'))) {
      for (const s of mdxSections(page.source)) {
        // Inline code may legitimately hold `<think>` or `{role}`; component tags, MDX comments,
        // display math and link syntax must not survive.
        expect(s.text, `${page.file}#${s.id}`).not.toMatch(
          /<\/?[A-Z][A-Za-z]*[\s/>]|\{\/\*|\$\$|\]\(\/|^```/m,
        );
      }
    }
  });
});

describe('markdownText', () => {
  it('strips emphasis and links from a glossary definition and keeps its math', () => {
    expect(markdownText('The **smallest** set with mass $\\ge p$ ([more](/en/x/)).')).toBe(
      'The smallest set with mass $\\ge p$ (more).',
    );
  });
});

describe('capText', () => {
  it('keeps the first cap characters of Chinese and the first cap words of English', () => {
    expect(capText('检索增强生成', 'zh', 4)).toBe('检索增强');
    expect(capText('one two  three', 'en', 2)).toBe('one two');
    expect(capText('one two', 'en', 5)).toBe('one two');
  });
});

describe('buildRagCorpus', () => {
  for (const locale of ['zh', 'en'] as const) {
    const file = buildRagCorpus(locale);
    const corpus = parseCorpus(JSON.parse(JSON.stringify(file)), locale);

    it(`round-trips through JSON into one document per section (${locale})`, () => {
      expect(corpus).not.toBeNull();
      expect(corpus?.docs).toHaveLength(file.sections.length);
      const ids = corpus?.docs.map((d) => d.id) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`links every section to its page and heading, and every term to the glossary (${locale})`, () => {
      const anchors = new Map(
        getAllPages(locale).map((p) => [p.href, new Set(extractHeadings(p.source).map((x) => x.id))]),
      );
      for (const doc of corpus?.docs ?? []) {
        const [path = '', anchor = ''] = doc.href.split('#');
        if (doc.id.startsWith('glossary#')) {
          expect(path).toBe(`/${locale}/glossary/`);
          continue;
        }
        expect(anchors.get(path)?.has(anchor), doc.href).toBe(true);
        expect(doc.id.endsWith(`#${anchor}`)).toBe(true);
      }
      const terms = corpus?.docs.filter((d) => d.id.startsWith('glossary#')) ?? [];
      expect(terms).toHaveLength(readGlossary(locale).length);
    });

    it(`keeps at most the cap of text per section, none empty, no recap (${locale})`, () => {
      const unit = locale === 'zh' ? 'character' : 'word';
      for (const doc of corpus?.docs ?? []) {
        expect(doc.text.length).toBeGreaterThan(0);
        expect(textUnits(doc.text, unit).length).toBeLessThanOrEqual(CORPUS_CAP[locale]);
        expect(doc.id).not.toMatch(/#(recap|interview-questions)$/);
      }
    });

    it(`stays within 150 KiB gzip (${locale})`, () => {
      expect(zlib.gzipSync(JSON.stringify(file)).length).toBeLessThan(150 * 1024);
    });
  }

  it('has the same sections in both languages', () => {
    const ids = (locale: 'zh' | 'en') => buildRagCorpus(locale).sections.map((row) => row[1]);
    expect(ids('en')).toEqual(ids('zh'));
  });
});
