'use client';

/**
 * Loads the Pagefind index that `npm run build` writes to out/pagefind/. The module is fetched
 * only when the reader first searches, so it costs nothing on page load. Pagefind picks the index
 * matching `<html lang>`, which gives Chinese its own segmentation.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

interface PagefindModule {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
let loading: Promise<PagefindModule> | null = null;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${base}/pagefind/pagefind.js`;
    // A runtime URL the bundler must not try to resolve: the index only exists after the build.
    const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindModule;
    await mod.options({ baseUrl: `${base}/` });
    await mod.init();
    return mod;
  })();
  loading.catch(() => {
    loading = null; // let a later attempt retry (e.g. after a network hiccup)
  });
  return loading;
}
