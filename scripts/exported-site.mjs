// What the measuring scripts (budget.mjs, lighthouse.mjs) share: the list of exported pages, the
// static server for out/ under BASE_PATH, and how Debian's Chromium is launched.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.resolve('out');
export const basePath = process.env.BASE_PATH ?? '';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Every exported page as a site path without base path (`/zh/intro/`); exits when out/ is missing. */
export function exportedPages() {
  if (!fs.existsSync(OUT)) {
    console.error('out/ does not exist: run `npm run build` first.');
    process.exit(1);
  }
  return fs
    .readdirSync(OUT, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('_') && !f.startsWith('404'))
    .map((f) => '/' + f.replace(/index\.html$/, ''))
    .sort();
}

/** Of some exported pages, the one with the most HTML (the heaviest to parse and lay out). */
export function heaviestPage(pages) {
  const htmlSize = (sitePath) => fs.statSync(path.join(OUT, sitePath, 'index.html')).size;
  return pages.reduce((a, b) => (htmlSize(b) > htmlSize(a) ? b : a));
}

/** Starts scripts/serve-out.mjs on `port` and resolves with the child process once it listens. */
export async function serveOut(port) {
  const server = spawn(process.execPath, ['scripts/serve-out.mjs'], {
    env: { ...process.env, PORT: String(port), BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}
