#!/usr/bin/env node
// Turns Next's static export (out/) into static pages with islands. Runs after `next build`:
//
// 1. Bundles the browser code with esbuild into out/_islands/: site-<hash>.js (the chrome's
//    behaviour and the island loader, a few KiB) plus one chunk per island and a shared runtime
//    chunk (Preact in React's place, see REACT_TO_PREACT), fetched only when an island is needed
//    (components/islands/loader.ts).
// 2. Re-renders every `<div data-island>` with the same runtime's static renderer and the island's
//    root (components/islands/render-static.tsx), so the browser can hydrate it as a root of its own.
// 3. Removes Next's runtime from every page: its scripts, their preloads, and the inline RSC
//    payload that repeated the whole article; scripts marked `data-keep` (theme, term cards,
//    language redirect) stay. Adds the one `<script type="module">` of step 1.
// 4. Deletes the RSC payload files (*.txt), which nothing fetches any more.
//
// The article thus reaches the browser once, as HTML that no hydration walks. See README "Delivery".
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { renderIslands, replaceRuntime } from './island-html.mjs';

const OUT = 'out';
const ISLANDS_DIR = path.join(OUT, '_islands');
const base = process.env.BASE_PATH ?? '';

/**
 * React, as the islands import it, is Preact in the exported site: in the browser bundle and in the
 * build-time render alike, so hydration meets its own markup. React DOM's module alone took
 * 390–750 ms to evaluate at Lighthouse's 4× CPU slowdown; Preact's compat layer is 19 KB and takes
 * under 10 ms. `react` itself maps to components/islands/preact-react.mjs (compat plus a useId that
 * keeps islands' ids apart). Any other React entry point fails the build rather than load React.
 */
const REACT_TO_PREACT = {
  react: path.resolve('components/islands/preact-react.mjs'),
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom/server': 'preact/compat/server',
};
const preactForReact = {
  name: 'preact-for-react',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/|$)/ }, async (args) => {
      const target = REACT_TO_PREACT[args.path];
      if (!target)
        return { errors: [{ text: `${args.path} has no Preact counterpart in scripts/islands.mjs` }] };
      if (path.isAbsolute(target)) return { path: target };
      return b.resolve(target, { kind: args.kind, resolveDir: args.resolveDir });
    });
  },
};

const shared = {
  bundle: true,
  plugins: [preactForReact],
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  // 'use client' marks Next's client boundary; esbuild has no such boundary and drops it.
  logOverride: { 'module-level-directive': 'silent' },
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.NEXT_PUBLIC_BASE_PATH': JSON.stringify(base),
  },
};

/** The browser bundle; returns the entry's file name and the chunks it imports statically. */
async function buildClient() {
  fs.rmSync(ISLANDS_DIR, { recursive: true, force: true });
  const result = await build({
    ...shared,
    entryPoints: { site: 'components/islands/site.ts' },
    outdir: ISLANDS_DIR,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    entryNames: '[name]-[hash]',
    chunkNames: 'c-[hash]',
    metafile: true,
  });
  // Every dynamic import is an entry of its own for esbuild: pick the one we named.
  const [entry, output] =
    Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'components/islands/site.ts') ??
    [];
  if (!entry) throw new Error('esbuild produced no entry for components/islands/site.ts');
  // Kept for scripts/island-sizes.mjs, which reports each island's chunk size.
  fs.mkdirSync(path.join('.next', 'islands'), { recursive: true });
  fs.writeFileSync(path.join('.next', 'islands', 'client-meta.json'), JSON.stringify(result.metafile));
  // Chunks the entry imports statically: preloaded with it, so they do not wait for it to parse.
  const preload = output.imports
    .filter((i) => i.kind === 'import-statement')
    .map((i) => path.basename(i.path));
  return { entry: path.basename(entry), preload };
}

/** The Node renderer of islands, loaded once. */
async function loadRenderer() {
  const outfile = path.join('.next', 'islands', 'render-static.mjs');
  await build({
    ...shared,
    entryPoints: ['components/islands/render-static.tsx'],
    outfile,
    platform: 'node',
    format: 'esm',
  });
  return import(pathToFileURL(path.resolve(outfile)).href);
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const started = Date.now();
const site = await buildClient();
const { renderIsland } = await loadRenderer();
let pages = 0;
let islandCount = 0;
let removed = 0;
for (const file of walk(OUT)) {
  if (file.startsWith(ISLANDS_DIR)) continue;
  if (
    file.endsWith('.txt') &&
    (path.basename(file) === 'index.txt' || path.basename(file).startsWith('__next.'))
  ) {
    fs.rmSync(file);
    removed += 1;
    continue;
  }
  if (!file.endsWith('.html')) continue;
  const rendered = await renderIslands(fs.readFileSync(file, 'utf8'), renderIsland, file);
  fs.writeFileSync(
    file,
    replaceRuntime(
      rendered.html,
      `${base}/_islands/${site.entry}`,
      site.preload.map((chunk) => `${base}/_islands/${chunk}`),
    ),
  );
  pages += 1;
  islandCount += rendered.count;
}
console.log(
  `islands: ${pages} pages, ${islandCount} islands rendered, ${removed} RSC payload files removed, ` +
    `entry _islands/${site.entry} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
