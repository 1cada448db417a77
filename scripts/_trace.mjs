import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { serveOut, basePath } from './exported-site.mjs';
const server = await serveOut(4306);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const p of process.argv.slice(2)) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline','disabled-by-default-devtools.timeline','blink.user_timing','loading'] });
  await page.goto(`http://localhost:4306${basePath}${p}`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  await browser.stopTracing();
  const ev = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
  const main = ev.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = ev.filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = mine.filter(e => e.name === 'RunTask' && e.dur > 50000);
  const lay = mine.filter(e=>e.name==='Layout'); console.log(p, 'layouts', lay.length, Math.round(lay.reduce((s,e)=>s+e.dur,0)/1000), 'ms; long tasks', tasks.length, 'total ms', Math.round(tasks.reduce((s,t)=>s+t.dur,0)/1000));
  for (const t of tasks) {
    const kids = {};
    for (const e of mine) if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && ['Layout','UpdateLayoutTree','ParseHTML','EvaluateScript','Paint','PrePaint','Layerize','FunctionCall','RecalculateStyles','ParseAuthorStyleSheet','HitTest','ScheduleStyleRecalculation','IntersectionObserverController::computeIntersections','Document::updateStyleAndLayout','LayoutShift','FontLoad','v8.compile','TimerFire','FireAnimationFrame','EventDispatch','UpdateLayer','Commit'].includes(e.name)) kids[e.name] = (kids[e.name]||0) + e.dur;
    if (process.env.V) console.log('  task', Math.round(t.dur/1000), 'ms:', Object.entries(kids).sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v])=>`${k}=${Math.round(v/1000)}`).join(' '));
  }
  await ctx.close();
}
await browser.close(); server.kill();
