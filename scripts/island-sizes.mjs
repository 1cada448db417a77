#!/usr/bin/env node
// Prints each island's download when it hydrates, gzip-compressed, from the metafile that
// scripts/islands.mjs keeps (.next/islands/client-meta.json; run `npm run build` first):
//   own     — the chunk its registry import() points at;
//   +static — that chunk plus every chunk it imports statically, except the chunks the page entry
//             already loads; React and other chunks shared by several islands are counted here too
//             (a page pays for them once, the first time any island hydrates);
//   lazy    — further chunks it may import() on demand (e.g. the tokenizer encodings).
//   node scripts/island-sizes.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const meta = JSON.parse(fs.readFileSync(path.join('.next', 'islands', 'client-meta.json'), 'utf8'));
const outputs = meta.outputs;
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const [entryFile, entry] = Object.entries(outputs).find(
  ([, o]) => o.entryPoint === 'components/islands/site.ts',
);
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') closure(i.path, seen);
  return seen;
};
const pageLoaded = closure(entryFile);

// Each registry loader is `import('@/components/demos/<name>/…')`: esbuild marks it as a dynamic import of the entry.
const registry = fs.readFileSync('components/islands/registry.ts', 'utf8');
const names = [...registry.matchAll(/^ {2}'?([a-z0-9-]+)'?: \(\) =>\s*import\('@\/([^']+)'\)/gm)].map(
  (m) => ({
    name: m[1],
    source: m[2],
  }),
);
const rows = [];
for (const { name, source } of names) {
  const [file] =
    Object.entries(outputs).find(
      ([, o]) =>
        o.entryPoint &&
        o.entryPoint
          .replace(/\.(t|j)sx?$/, '')
          .replace(/\/index$/, '')
          .endsWith(source.replace(/\/index$/, '')),
    ) ?? [];
  if (!file) continue;
  const own = gz(file);
  const statics = [...closure(file)].filter((f) => !pageLoaded.has(f));
  const lazy = (outputs[file].imports ?? []).filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  // Every chunk reachable only through import(), counted once even when two imports share it.
  const lazyChunks = new Set(
    lazy.flatMap((f) => [...closure(f)]).filter((g) => !pageLoaded.has(g) && !statics.includes(g)),
  );
  const lazyBytes = [...lazyChunks].reduce((a, g) => a + gz(g), 0);
  rows.push([
    name,
    kib(own),
    kib(statics.reduce((a, f) => a + gz(f), 0)),
    lazy.length ? kib(lazyBytes) : '—',
  ]);
}
console.log(
  `page entry ${path.basename(entryFile)}: ${kib([...pageLoaded].reduce((a, f) => a + gz(f), 0))} with its static chunks`,
);
console.log(['island', 'own', '+static', 'lazy'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
void entry;
