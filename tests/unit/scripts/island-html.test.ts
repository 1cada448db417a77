import { describe, expect, it } from 'vitest';
import { attribute, closingDiv, renderIslands, replaceRuntime } from '@/scripts/island-html.mjs';

describe('attribute', () => {
  it('reads and unescapes an attribute as React writes it', () => {
    const tag = '<div data-island="x" data-props="{&quot;a&quot;:&quot;it&#x27;s &lt;b&gt; &amp; c&quot;}">';
    expect(attribute(tag, 'data-props')).toBe(`{"a":"it's <b> & c"}`);
    expect(attribute(tag, 'data-locale')).toBeUndefined();
  });
});

describe('closingDiv', () => {
  it('finds the closing tag of the div that is open, past nested divs', () => {
    const html = '<div a><div><div></div></div><p>x</p></div><div>after</div>';
    const { innerEnd, end } = closingDiv(html, '<div a>'.length, 'page.html');
    expect(html.slice('<div a>'.length, innerEnd)).toBe('<div><div></div></div><p>x</p>');
    expect(html.slice(end)).toBe('<div>after</div>');
  });

  it('names the file when the div is never closed', () => {
    expect(() => closingDiv('<div a><div></div>', 7, 'broken.html')).toThrow('broken.html');
  });
});

describe('renderIslands', () => {
  it('replaces each island with its own render and numbers the useId prefixes', async () => {
    const html =
      '<p>prose</p><div data-island="a" data-props="{&quot;n&quot;:1}" data-locale="en"><div>old</div></div>' +
      '<div data-island="b" data-locale="zh">old</div>';
    const calls: unknown[] = [];
    const result = await renderIslands(
      html,
      async (name, props, locale, prefix) => {
        calls.push([name, props, locale, prefix]);
        return `<b>${name}</b>`;
      },
      'page.html',
    );
    expect(calls).toEqual([
      ['a', { n: 1 }, 'en', 'i0-'],
      ['b', {}, 'zh', 'i1-'],
    ]);
    expect(result.count).toBe(2);
    expect(result.html).toBe(
      '<p>prose</p><div data-island="a" data-props="{&quot;n&quot;:1}" data-locale="en" data-prefix="i0-"><b>a</b></div>' +
        '<div data-island="b" data-locale="zh" data-prefix="i1-"><b>b</b></div>',
    );
  });

  it('leaves a client-rendered island its fallback', async () => {
    const html = '<div data-island="review" data-render="client"><p>…</p></div>';
    const result = await renderIslands(html, async () => 'never', 'page.html');
    expect(result.html).toBe(
      '<div data-island="review" data-render="client" data-prefix="i0-"><p>…</p></div>',
    );
  });
});

describe('replaceRuntime', () => {
  it('removes Next scripts, preloads and the RSC payload, keeps data-keep scripts and adds ours', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/_next/x.js"/>' +
      '<script src="/_next/x.js" async=""></script><script data-keep="true">theme()</script></head>' +
      '<body><p>article</p><script>self.__next_f.push([1,"article"])</script></body></html>';
    expect(replaceRuntime(html, '/llm/_islands/site-1.js')).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"/><script data-keep="true">theme()</script>' +
        '<script type="module" src="/llm/_islands/site-1.js"></script></head><body><p>article</p></body></html>',
    );
  });
});
