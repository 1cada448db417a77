#!/usr/bin/env node
// Takes the long part of every interview answer out of the exported chapter pages (runs after
// scripts/islands.mjs and Pagefind, so the answers stay searchable). On a long chapter page the
// answers were half the HTML and most of its elements, which a phone must parse, style and lay out
// before it is idle, although every answer starts collapsed.
//
// For each page with interview questions: the deeper answer, wrong answers and follow-ups of each
// question go into `answers-<hash>.json` beside the page's index.html ({ "question-id": "<html>" });
// the page keeps each question and its short answer, so it still reads without JavaScript.
// components/islands/answers.ts fetches the file when a question opens (or the section nears the
// screen) and puts each body back. `next dev` keeps the answers inline.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deferAnswers } from './answer-html.mjs';

const OUT = 'out';
const base = process.env.BASE_PATH ?? '';

function* pagesIn(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !['_islands', '_next', 'pagefind'].includes(entry.name)) yield* pagesIn(full);
    else if (entry.name === 'index.html') yield full;
  }
}

let pages = 0;
let moved = 0;
let before = 0;
let after = 0;
for (const file of pagesIn(OUT)) {
  const html = fs.readFileSync(file, 'utf8');
  if (!html.includes('data-answer-rest=')) continue;
  const dir = path.dirname(file);
  for (const old of fs.readdirSync(dir).filter((f) => /^answers-[0-9a-f]+\.json$/.test(f)))
    fs.rmSync(path.join(dir, old));
  // The file name carries a hash of the page's HTML, so a cached copy never outlives its page.
  const name = `answers-${crypto.createHash('sha256').update(html).digest('hex').slice(0, 10)}.json`;
  const src = `${base}/${path.relative(OUT, dir).split(path.sep).join('/')}/${name}`;
  const result = deferAnswers(html, src, file);
  fs.writeFileSync(path.join(dir, name), JSON.stringify(result.answers));
  fs.writeFileSync(file, result.html);
  pages += 1;
  moved += Object.keys(result.answers).length;
  before += Buffer.byteLength(html);
  after += Buffer.byteLength(result.html);
}
console.log(
  `answers: ${moved} answers of ${pages} pages moved to JSON; their HTML ${(before / 1024).toFixed(0)} KiB → ` +
    `${(after / 1024).toFixed(0)} KiB`,
);
