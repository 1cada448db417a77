import { describe, expect, it } from 'vitest';
import { tidyText, toGlossaryEntries } from '@/components/demos/react-stepper/glossary';

// A stand-in for the browser's DOMParser + textContent: drops tags.
const strip = (html: string) => tidyText(html.replace(/<[^>]*>/g, ''));

describe('toGlossaryEntries', () => {
  it('reads the review data glossary (glossary.json) and turns definitions into text', () => {
    const data = [
      {
        id: 'kv-cache',
        term: 'KV cache',
        aka: [],
        definitionHtml: 'Stores the <em>keys</em> and values\u200b of every token.',
        chapter: 'decoding',
        href: '/en/decoding/acceleration/#what-is-cached',
      },
      {
        id: 'cot',
        term: 'Chain of thought',
        aka: ['CoT', 3],
        definitionHtml: '<script>alert(1)</script>Steps.',
      },
    ];
    expect(toGlossaryEntries(data, strip)).toEqual([
      { id: 'kv-cache', term: 'KV cache', aka: [], definition: 'Stores the keys and values of every token.' },
      // the text of a script element is kept as text; nothing is ever run or inserted as HTML
      { id: 'cot', term: 'Chain of thought', aka: ['CoT'], definition: 'alert(1)Steps.' },
    ]);
  });

  it('skips malformed items and payloads without throwing', () => {
    expect(toGlossaryEntries({ terms: [] }, strip)).toEqual([]);
    expect(
      toGlossaryEntries([null, 1, { id: 'x' }, { id: 'y', term: 'Y', definitionHtml: 'd' }], strip),
    ).toEqual([{ id: 'y', term: 'Y', aka: [], definition: 'd' }]);
  });
});
