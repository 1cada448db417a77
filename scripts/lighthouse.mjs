#!/usr/bin/env node
// Lighthouse accessibility, best-practices and SEO scores, and the audits that cost points.
// DESIGN.md's budget is 100 / 100 / 100; the script fails below it. Lighthouse drives Debian's
// Chromium (started here by Playwright with a debugging port), with its default mobile emulation,
// against the static export served by scripts/serve-out.mjs. The pages are shared out over
// LIGHTHOUSE_LANES browsers (default 2) measured side by side.
//
// By default it audits a sample that holds every template in both languages and every chapter's
// opening and heaviest page in one (25 pages, about 3 minutes here; `--all` audits every page).
// What differs between the other pages is their content, and the e2e crawl
// (tests/e2e/crawl.spec.ts) checks that on every page: axe with the rules Lighthouse's
// accessibility audit runs (its colour rules in both themes, in one language of each pair), console
// errors, failed requests, broken links, and each page's title, description, language, canonical
// link and link text.
//
//   npm run build && npm run lighthouse          (BASE_PATH must match the build's)
//   npm run lighthouse -- --all                  (every exported page)
//   npm run lighthouse -- /en/intro/ /zh/review/ (only these pages)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  basePath,
  exportedPages,
  heaviestPage,
  serveOut,
} from './exported-site.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4198);
const debuggingPort = Number(process.env.LIGHTHOUSE_CDP_PORT ?? 9333);
// Pages are split over this many browsers measured side by side (one per core on CI's 2 cores).
const lanes = Math.max(1, Number(process.env.LIGHTHOUSE_LANES ?? 2));

/**
 * Lighthouse's default waits exist for the performance category: one second after first paint, one
 * after load, then a quiet network and a quiet CPU. None of the three categories measured here is a
 * timing, so the audits run as soon as the page has loaded (8.6 s per page instead of 11.2 s here).
 */
const FLAGS = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: CATEGORIES,
  disableFullPageScreenshot: true,
  skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 0,
  networkQuietThresholdMs: 0,
  cpuQuietThresholdMs: 0,
  skipAboutBlank: true,
};

/** Sections that are one template each (not chapters): audited in both languages. */
const SITE_SECTIONS = new Set(['glossary', 'review', 'search']);

/** The language a chapter is sampled in: the parity of its slug, so the choice stays put. */
const sampleLanguage = (chapter) =>
  [...chapter].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 2 === 0 ? 'zh' : 'en';

/**
 * The default sample: the language chooser; in both languages the home page, the glossary (index
 * and heaviest page), the review and search apps; and each chapter's opening page and heaviest
 * page (most HTML) in one language, about half the chapters in each. The two languages of a page
 * share every component and template, and the e2e crawl audits every page of both.
 */
function samplePages() {
  const all = exportedPages();
  const sample = ['/'];
  for (const locale of ['zh', 'en']) {
    const own = all.filter((p) => p.startsWith(`/${locale}/`));
    const sections = [...new Set(own.map((p) => p.split('/')[2]).filter(Boolean))];
    sample.push(`/${locale}/`);
    for (const section of sections) {
      if (!SITE_SECTIONS.has(section) && sampleLanguage(section) !== locale) continue;
      const pagesOf = own.filter((p) => p.split('/')[2] === section);
      sample.push(`/${locale}/${section}/`);
      sample.push(heaviestPage(pagesOf));
    }
  }
  return [...new Set(sample)].filter((p) => all.includes(p)).sort();
}

const args = process.argv.slice(2);
const requested = args.filter((a) => a !== '--all');
const pages = requested.length > 0 ? requested : args.includes('--all') ? exportedPages() : samplePages();

/** Scores one page: the three category scores and the weighted audits that did not pass. */
async function audit(sitePath, cdpPort) {
  const result = await lighthouse(`http://localhost:${port}${basePath}${sitePath}`, {
    ...FLAGS,
    port: cdpPort,
  });
  const { categories, audits } = result.lhr;
  const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
  const failing = CATEGORIES.flatMap((id) => categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => a.id);
  return { route: sitePath, scores, failing: [...new Set(failing)] };
}

/**
 * Lighthouse keeps global state (its timing marks), so two runs cannot share a process: each lane is
 * a child process of this script (LIGHTHOUSE_LANE=i) with its own Chromium, and prints its rows as
 * one JSON line.
 */
async function runLane(lane) {
  const cdpPort = debuggingPort + lane;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [`--remote-debugging-port=${cdpPort}`, ...CHROMIUM_ARGS],
  });
  const laneRows = [];
  try {
    for (let i = lane; i < pages.length; i += lanes) laneRows.push(await audit(pages[i], cdpPort));
  } finally {
    await browser.close();
  }
  return laneRows;
}

function spawnLane(lane) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...pages], {
      env: { ...process.env, LIGHTHOUSE_LANE: String(lane) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('[')) resolve(JSON.parse(line));
      else reject(new Error(`Lighthouse lane ${lane} exited with ${code}`));
    });
  });
}

if (process.env.LIGHTHOUSE_LANE !== undefined) {
  console.log(JSON.stringify(await runLane(Number(process.env.LIGHTHOUSE_LANE))));
  process.exit(0);
}

const server = await serveOut(port);
let rows;
try {
  const laneCount = Math.min(lanes, pages.length);
  const perLane = await Promise.all(Array.from({ length: laneCount }, (_, lane) => spawnLane(lane)));
  rows = perLane.flat().sort((x, y) => pages.indexOf(x.route) - pages.indexOf(y.route));
} finally {
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
