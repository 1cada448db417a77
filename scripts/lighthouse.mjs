#!/usr/bin/env node
// Lighthouse accessibility, best-practices and SEO scores for every exported page, and the audits
// that cost points. DESIGN.md's budget is 100 / 100 / 100 on every page; the script fails below it.
// Lighthouse drives Debian's Chromium (started here by Playwright with a debugging port), with its
// default mobile emulation, against the static export served by scripts/serve-out.mjs.
//
//   npm run build && npm run lighthouse          (BASE_PATH must match the build's)
//   npm run lighthouse -- /en/intro/ /zh/review/ (only these pages)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

const OUT = path.resolve('out');
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const basePath = process.env.BASE_PATH ?? '';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4198);
const debuggingPort = Number(process.env.LIGHTHOUSE_CDP_PORT ?? 9333);

if (!fs.existsSync(OUT)) {
  console.error('out/ does not exist: run `npm run build` first.');
  process.exit(1);
}

const requested = process.argv.slice(2);
const pages =
  requested.length > 0
    ? requested
    : fs
        .readdirSync(OUT, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('index.html') && !f.startsWith('_') && !f.startsWith('404'))
        .map((f) => '/' + f.replace(/index\.html$/, ''))
        .sort();

const server = spawn(process.execPath, ['scripts/serve-out.mjs'], {
  env: { ...process.env, PORT: String(port), BASE_PATH: basePath },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    `--remote-debugging-port=${debuggingPort}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
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
