/**
 * Build-time Markdown → HTML for question-bank text (answers may hold math). Same math settings
 * as the MDX pipeline: KaTeX renders on the server and a bad formula throws, failing the build.
 */
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/**
 * Site links in bank text are written from the site root (`/en/alignment/grpo/#…`), as in the
 * MDX pages; like SiteLink there, prefix them with the base path the site is exported under.
 */
function rehypeBasePath() {
  return (tree: Root) => {
    const base = process.env.NEXT_PUBLIC_BASE_PATH ?? process.env.BASE_PATH ?? '';
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = base + href;
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'error', output: 'html' })
  .use(rehypeBasePath)
  .use(rehypeStringify);

/**
 * Renders trusted, author-written Markdown (never user input) to HTML.
 * @throws {Error} naming `where` when a formula cannot be rendered.
 */
export function renderMarkdown(markdown: string, where: string): string {
  const file = processor.processSync(markdown);
  const problems = file.messages.filter((m) => m.source === 'rehype-katex');
  if (problems.length > 0) {
    throw new Error(
      `${where}: KaTeX could not render: ${problems.map((m) => m.cause ?? m.reason).join('; ')}`,
    );
  }
  return String(file);
}

/**
 * Renders a one-paragraph text (a question, a glossary definition) for use inside inline markup:
 * the same as {@link renderMarkdown}, without the wrapping `<p>`.
 */
export function renderInlineMarkdown(markdown: string, where: string): string {
  return renderMarkdown(markdown, where).replace(/^<p>([\s\S]*)<\/p>\s*$/, '$1');
}
