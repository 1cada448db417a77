import type { ComponentType, ReactNode } from 'react';
import { currentMdxPage } from '@/components/mdx/strings';
import type { Locale } from '@/lib/i18n';
import { ClientOnly } from './client-only';
import { LocaleProvider } from './locale-provider';
import { islands } from './registry';
import type { IslandName, IslandProps } from './registry';

/**
 * An interactive island inside otherwise static HTML (Astro's `client:visible` is the model).
 *
 * It renders `<div data-island>` holding the component, with its props as JSON and its locale.
 * `next dev` shows the component live through Next. The production build (scripts/islands.mjs)
 * re-renders the same component into this div with the islands' static renderer (Preact's, the
 * runtime the browser uses), strips Next's runtime from the page, and the browser loader (site.ts)
 * hydrates the div as a root of its own when it nears the viewport, gets focus or is touched.
 * Props must therefore be plain JSON.
 *
 * - `load="eager"`: hydrate at once (the review and search pages, which are nothing but the app).
 * - `clientOnly`: the component needs the browser (stored progress, the query string); the HTML
 *   holds `fallback` and the browser renders the component in its place.
 */
export async function Island<N extends IslandName>({
  name,
  props,
  locale = currentMdxPage().locale,
  load = 'visible',
  clientOnly = false,
  fallback = null,
}: {
  name: N;
  props: IslandProps<N>;
  locale?: Locale;
  load?: 'visible' | 'eager';
  clientOnly?: boolean;
  fallback?: ReactNode;
}) {
  // The registry ties each name to its component's props; past this point they are plain JSON.
  const Component = (await islands[name]()) as ComponentType<Record<string, unknown>>;
  const json = JSON.stringify(props);
  const element = <Component {...(props as Record<string, unknown>)} />;
  return (
    <div
      data-island={name}
      data-props={json === '{}' ? undefined : json}
      data-locale={locale}
      data-load={load === 'eager' ? 'eager' : undefined}
      data-render={clientOnly ? 'client' : undefined}
    >
      <LocaleProvider locale={locale}>
        {clientOnly ? <ClientOnly fallback={fallback}>{element}</ClientOnly> : element}
      </LocaleProvider>
    </div>
  );
}

/** An MDX tag for an island that takes no props: `ChainRule: islandTag('chain-rule')`. */
export function islandTag(name: IslandName) {
  function IslandTag() {
    return <Island name={name} props={{} as IslandProps<typeof name>} />;
  }
  IslandTag.displayName = `Island(${name})`;
  return IslandTag;
}
