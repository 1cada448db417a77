import { describe, expect, it } from 'vitest';
import { extractHeadings, frontmatterSchema, metaSchema } from '@/lib/content';

const id = (s: string) => `{/*${s}*/}`;

describe('extractHeadings', () => {
  it('reads level-2 and level-3 headings with their explicit ids, in order', () => {
    const source = [
      '# Title',
      `## 定义 ${id('definition')}`,
      'text',
      `### 链式法则 $p(x)$ ${id('chain-rule')}`,
    ].join('\n');
    expect(extractHeadings(source)).toEqual([
      { depth: 2, text: '定义', id: 'definition' },
      { depth: 3, text: '链式法则 p(x)', id: 'chain-rule' },
    ]);
  });
  it('ignores headings inside fenced code', () => {
    const source = ['```md', `## Not a heading ${id('nope')}`, '```', `## Real ${id('real')}`].join('\n');
    expect(extractHeadings(source).map((h) => h.id)).toEqual(['real']);
  });
  it('skips headings without an id (the build plugin rejects them)', () => {
    expect(extractHeadings('## No id here')).toEqual([]);
  });
});

describe('frontmatterSchema', () => {
  it('accepts a title and a description', () => {
    expect(
      frontmatterSchema.parse({ title: '导论', description: '语言模型是什么，以及它从哪里来。' }),
    ).toEqual({
      title: '导论',
      description: '语言模型是什么，以及它从哪里来。',
    });
  });
  it('rejects unknown keys and missing titles', () => {
    expect(
      frontmatterSchema.safeParse({ title: 'x', description: 'long enough text', tags: [] }).success,
    ).toBe(false);
    expect(frontmatterSchema.safeParse({ description: 'long enough text' }).success).toBe(false);
  });
});

describe('metaSchema', () => {
  it('requires kebab-case slugs and at least one page per chapter', () => {
    expect(metaSchema.safeParse({ chapters: [{ slug: 'intro', pages: ['index'] }] }).success).toBe(true);
    expect(metaSchema.safeParse({ chapters: [{ slug: 'Intro', pages: ['index'] }] }).success).toBe(false);
    expect(metaSchema.safeParse({ chapters: [{ slug: 'intro', pages: [] }] }).success).toBe(false);
  });
});
