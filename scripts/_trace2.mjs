import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { serveOut, basePath } from './exported-site.mjs';
const server = await serveOut(4308);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const p of process.argv.slice(2)) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: '/tmp/trace2.json', categories: ['devtools.timeline','disabled-by-default-devtools.timeline','blink','loading','v8'] });
  await page.goto(`http://localhost:4308${basePath}${p}`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  await browser.stopTracing();
  const ev = JSON.parse(fs.readFileSync('/tmp/trace2.json')).traceEvents;
  const main = ev.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = ev.filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a,b)=>a.ts-b.ts);
  const tasks = mine.filter(e => e.name === 'RunTask' && e.dur > 50000);
  const agg = {};
  for (const t of tasks) {
    // direct children: events inside t not inside another child
    let end = 0;
    for (const e of mine) {
      if (e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur) continue;
      if (e.ts < end) continue;
      agg[e.name] = (agg[e.name] || 0) + e.dur; end = e.ts + e.dur;
    }
  }
  console.log(p, 'long', tasks.length, Math.round(tasks.reduce((s,t)=>s+t.dur,0)/1000), 'ms:', Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,12).map(([k,v])=>`${k}=${Math.round(v/1000)}`).join(' '));
  await ctx.close();
}
await browser.close(); server.kill();
