'use client';

import { useEffect, useState } from 'react';
import type { Text } from './text';

/** The page address with `query` as its query string (hash kept). */
function linkFor(query: string): URL {
  const url = new URL(window.location.href);
  url.search = query;
  return url;
}

/**
 * Keeps the address bar in step with the playground (`history.replaceState`, so Back still leaves
 * the page) once the learner has changed something, and offers a "copy link" button; without
 * clipboard access it shows the link to copy by hand.
 */
export function ShareLink({ t, query, changed }: { t: Text; query: string; changed: boolean }) {
  const [status, setStatus] = useState<{ ok: boolean; href: string } | null>(null);

  useEffect(() => {
    if (changed) window.history.replaceState(window.history.state, '', linkFor(query));
  }, [query, changed]);

  const copy = () => {
    const href = linkFor(query).href;
    const fail = () => setStatus({ ok: false, href });
    try {
      navigator.clipboard.writeText(href).then(() => setStatus({ ok: true, href }), fail);
    } catch {
      fail(); // no navigator.clipboard outside a secure context
    }
  };

  return (
    <div className="text-sm">
      <button
        type="button"
        className="rounded-md border border-line px-2.5 py-1 hover:bg-surface-2"
        onClick={copy}
      >
        {t.copy}
      </button>
      <p role="status" className="mt-1 text-xs text-muted">
        {status?.ok && t.copied}
        {status?.ok === false && (
          <>
            {t.copyFailed} <code className="break-all text-fg select-all">{status.href}</code>
          </>
        )}
      </p>
    </div>
  );
}
