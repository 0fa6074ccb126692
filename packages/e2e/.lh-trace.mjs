import { chromium } from 'playwright-core';
const [url, cookie] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
if (cookie) { const [n, v] = cookie.split('='); await context.addCookies([{ name: n, value: v, url }]); }
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
await page.goto(url, { waitUntil: 'load' }); await page.waitForTimeout(5000);
const buf = await browser.stopTracing();
const { traceEvents } = JSON.parse(buf.toString());
const main = traceEvents.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const ev = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
const tops = ev.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const sum = {}; for (const e of ev) sum[e.name] = (sum[e.name] ?? 0) + e.dur;
console.log(Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${(d / 1000).toFixed(0).padStart(6)} ${n}`).join('\n'));
const t0 = Math.min(...ev.map((e) => e.ts));
console.log('long tasks:', tops.filter((e) => e.dur > 50000).map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`).join(' '));
for (const t of tops.filter((e) => e.dur > 100000)) {
  const kids = ev.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
  const k = {}; for (const e of kids) { const key = e.name + ' ' + (e.args?.data?.url ?? e.args?.data?.functionName ?? '').replace(/^https?:\/\/[^/]+/, ''); k[key] = (k[key] ?? 0) + e.dur; }
  console.log(`task at ${((t.ts - t0) / 1000).toFixed(0)} (${(t.dur / 1000).toFixed(0)} ms):`, Object.entries(k).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(' | '));
}
await browser.close();
