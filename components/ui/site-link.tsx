import type { ComponentProps } from 'react';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** A root-absolute site path with the deployment base path in front (`/zh/` → `/llm/zh/`). */
export function withBase(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? BASE + href : href;
}

/**
 * A link to another page of the site: a plain `<a>` with the base path added. Pages are static
 * documents, so following a link is a full page load, and nothing is prefetched before the reader
 * shows intent (components/islands/shell.ts).
 */
export function SiteLink({ href, ...rest }: Omit<ComponentProps<'a'>, 'href'> & { href: string }) {
  return <a href={withBase(href)} {...rest} />;
}
