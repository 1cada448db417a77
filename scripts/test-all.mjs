#!/usr/bin/env node
// `npm test`: every gate, in the order that fails fastest, then one summary line.
//   format check, lint, type-check and content lint (at the same time) · unit tests (vitest) ·
//   production build under BASE_PATH=/llm · JS budget · Lighthouse (a11y, best practices, SEO = 100) ·
//   end-to-end tests (Playwright, Chromium)
// Unit and end-to-end tests count one per test; every other gate counts as one check.
// The last line is always `N passed, N failed` (CI reads it).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const E2E_BASE_PATH = '/llm';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;
const timings = [];

function run(name, command, args, extraEnv = {}) {
  const start = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = (Date.now() - start) / 1000;
  timings.push(`${name} ${seconds.toFixed(1)} s`);
  return result.status === 0;
}

/** Titles of the tests Playwright's JSON report marks flaky (failed once, then passed on retry). */
function flakyTests(report) {
  const titles = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === 'flaky')) titles.push([...path, spec.title].join(' › '));
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return titles;
}

function gate(name, command, args, extraEnv) {
  const ok = run(name, command, args, extraEnv);
  if (ok) passed += 1;
  else failed += 1;
  console.log(ok ? `✔ ${name}` : `✘ ${name} failed`);
  return ok;
}

/**
 * Runs independent gates at the same time (the static checks are single-threaded and the machine
 * has two cores), each with its output held back and printed whole when it ends, in order.
 */
async function gatesTogether(list) {
  const results = await Promise.all(
    list.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const start = Date.now();
          const child = spawn(command, args, { env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) =>
            resolve({ name, ok: code === 0, output, seconds: (Date.now() - start) / 1000 }),
          );
        }),
    ),
  );
  for (const { name, ok, output, seconds } of results) {
    console.log(`\n▶ ${name}\n${output.trimEnd()}`);
    timings.push(`${name} ${seconds.toFixed(1)} s`);
    if (ok) passed += 1;
    else failed += 1;
    console.log(ok ? `✔ ${name}` : `✘ ${name} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

fs.mkdirSync('reports', { recursive: true });

await gatesTogether([
  ['format', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', ['eslint', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['content lint', 'npx', ['tsx', 'scripts/lint-content.ts']],
]);

// Unit tests: count each test.
fs.rmSync('reports/unit.json', { force: true });
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=reports/unit.json',
]);
const unit = readJson('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unitOk ? 0 : unit.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

const built = gate('build', 'npm', ['run', 'build'], { BASE_PATH: E2E_BASE_PATH });
if (built) {
  gate('budget', 'node', ['scripts/budget.mjs'], { BASE_PATH: E2E_BASE_PATH });
  gate('lighthouse', 'node', ['scripts/lighthouse.mjs'], { BASE_PATH: E2E_BASE_PATH });
  fs.rmSync('reports/e2e.json', { force: true });
  const e2eOk = run('e2e tests', 'npx', ['playwright', 'test'], { BASE_PATH: E2E_BASE_PATH });
  const e2e = readJson('reports/e2e.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    for (const title of flakyTests(e2e)) console.log(`⚠ flaky (passed on retry): ${title}`);
    failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
  } else failed += 1;
} else {
  failed += 1; // the end-to-end suite could not run
}

console.log(`\n${timings.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
