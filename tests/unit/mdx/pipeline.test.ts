/**
 * The MDX pipeline of next.config.mjs (mdx/plugins.mjs) compiles good pages and fails the build on
 * authoring mistakes: a malformed formula, Chinese outside \text{}, a heading without an id.
 */
import { compile } from '@mdx-js/mdx';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PluggableList } from 'unified';
import { rehypePlugins, remarkPlugins } from '@/mdx/plugins.mjs';
import type { PluginSpec } from '@/mdx/plugins.mjs';
const require = createRequire(import.meta.url);

async function load(specs: PluginSpec[]): Promise<PluggableList> {
  return Promise.all(
    specs.map(async ([name, options]) => {
      const mod = (await import(require.resolve(name))) as { default: never };
      return [mod.default, options] as [never, unknown];
    }),
  );
}

let plugins: { remarkPlugins: PluggableList; rehypePlugins: PluggableList } | null = null;

async function render(source: string): Promise<string> {
  plugins ??= { remarkPlugins: await load(remarkPlugins), rehypePlugins: await load(rehypePlugins) };
  return String(await compile(source, plugins));
}

const id = (s: string) => `{/*${s}*/}`;

describe('MDX pipeline', () => {
  // The first compile loads Shiki's grammars, which takes several seconds on a busy 2-core machine.
  beforeAll(() => render('```python\nx = 1\n```'), 120_000);

  it('renders math to HTML at build time and sets explicit heading ids', async () => {
    const out = await render(`## 温度 ${id('temperature')}\n\n$p_T \\propto p^{1/T}$，$\\text{温度}\\ T$`);
    expect(out).toContain('"temperature"');
    expect(out).toContain('katex');
  });

  it('highlights code blocks at build time', async () => {
    const out = await render('```python\nimport numpy as np\n```');
    expect(out).toContain('shiki');
  });

  it('fails on a malformed formula', async () => {
    await expect(render('$\\frac{1}{$')).rejects.toThrow(/KaTeX could not render/);
  });

  it('fails on Chinese outside \\text{} in math', async () => {
    await expect(render('$温度 = T$')).rejects.toThrow(/KaTeX could not render/);
  });

  it('fails on a section heading without an explicit id', async () => {
    await expect(render('## 没有 id 的标题')).rejects.toThrow(/needs an explicit id/);
  });

  it('fails on a duplicate heading id', async () => {
    await expect(render(`## A ${id('same')}\n\n## B ${id('same')}`)).rejects.toThrow(
      /Duplicate heading id "same"/,
    );
  });
});
