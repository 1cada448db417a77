/** What the static export contains, read from out/ (tests run after `npm run build`). */
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.resolve('out');
export const basePath = process.env.BASE_PATH ?? '';

/** Every exported page as a site path without base path, e.g. `/zh/intro/`. */
export function exportedPages(): string[] {
  return fs
    .readdirSync(OUT, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('_') && !f.startsWith('404'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of an exported page (without base path), or null when there is no such page. */
export function exportedHtml(sitePath: string): string | null {
  const clean = sitePath.split('#')[0]!.split('?')[0]!;
  const file = path.join(OUT, clean.endsWith('/') ? clean + 'index.html' : clean);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : null;
}

/** Pages (site paths) whose HTML contains the given demo id. */
export function pagesWithDemo(id: string): string[] {
  return exportedPages().filter((p) => exportedHtml(p)?.includes(`data-demo="${id}"`));
}

/**
 * Pages on which a demo's own spec runs its behaviour tests: the demo's pages in one language.
 * The other language keeps a smoke test: demos.spec.ts opens the demo on every page in both
 * languages (it renders, its control is labelled, the keyboard changes its readout and its URL
 * state), and the SSR render tests check both languages' text. The language alternates between
 * demos (by the parity of the id's character codes, so it stays put when demos are added), and
 * both languages' strings go through behaviour tests across the suite. Halves the e2e time of the
 * demo specs.
 */
export function behaviourPages(id: string): string[] {
  return pagesWithDemo(id).filter((p) => p.startsWith(`/${oneLanguage(id)}/`));
}

/**
 * One of the two languages, picked by the parity of `key`'s character codes: stable for a key, so
 * a check run in one language of each pair stays in that language as the site grows, and about
 * half the keys go to each.
 */
export function oneLanguage(key: string): 'zh' | 'en' {
  return [...key].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 2 === 0 ? 'zh' : 'en';
}

/** `/zh/intro/` → the URL Playwright navigates to (relative to baseURL, which carries the base path). */
export function url(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}
