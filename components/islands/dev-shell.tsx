'use client';

import { useEffect } from 'react';

/**
 * `next dev` only: starts the chrome's behaviour (components/islands/shell.ts) after Next has
 * hydrated the page. Next itself hydrates the islands in development; the exported site runs
 * shell.ts and the island loader from `_islands/site-<hash>.js` instead, with no Next runtime.
 */
export function DevShell() {
  useEffect(() => {
    void import('./shell').then((shell) =>
      shell.startShell((el) => import('./loader').then((loader) => loader.startIsland(el))),
    );
  }, []);
  return null;
}
