import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * True once React owns this tree in the browser: false in the static HTML and during hydration,
 * true on the render right after it (`useSyncExternalStore` uses the server snapshot until then).
 *
 * Interactive roots render it as `data-hydrated`: input that reaches the static HTML before React
 * takes over is lost (a typed value, a shortcut key, a click that should carry `#section`), so
 * end-to-end tests wait for the attribute before they act.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
