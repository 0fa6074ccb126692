// The embedded default, as a newcomer meets it: the built gateway starts on a new PGlite folder,
// migrates and seeds it, answers GraphQL, stops cleanly on SIGTERM, and finds its data on restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.mjs', import.meta.url));
const dataDir = join(mkdtempSync(join(tmpdir(), 'eko-boot-')), 'pglite');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  logs: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function start(): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete env.DATABASE_URL; // the embedded default, whatever the suite runs against
  const child = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}: ${err || out}`);
    if (Date.now() > deadline) throw new Error(`gateway not ready after 90 s: ${err || out}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const logs = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { child, url, logs, exited };
}

async function stats(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ federationStats { activeMembers activeCollectives upcomingWorkshops } workshops(first: 100) { totalCount } }' }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { federationStats: Record<string, number>; workshops: { totalCount: number } } };
  return body.data;
}

it('starts, seeds, serves, stops on SIGTERM and restarts with its data', async () => {
  expect(existsSync(SERVER), 'build the gateway first (turbo runs build before test)').toBe(true);

  const first = await start();
  const before = await stats(first.url);
  expect(before.federationStats.activeMembers).toBeGreaterThanOrEqual(50);
  expect(before.federationStats.activeCollectives).toBeGreaterThanOrEqual(8);
  expect(before.workshops.totalCount).toBeGreaterThan(0);
  expect(first.logs().some((l) => String(l.msg).includes('seeded with demo data'))).toBe(true);
  expect(first.logs().every((l) => typeof l.time === 'string' && typeof l.level === 'number')).toBe(true);

  // Requests in flight when SIGTERM arrives still get their answer; none gets a 5xx.
  const inFlight = Array.from({ length: 10 }, () => stats(first.url).then(() => 'ok', (e: Error) => e.message));
  await new Promise((r) => setTimeout(r, 5));
  first.child.kill('SIGTERM');
  const outcomes = await Promise.all(inFlight);
  expect(outcomes.filter((o) => o !== 'ok' && !/fetch failed|ECONNREFUSED|other side closed/.test(o))).toEqual([]);
  expect(await first.exited).toBe(0);
  expect(first.logs().some((l) => l.msg === 'stopped cleanly')).toBe(true);

  const second = await start();
  try {
    expect(await stats(second.url)).toEqual(before);
    expect(second.logs().some((l) => String(l.msg).includes('seeded'))).toBe(false);
  } finally {
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
});
