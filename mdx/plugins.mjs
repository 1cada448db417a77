// The MDX pipeline, shared by next.config.mjs and the pipeline's unit test. Turbopack needs every
// plugin as a string (a package name or an absolute path) with serialisable options.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const local = (file) => path.join(here, file);

export const remarkPlugins = [
  ['remark-frontmatter', ['yaml']],
  ['remark-gfm', {}],
  ['remark-math', {}],
  [local('remark-heading-ids.mjs'), {}],
];

export const rehypePlugins = [
  // `strict: 'error'` turns KaTeX warnings (e.g. Chinese outside \text{}) into errors.
  ['rehype-katex', { strict: 'error', output: 'html' }],
  [local('rehype-fail-on-math-error.mjs'), {}],
  [local('rehype-math-scroll.mjs'), {}],
  // Code is highlighted at build time; both themes ship as CSS variables (see globals.css).
  [
    '@shikijs/rehype',
    { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  ],
];
