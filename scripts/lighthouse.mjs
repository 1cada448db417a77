#!/usr/bin/env node
// Lighthouse accessibility, best-practices and SEO scores for every exported page, and the audits
// that cost points. DESIGN.md's budget is 100 / 100 / 100 on every page; the script fails below it.
// Lighthouse drives Debian's Chromium (started here by Playwright with a debugging port), with its
// default mobile emulation, against the static export served by scripts/serve-out.mjs.
//
//   npm run build && npm run lighthouse          (BASE_PATH must match the build's)
//   npm run lighthouse -- /en/intro/ /zh/review/ (only these pages)
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, basePath, exportedPages, serveOut } from './exported-site.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4198);
const debuggingPort = Number(process.env.LIGHTHOUSE_CDP_PORT ?? 9333);

const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : exportedPages();

const server = await serveOut(port);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [`--remote-debugging-port=${debuggingPort}`, ...CHROMIUM_ARGS],
});

const rows = [];
try {
  for (const sitePath of pages) {
    const result = await lighthouse(`http://localhost:${port}${basePath}${sitePath}`, {
      port: debuggingPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableFullPageScreenshot: true,
      skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    // Audits that count towards a category and did not pass.
    const failing = CATEGORIES.flatMap((id) => categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => audit.id);
    rows.push({ route: sitePath, scores, failing: [...new Set(failing)] });
  }
} finally {
  await browser.close();
  server.kill();
}

const width = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`${'page'.padEnd(width)}  a11y  best  seo`);
for (const r of rows) {
  const cells = r.scores.map((s) => String(s).padStart(4)).join('  ');
  console.log(
    `${r.route.padEnd(width)}  ${cells}${r.failing.length ? `  failing: ${r.failing.join(', ')}` : ''}`,
  );
}
const below = rows.filter((r) => r.scores.some((s) => s < 100));
console.log(
  below.length === 0
    ? `\nall ${rows.length} pages score 100 in ${CATEGORIES.join(', ')}`
    : `\n${below.length} of ${rows.length} pages score below 100`,
);
process.exit(below.length === 0 ? 0 : 1);
