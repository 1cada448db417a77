import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';

const components = mdxComponents satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
