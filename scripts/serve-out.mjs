#!/usr/bin/env node
// A tiny static server for out/, behaving like GitHub Pages: `/x/` → `/x/index.html`,
// unknown paths → 404.html with status 404. Serves under BASE_PATH when it is set.
//
//   npm run build && npm start            → http://localhost:3000/
//   BASE_PATH=/llm npm start               → http://localhost:3000/llm/
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;
const gzipCache = new Map();
function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  return gzipCache.get(file);
}

function resolveFile(urlPath) {
  if (base && !(urlPath === base || urlPath.startsWith(base + '/'))) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length)) || '/';
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (fs.existsSync(index)) return index;
  if (fs.existsSync(file + '.html')) return file + '.html';
  return null;
}

const server = http.createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  // GitHub Pages redirects a directory without its trailing slash.
  if (!urlPath.endsWith('/') && !path.extname(urlPath) && resolveFile(urlPath + '/')) {
    res.writeHead(301, { location: urlPath + '/' });
    res.end();
    return;
  }
  const file = resolveFile(urlPath);
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    res.end(fs.readFileSync(path.join(root, '404.html')));
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Text is sent gzipped when the browser accepts it, as GitHub Pages does; fonts and WASM are
  // compressed already.
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipped(file));
    return;
  }
  res.writeHead(200, { 'content-type': type });
  fs.createReadStream(file).pipe(res);
});

server.listen(port, () => console.log(`Serving ${root} at http://localhost:${port}${base}/`));
