#!/usr/bin/env node
// Compiles MDX files with the site's exact pipeline (mdx/plugins.mjs) and reports authoring
// errors — malformed math, Chinese outside \text{}, missing or duplicate heading ids, bad JSX —
// in a second, without a full build.
//
//   node scripts/check-mdx.mjs content/zh/intro/*.mdx
import { compile } from '@mdx-js/mdx';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { rehypePlugins, remarkPlugins } from '../mdx/plugins.mjs';

const require = createRequire(import.meta.url);
const load = (specs) =>
  Promise.all(specs.map(async ([name, options]) => [(await import(require.resolve(name))).default, options]));

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/check-mdx.mjs <file.mdx>…');
  process.exit(2);
}
const options = { remarkPlugins: await load(remarkPlugins), rehypePlugins: await load(rehypePlugins) };
let failed = 0;
for (const file of files) {
  try {
    await compile({ path: file, value: fs.readFileSync(file, 'utf8') }, options);
    console.log(`ok    ${file}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${file}\n      ${String(error?.message ?? error).replace(/\n/g, '\n      ')}`);
  }
}
process.exit(failed ? 1 : 0);
