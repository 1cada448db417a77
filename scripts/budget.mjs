#!/usr/bin/env node
// Prints, for every exported page, the gzipped JavaScript a browser really loads to show it, and
// fails when a page goes over the budget. Each page is opened in Chromium (the same one the
// end-to-end tests use) and every script it requests is counted — including demo chunks loaded
// on mount — except the router's prefetches of *other* pages, which are blocked.
// Code that loads only on an action (the search dialog, the "page read" marker) is not counted.
//
//   npm run build && npm run budget            (BASE_PATH must match the build's)
//
// The budget (150 KiB gzip) is DESIGN.md's; stock Fumadocs ≈ 211 KiB, Nextra ≈ 230 KiB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, OUT, basePath, exportedPages, serveOut } from './exported-site.mjs';

const BUDGET_KIB = 150;
const port = Number(process.env.BUDGET_PORT ?? 4199);
const pages = exportedPages();

const gzipCache = new Map();
function gzipSize(urlPath) {
  if (!gzipCache.has(urlPath)) {
    const file = path.join(OUT, decodeURIComponent(urlPath.slice(basePath.length)));
    gzipCache.set(
      urlPath,
      fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0,
    );
  }
  return gzipCache.get(urlPath);
}

const server = await serveOut(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
try {
  const context = await browser.newContext();
  // Prefetches of other pages (RSC payloads, and the chunks they pull in) are not this page's cost.
  await context.route(/(\?|&)_rsc=|\.txt(\?|$)/, (route) => route.abort());
  for (const sitePath of pages) {
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`http://localhost:${port}${basePath}${sitePath}`, { waitUntil: 'networkidle' });
    await page.close();
    const bytes = [...scripts].reduce((sum, src) => sum + gzipSize(src), 0);
    rows.push({ route: sitePath, scripts: scripts.size, kib: bytes / 1024 });
  }
} finally {
  await browser.close();
  server.kill();
}

const width = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`${'page'.padEnd(width)}  scripts  JS gzip`);
for (const r of rows) {
  const flag = r.kib > BUDGET_KIB ? `  OVER ${BUDGET_KIB} KiB` : '';
  console.log(
    `${r.route.padEnd(width)}  ${String(r.scripts).padStart(7)}  ${r.kib.toFixed(1).padStart(7)} KiB${flag}`,
  );
}
const max = rows.reduce((a, b) => (b.kib > a.kib ? b : a));
console.log(`\nheaviest page: ${max.route} ${max.kib.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)`);
process.exit(rows.some((r) => r.kib > BUDGET_KIB) ? 1 : 0);
