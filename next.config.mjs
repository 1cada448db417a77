// @ts-check
import createMDX from '@next/mdx';
import { rehypePlugins, remarkPlugins } from './mdx/plugins.mjs';

/**
 * The whole site is a static export. BASE_PATH lets it live under a sub-path
 * (`BASE_PATH=/llm npm run build` for https://user.github.io/llm/).
 */
const basePath = process.env.BASE_PATH ?? '';

const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // `npm test` type-checks the whole project once (`tsc --noEmit`); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // One bilingual 404 page for every unknown URL (the site has two root layouts, one per purpose).
  experimental: { globalNotFound: true },
};

export default withMDX(nextConfig);
