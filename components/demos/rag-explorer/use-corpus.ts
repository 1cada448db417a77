'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { corpusPath, parseCorpus, type RagCorpus } from './corpus';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** One fetch per language and page: a remount (a shared link) reuses it; a failure is forgotten. */
const loads = new Map<Locale, Promise<RagCorpus>>();

function loadCorpus(locale: Locale): Promise<RagCorpus> {
  let load = loads.get(locale);
  if (!load) {
    load = fetch(`${BASE}${corpusPath(locale)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<unknown>;
      })
      .then((data) => {
        const corpus = parseCorpus(data, locale);
        if (!corpus) throw new Error('the corpus file has an unexpected shape');
        return corpus;
      });
    load.catch(() => loads.delete(locale));
    loads.set(locale, load);
  }
  return load;
}

export type CorpusStatus = 'loading' | 'ready' | 'failed';

/**
 * The site's corpus, fetched when the demo starts (its first effect after hydration, which the
 * island loader runs when the demo nears the viewport or is touched) — never during the static
 * render, so the page's HTML and first load do not carry it. `retry` fetches again after a failure.
 */
export function useCorpus(locale: Locale): {
  status: CorpusStatus;
  corpus: RagCorpus | null;
  retry: () => void;
} {
  const [corpus, setCorpus] = useState<RagCorpus | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadCorpus(locale).then(
      (c) => live && setCorpus(c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [locale, attempt]);
  const status: CorpusStatus = corpus ? 'ready' : failed ? 'failed' : 'loading';
  const retry = () => {
    setFailed(false);
    setAttempt((a) => a + 1);
  };
  return { status, corpus, retry };
}
