// CPU profile of a page load (4x CPU throttle) → self time per script URL and top functions.
import { chromium } from 'playwright-core';
const [url, cookie] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
if (cookie) { const [n, v] = cookie.split('='); await context.addCookies([{ name: n, value: v, url }]); }
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(url, { waitUntil: 'load' }); await page.waitForTimeout(5000);
console.log('networkidle after', Date.now() - t0, 'ms');
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map(); const dt = profile.timeDeltas; 
const counts = new Map(); profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
const perUrl = {}, perFn = {};
for (const [id, us] of counts) { const n = byId.get(id); const u = n.callFrame.url.replace(/^https?:\/\/[^/]+/, '') || n.callFrame.functionName || '(native)';
  perUrl[u] = (perUrl[u] ?? 0) + us; const f = `${n.callFrame.functionName || '(anon)'} ${u}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; perFn[f] = (perFn[f] ?? 0) + us; }
const top = (o, k) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms ${n}`).join('\n');
console.log(top(perUrl, 15)); console.log('--'); console.log(top(perFn, 25));
await browser.close();
