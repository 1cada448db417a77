#!/usr/bin/env node
// Prints, for every exported page, the gzipped JavaScript a modern browser loads for it (every
// <script src> except noModule polyfills, plus script preloads), and fails when any page goes over
// the budget. (The end-to-end crawl checks that pages load no script beyond these.)
//
//   npm run build && npm run budget
//
// The budget (150 KiB gzip) is DESIGN.md's; stock Fumadocs ≈ 211 KiB, Nextra ≈ 230 KiB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const OUT = path.resolve('out');
const BUDGET_KIB = 150;
const basePath = process.env.BASE_PATH ?? '';

if (!fs.existsSync(OUT)) {
  console.error('out/ does not exist: run `npm run build` first.');
  process.exit(1);
}

const htmlFiles = fs
  .readdirSync(OUT, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'))
  .sort();

const gzipCache = new Map();
function gzipSize(src) {
  if (!gzipCache.has(src)) {
    const rel = src
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(basePath, '')
      .split('?')[0];
    const file = path.join(OUT, rel);
    gzipCache.set(src, fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : NaN);
  }
  return gzipCache.get(src);
}

const rows = [];
let failed = false;
for (const file of htmlFiles) {
  const html = fs.readFileSync(path.join(OUT, file), 'utf8');
  const srcs = new Set();
  // noModule scripts are legacy polyfills that modern browsers never download.
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js[^"]*)"([^>]*)>/g)) {
    if (!/nomodule/i.test(m[1] + m[3])) srcs.add(m[2]);
  }
  for (const m of html.matchAll(
    /<link[^>]*rel="(?:modulepreload|preload)"[^>]*href="([^"]+\.js[^"]*)"[^>]*>/g,
  )) {
    srcs.add(m[1]);
  }
  const bytes = [...srcs].reduce((sum, src) => sum + gzipSize(src), 0);
  if (Number.isNaN(bytes)) {
    console.error(`${file}: references a script that is not in out/`);
    failed = true;
    continue;
  }
  const route = '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
  const isChapter = /^\/(zh|en)\/[^/]+\//.test(route);
  const kib = bytes / 1024;
  const over = kib > BUDGET_KIB;
  if (over) failed = true;
  rows.push({ route, scripts: srcs.size, kib, over, isChapter });
}

const width = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`${'page'.padEnd(width)}  scripts  JS gzip`);
for (const r of rows) {
  const flag = r.over ? `  OVER ${BUDGET_KIB} KiB` : r.isChapter ? '  (chapter)' : '';
  console.log(
    `${r.route.padEnd(width)}  ${String(r.scripts).padStart(7)}  ${r.kib.toFixed(1).padStart(7)} KiB${flag}`,
  );
}
const chapterMax = Math.max(0, ...rows.filter((r) => r.isChapter).map((r) => r.kib));
console.log(`\nlargest chapter page: ${chapterMax.toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)`);
process.exit(failed ? 1 : 0);
