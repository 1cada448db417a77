'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { parseExcerpt } from '@/lib/search';
import { loadPagefind } from './pagefind';
import type { PagefindResultData } from './pagefind';

const TEXT = {
  zh: {
    label: '搜索全部章节与面试题',
    placeholder: '例如：退火、束搜索、召回率',
    searching: '搜索中…',
    none: (q: string) => `没有找到与“${q}”相关的内容。`,
    count: (n: number) => `找到 ${n} 个页面`,
    unavailable: '搜索索引不可用：它由 `npm run build` 生成，开发服务器里没有。',
  },
  en: {
    label: 'Search all chapters and interview questions',
    placeholder: 'e.g. annealing, beam search, recall',
    searching: 'Searching…',
    none: (q: string) => `Nothing found for “${q}”.`,
    count: (n: number) => `${n} ${n === 1 ? 'page' : 'pages'} found`,
    unavailable: 'The search index is not available: `npm run build` creates it; the dev server has none.',
  },
};

/** The answer to one query; while it differs from the current query, the panel shows "searching". */
type Answer =
  { query: string; kind: 'done'; results: PagefindResultData[] } | { query: string; kind: 'error' };
type State = { kind: 'idle' } | { kind: 'searching' } | Answer;

/** The search box and its results; used on /<locale>/search/ and in the header's dialog. */
export function SearchPanel({
  locale,
  autoFocus = false,
  syncUrl = false,
  onNavigate,
}: {
  locale: Locale;
  autoFocus?: boolean;
  /** Start from `?q=` and keep it in the address bar, so a search can be shared. */
  syncUrl?: boolean;
  onNavigate?: () => void;
}) {
  const t = TEXT[locale];
  const inputId = useId();
  const statusId = useId();
  const [query, setQuery] = useState('');
  // The box can be in the page's HTML before this code runs (the search page), so the first
  // render matches that HTML (an empty query) and the start below happens once mounted.
  const [started, setStarted] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const q = query.trim();
  const state: State = !q ? { kind: 'idle' } : answer?.query === q ? answer : { kind: 'searching' };
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // What the reader typed before hydration wins over the address's `?q=`.
    const typed = inputRef.current?.value ?? '';
    const fromUrl = syncUrl ? (new URL(window.location.href).searchParams.get('q') ?? '') : '';
    if (typed || fromUrl) setQuery(typed || fromUrl);
    setStarted(true);
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus, syncUrl]);

  useEffect(() => {
    if (!started) return;
    if (syncUrl) {
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
    }
    if (!q) return;
    let cancelled = false;
    loadPagefind()
      .then(async (pagefind) => {
        const search = await pagefind.debouncedSearch(q, {}, 200);
        if (!search || cancelled) return; // superseded by a newer keystroke
        const results = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
        if (!cancelled) setAnswer({ query: q, kind: 'done', results });
      })
      .catch(() => {
        if (!cancelled) setAnswer({ query: q, kind: 'error' });
      });
    return () => {
      cancelled = true;
    };
  }, [q, query, syncUrl, started]);

  return (
    <div role="search" className="not-prose">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {t.label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        value={query}
        placeholder={t.placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
        className="mt-1 w-full rounded-lg border border-line bg-surface px-3 py-2.5 text-base"
      />
      <p id={statusId} aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {state.kind === 'searching' && t.searching}
        {state.kind === 'error' && t.unavailable}
        {state.kind === 'done' && (state.results.length === 0 ? t.none(q) : t.count(state.results.length))}
      </p>
      {state.kind === 'done' && state.results.length > 0 && (
        <ol className="mt-2 space-y-3" data-search-results>
          {state.results.map((result) => (
            <li key={result.url} className="rounded-lg border border-line p-3">
              <a
                href={result.url}
                onClick={onNavigate}
                className="font-semibold text-accent-strong hover:underline"
              >
                {result.meta.title ?? result.url}
              </a>
              <Excerpt html={result.excerpt} />
              {result.sub_results.length > 0 && (
                <ul className="mt-2 space-y-1.5 border-l border-line pl-3">
                  {result.sub_results
                    .filter((sub) => sub.url !== result.url)
                    .slice(0, 3)
                    .map((sub) => (
                      <li key={sub.url}>
                        <a
                          href={sub.url}
                          onClick={onNavigate}
                          className="text-sm font-medium hover:underline"
                        >
                          {sub.title}
                        </a>
                        <Excerpt html={sub.excerpt} />
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Excerpt({ html }: { html: string }) {
  return (
    <p className="mt-1 text-sm text-fg-2">
      {parseExcerpt(html).map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-[var(--highlight)] px-0.5 text-fg">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
