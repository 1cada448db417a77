// @ts-check
import path from 'node:path';
import createMDX from '@next/mdx';

/**
 * The whole site is a static export. BASE_PATH lets it live under a sub-path
 * (`BASE_PATH=/llm npm run build` for https://user.github.io/llm/).
 */
const basePath = process.env.BASE_PATH ?? '';

// Turbopack needs every MDX plugin as a string (a package name or an absolute path) plus
// serialisable options: the loader imports them itself.
const local = (file) => path.join(process.cwd(), 'mdx', file);

const withMDX = createMDX({
  options: {
    remarkPlugins: [
      ['remark-frontmatter', ['yaml']],
      ['remark-gfm', {}],
      ['remark-math', {}],
      [local('remark-heading-ids.mjs'), {}],
    ],
    rehypePlugins: [
      // `strict: 'error'` turns KaTeX warnings (e.g. Chinese outside \text{}) into errors.
      ['rehype-katex', { strict: 'error', output: 'html' }],
      [local('rehype-fail-on-math-error.mjs'), {}],
      [local('rehype-math-scroll.mjs'), {}],
      [
        '@shikijs/rehype',
        {
          themes: { light: 'github-light', dark: 'github-dark' },
          defaultColor: false,
        },
      ],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  experimental: { globalNotFound: true },
};

export default withMDX(nextConfig);
