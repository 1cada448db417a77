/**
 * Build side of the islands (run by scripts/islands.mjs in Node): an island's HTML, rendered by
 * the same runtime (Preact, see preact-react.mjs) and the same root (IslandRoot, with the island's
 * useId prefix) that the browser hydrates, so hydration always finds exactly the markup it expects.
 */
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { defaultLocale, isLocale } from '@/lib/i18n';
import { IslandRoot } from './island-root';
import { isIslandName, islands } from './registry';

export async function renderIsland(
  name: string,
  props: Record<string, unknown>,
  locale: string,
  identifierPrefix: string,
): Promise<string> {
  if (!isIslandName(name)) throw new Error(`Unknown island "${name}" (components/islands/registry.ts)`);
  const Component = (await islands[name]()) as ComponentType<Record<string, unknown>>;
  return renderToString(
    <IslandRoot locale={isLocale(locale) ? locale : defaultLocale} idPrefix={identifierPrefix}>
      <Component {...props} />
    </IslandRoot>,
  );
}
