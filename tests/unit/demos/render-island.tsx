/**
 * Renders a demo's client component to HTML inside IslandRoot, as the build does (the build renders
 * with Preact in React's place, scripts/islands.mjs; the text is the same).
 */
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { IslandRoot } from '@/components/islands/island-root';
import type { Locale } from '@/lib/i18n';

export function renderDemo<P extends object>(Component: ComponentType<P>, props: P, locale: Locale): string {
  return renderToString(
    <IslandRoot locale={locale} idPrefix="">
      <Component {...props} />
    </IslandRoot>,
  );
}

/** Server HTML as text: React's text separators dropped and the five escaped characters restored. */
export const clean = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the first `<tag>` whose attributes contain `attr`, tags stripped and characters unescaped. */
export function textOf(html: string, tag: string, attr: string): string {
  const match = new RegExp(`<${tag}[^>]*${attr}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return clean((match?.[1] ?? '').replace(/<[^>]+>/g, ''));
}
