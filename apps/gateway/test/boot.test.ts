// The embedded default, as a newcomer meets it: the built gateway starts on a new PGlite folder,
// migrates and seeds it, answers GraphQL, stops cleanly on SIGTERM, and finds its data on restart.
// Then `npm start` itself (scripts/bootstrap.mjs) on that folder: its banner's addresses answer, the
// demo sign-in works, and Ctrl-C (SIGINT) ends it with exit code 0 and nothing on stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.mjs', import.meta.url));
const BOOTSTRAP = fileURLToPath(new URL('../../../scripts/bootstrap.mjs', import.meta.url));
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
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
    if (Date.now() > deadline) {
      child.kill('SIGKILL'); // not left holding the data folder for the next test
      throw new Error(`gateway not ready after 90 s: ${err || out}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
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
    body: JSON.stringify({
      query:
        '{ federationStats { activeMembers activeCollectives upcomingWorkshops } workshops(first: 100) { totalCount } }',
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    data: { federationStats: Record<string, number>; workshops: { totalCount: number } };
  };
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
  const inFlight = Array.from({ length: 10 }, () =>
    stats(first.url).then(
      () => 'ok',
      (e: Error) => e.message,
    ),
  );
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
  // Two starts, each allowed 90 s (the first seeds a new database).
}, 200_000);

it('npm start: prints a banner whose addresses answer, and Ctrl-C ends it quietly with 0', async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PGLITE_DATA_DIR: dataDir,
    NODE_ENV: 'development',
  };
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'LOG_FORMAT', 'HOST']) delete env[name];
  const child = spawn(process.execPath, [BOOTSTRAP, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 110_000;
    while (!out.includes('Ctrl-C stops it')) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}: ${out}${err}`);
      if (Date.now() > deadline) throw new Error(`no banner after 110 s: ${out}${err}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // What it did, in words, before the banner.
    expect(out).toMatch(/Dependencies (already installed|installed in)/);
    expect(out).toMatch(/Build up to date|Built in/);
    // Readable lines in development, not JSON.
    expect(out).toMatch(/\d\d:\d\d:\d\d {2}INFO {3}ÉkôActeurs listening/);
    expect(out).not.toMatch(/^\{"level"/m);

    const address = (label: string) => new RegExp(`${label}\\s+(http\\S+)`).exec(out)?.[1];
    const portal = address('Portal');
    const consoleUrl = address('Console');
    const api = address('API');
    expect(portal).toBe(`http://localhost:${port}/`);
    // The home page (server-rendered), then the console's app shell.
    const home = await fetch(portal!);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('ÉkôActeurs');
    const shell = await fetch(consoleUrl!);
    expect(shell.status).toBe(200);
    const shellHtml = await shell.text();
    expect(shellHtml).toContain('<div id="root">');
    // The apps it serves are production builds, even when started with NODE_ENV=development (as
    // here): React's development build is several times slower and heavier in a browser.
    const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(shellHtml)?.[1];
    expect(entry).toBeDefined();
    const script = await (await fetch(new URL(entry!, consoleUrl!))).text();
    expect(script.length).toBeGreaterThan(1000);
    expect(script).not.toContain('jsxDEV');
    const graphiql = await fetch(api!, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    const demo = /Demo sign-in\s+(\S+) \/ (\S+)/.exec(out);
    expect(demo?.[1]).toBe('admin@ekoacteurs.fr');
    const signIn = await fetch(api!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { __typename } }',
        variables: { e: demo![1], p: demo![2] },
      }),
    });
    expect(
      ((await signIn.json()) as { data: { signInWithPassword: { __typename: string } } }).data.signInWithPassword
        .__typename,
    ).toBe('SignInSuccess');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
  expect(out).toContain('stopped cleanly');
  expect(err).toBe('');
}, 150_000);
