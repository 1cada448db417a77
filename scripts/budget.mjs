#!/usr/bin/env node
// Byte budgets of every exported page, measured in Chromium on a phone-sized viewport as a reader
// first opens it (no scrolling, no input), against the gzip static server (scripts/serve-out.mjs).
// Byte counts are stable, so CI enforces them (timings are only benchmarked: `npm run bench:perf`).
//
//   initial transfer ≤ 300 KiB   everything the page fetches to show itself: HTML, CSS, fonts, JS,
//                                data; island (demo) chunks excluded on reading pages
//   initial JS       ≤ 150 KiB   gzip, same rule for island chunks
//   review first load ≤ 300 KiB  the review app with every file it fetches, island chunks included
//   prefetch              none    no other page's HTML or payload is fetched before any interaction
//   inline RSC payload    ≤ 25%   of the HTML (self.__next_f scripts; the islands build removes them)
//
//   npm run build && npm run budget            (BASE_PATH must match the build's)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, OUT, basePath, exportedPages, serveOut } from './exported-site.mjs';

const KiB = 1024;
const BUDGET = { transfer: 300 * KiB, js: 150 * KiB, review: 300 * KiB, rscShare: 0.25 };
const port = Number(process.env.BUDGET_PORT ?? 4199);
const pages = exportedPages();
const CONCURRENT_PAGES = 4;

/** Share of a page's HTML taken by Next's inline RSC payload scripts. */
function rscShare(sitePath) {
  const html = fs.readFileSync(path.join(OUT, sitePath, 'index.html'), 'utf8');
  const payload = [...html.matchAll(/<script>self\.__next_f[\s\S]*?<\/script>/g)].reduce(
    (sum, m) => sum + m[0].length,
    0,
  );
  return payload / html.length;
}

const server = await serveOut(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  // Pages are measured a few at a time: each waits for network quiet, and byte counts do not
  // depend on timing (the server sends no cache headers, so no page reuses another's files).
  const measure = async (sitePath) => {
    const page = await context.newPage();
    const requests = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      requests.push({
        url: new URL(request.url()),
        type: request.resourceType(),
        // The chooser at `/` sends the reader on to a language: a navigation, not a prefetch.
        navigation: request.isNavigationRequest(),
        bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      });
    });
    await page.goto(`http://localhost:${port}${basePath}${sitePath}`, { waitUntil: 'networkidle' });
    const appPage = await page.locator('[data-island][data-load="eager"]').count();
    await page.close();
    // The page's own scripts are the ones its HTML names (the entry and its modulepreloads). On
    // reading pages any other island chunk is a demo's own cost, paid when the demo nears the view.
    const html = fs.readFileSync(path.join(OUT, sitePath, 'index.html'), 'utf8');
    const islandChunk = (r) =>
      !appPage && r.url.pathname.includes('/_islands/') && !html.includes(`"${r.url.pathname}"`);
    const counted = requests.filter((r) => !islandChunk(r));
    const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
    const prefetched = requests.filter(
      (r) =>
        !r.navigation && (r.type === 'document' || /\.txt$|[?&]_rsc=/.test(r.url.pathname + r.url.search)),
    );
    rows.push({
      route: sitePath,
      app: appPage > 0,
      transfer: sum(counted),
      js: sum(counted.filter((r) => r.type === 'script')),
      demoJs: sum(requests.filter(islandChunk)),
      prefetched: prefetched.map((r) => r.url.pathname),
      rsc: rscShare(sitePath),
    });
  };
  const queue = [...pages];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await measure(next);
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, lane));
  rows.sort((a, b) => pages.indexOf(a.route) - pages.indexOf(b.route));
} finally {
  await browser.close();
  server.kill();
}

const kib = (bytes) => `${(bytes / KiB).toFixed(1)}`.padStart(6);
const problems = [];
const width = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`${'page'.padEnd(width)}  transfer KiB  JS KiB  demo JS KiB  RSC share`);
for (const r of rows) {
  console.log(
    `${r.route.padEnd(width)}  ${kib(r.transfer)}        ${kib(r.js)}  ${kib(r.demoJs)}       ` +
      `${(r.rsc * 100).toFixed(0).padStart(3)}%${r.app ? '  (app page)' : ''}`,
  );
  const transferBudget = r.route.endsWith('/review/') ? BUDGET.review : BUDGET.transfer;
  if (r.transfer > transferBudget)
    problems.push(`${r.route}: transfer ${kib(r.transfer).trim()} KiB > ${transferBudget / KiB} KiB`);
  if (r.js > BUDGET.js) problems.push(`${r.route}: JS ${kib(r.js).trim()} KiB > ${BUDGET.js / KiB} KiB`);
  if (r.prefetched.length > 0)
    problems.push(`${r.route}: fetched other pages on load: ${r.prefetched.join(', ')}`);
  if (r.rsc > BUDGET.rscShare)
    problems.push(`${r.route}: inline RSC payload ${(r.rsc * 100).toFixed(0)}% of HTML`);
}
const heaviest = rows.reduce((a, b) => (b.transfer > a.transfer ? b : a));
console.log(`\nheaviest first load: ${heaviest.route} ${kib(heaviest.transfer).trim()} KiB`);
for (const p of problems) console.log(`OVER BUDGET  ${p}`);
process.exit(problems.length > 0 ? 1 : 0);
