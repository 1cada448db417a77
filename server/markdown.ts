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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'error', output: 'html' })
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
