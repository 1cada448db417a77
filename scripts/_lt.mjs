import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { serveOut, basePath, CHROMIUM_ARGS } from './exported-site.mjs';
const server = await serveOut(4305);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--remote-debugging-port=9405', ...CHROMIUM_ARGS] });
for (const p of process.argv.slice(2)) {
  const { lhr } = await lighthouse(`http://localhost:4305${basePath}${p}`, { port: 9405, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = lhr.audits;
  console.log(p, 'score', lhr.categories.performance.score, 'TBT', Math.round(a['total-blocking-time'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'SI', Math.round(a['speed-index'].numericValue), 'CLS', a['cumulative-layout-shift'].numericValue.toFixed(3));
  console.log(' long tasks:', (a['long-tasks'].details?.items ?? []).map(i => `${i.url?.replace(/.*\//,'')}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(' '));
  console.log(' breakdown:', (a['mainthread-work-breakdown'].details?.items ?? []).map(i => `${i.group}:${Math.round(i.duration)}`).join(' '));
  console.log(' fonts:', (a['network-requests'].details?.items ?? []).filter(i=>i.resourceType==='Font'||i.resourceType==='Stylesheet').map(i=>`${i.url.replace(/.*\//,'')}@${Math.round(i.networkEndTime)}`).join(' '));
  console.log(' lcp el:', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '').slice(0,150));
}
await browser.close(); server.kill();
