#!/usr/bin/env node
// Lighthouse mobile performance (simulated slow 4G, 4× CPU slowdown) of the exported site, median
// of N runs per page: performance score, LCP, TBT, CLS, bytes transferred and JS bytes. A benchmark,
// not a test: these machines are noisy, so it prints numbers and never fails CI on a timing.
//
// Pages: every distinct template (language chooser, home, chapter index, chapter page, glossary
// index, review, search) plus the heaviest page of each chapter and of the glossary, then the
// heaviest page again with every script blocked: the limit that page could reach.
//
//   npm run build && npm run bench:perf                 (BASE_PATH must match the build's)
//   RUNS=3 npm run bench:perf -- /zh/intro/ /zh/review/ (only these pages)
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

const RUNS = Number(process.env.RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4197);
const debuggingPort = Number(process.env.BENCH_CDP_PORT ?? 9334);

/** The templates plus each chapter's heaviest page (zh, the first language). */
function defaultPages() {
  const all = exportedPages();
  const zh = all.filter((p) => p.startsWith('/zh/'));
  const chapters = [
    ...new Set(
      // The glossary's pages (one per chapter) count as a chapter here: its heaviest page is measured.
      zh.map((p) => p.split('/')[2]).filter((c) => c && !['review', 'search'].includes(c)),
    ),
  ];
  const heaviest = chapters.map((c) => heaviestPage(zh.filter((p) => p.split('/')[2] === c)));
  const first = chapters.find((c) => c !== 'glossary');
  const chapterIndex = first ? `/zh/${first}/` : null;
  const chapterPage = zh.find((p) => p.split('/').length === 5 && !heaviest.includes(p)) ?? null;
  return [
    ...new Set([
      '/',
      '/zh/',
      chapterIndex,
      chapterPage,
      '/zh/glossary/',
      '/zh/review/',
      '/zh/search/',
      ...heaviest,
    ]),
  ].filter(Boolean);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(url, blockScripts) {
  const { lhr } = await lighthouse(url, {
    port: debuggingPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    disableFullPageScreenshot: true,
    ...(blockScripts ? { blockedUrlPatterns: ['*.js'] } : {}),
  });
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    js: scripts?.transferSize ?? 0,
  };
}

const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : defaultPages();
const limitPage = heaviestPage(pages);
const jobs = [...pages.map((p) => ({ page: p, blocked: false })), { page: limitPage, blocked: true }];

const server = await serveOut(port);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [`--remote-debugging-port=${debuggingPort}`, ...CHROMIUM_ARGS],
});
console.log(`Lighthouse mobile, median of ${RUNS}`);
console.log('page                              perf    LCP s   TBT ms   CLS     KiB   JS KiB');
try {
  for (const job of jobs) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1)
      runs.push(await measure(`http://localhost:${port}${basePath}${job.page}`, job.blocked));
    const m = (key) => median(runs.map((r) => r[key]));
    const label = job.blocked ? `${job.page} (scripts blocked)` : job.page;
    console.log(
      `${label.padEnd(32)} ${String(m('score')).padStart(5)} ${(m('lcp') / 1000).toFixed(2).padStart(8)} ` +
        `${m('tbt').toFixed(0).padStart(8)} ${m('cls').toFixed(3).padStart(6)} ${(m('bytes') / 1024).toFixed(0).padStart(7)} ` +
        `${(m('js') / 1024).toFixed(1).padStart(8)}   [scores ${runs.map((r) => r.score).join(' ')}]`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
