// SIGTERM to the built gateway while requests are in flight, as a process manager or an
// orchestrator sends it on a deploy: the requests it has accepted finish normally, new connections
// are refused at once, and the process exits by itself with status 0. Under keep-alive load (clients
// looping on their connections) no request fails: answers carry `Connection: close`, idle sockets are
// closed, and an open live stream ends instead of holding the shutdown.
import { Agent, request } from 'node:http';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBuiltGateway, type BuiltGateway } from './support/built-gateway.ts';
import { hostAndPort, POSTGRES_URL } from './support/postgres.ts';
import { eventually, sleep } from './support/graphql.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { NOTIFICATION_ADDED, subscribe } from '../notifications/sse.ts';

const DIRECTORY = JSON.stringify({
  query: '{ members(first: 10) { totalCount edges { node { handle skills { level } collectives { role } } } } }',
});

let db: TestDatabase;
let proxy: TcpProxy;
let gateway: BuiltGateway;
let second: BuiltGateway | undefined;
let camilleId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  for (const handle of ['camille-martin', 'yanis-benali', 'lea-dubois']) {
    // Listed to visitors with a published page: the directory is read anonymously, and visitors see only such members.
    const member = await db.prisma.member.create({
      data: {
        handle,
        displayName: handle,
        email: `${handle}@example.fr`,
        status: 'ACTIVE',
        listing: 'VISITORS',
        publicFields: ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'],
        page: {
          create: {
            slug: handle,
            ownerKind: 'MEMBER',
            title: handle,
            sections: [],
            published: true,
            publishedAt: new Date(),
          },
        },
      },
    });
    camilleId ??= member.id;
  }
  proxy = await startTcpProxy(hostAndPort(POSTGRES_URL));
  gateway = await startBuiltGateway({
    DATABASE_URL: proxy.rewrite((db.target as { url: string }).url),
    RATE_LIMIT_ANONYMOUS: '1000000',
    SHUTDOWN_TIMEOUT_MS: '20000',
    // Every directory request goes to the database (a cached answer would not be in flight).
    PUBLIC_CACHE: 'false',
  });
});

afterAll(async () => {
  await gateway?.stop();
  await second?.stop();
  await proxy?.close();
  await db?.close();
});

/** A GraphQL POST on its own connection; resolves once the request is on the wire. */
function inFlight(url: string) {
  const { port } = new URL(url);
  let sent!: () => void;
  const written = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<{ status: number; body: any; at: number }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), at: performance.now() }));
      },
    );
    req.on('error', reject);
    req.end(DIRECTORY, sent);
  });
  return { written, answer };
}

it('finishes the requests in flight, refuses new connections, and exits 0', async () => {
  // Warm: the first GraphQL request of a process keeps its event loop busy for a while.
  expect(
    (
      await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: DIRECTORY,
      })
    ).status,
  ).toBe(200);
  // Every answer from PostgreSQL now takes 1.2 s: a directory page (a handful of statements, the
  // directory itself in one) takes several seconds, long after the SIGTERM.
  proxy.latencyMs = 1_200;
  const requests = Array.from({ length: 6 }, () => inFlight(gateway.url));
  await Promise.all(requests.map((r) => r.written));
  // Until the process has read them, accepted connections count as idle and close() would drop them.
  await sleep(300);

  gateway.kill('SIGTERM');
  const termAt = performance.now();
  let refusedAt = 0;
  while (!refusedAt && performance.now() - termAt < 5_000) {
    const error = await fetch(`${gateway.url}/healthz`).then(
      () => null,
      (e: Error & { cause?: { code?: string } }) => e,
    );
    if (error?.cause?.code === 'ECONNREFUSED') refusedAt = performance.now();
    else await sleep(20);
  }
  const answers = await Promise.all(requests.map((r) => r.answer));
  const { code, signal } = await gateway.exited;

  expect(refusedAt).toBeGreaterThan(0);
  // New connections were refused while the accepted requests were still being answered.
  expect(refusedAt).toBeLessThan(Math.max(...answers.map((a) => a.at)));
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.members.totalCount).toBe(3);
  }
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(gateway.output()).toContain('stopped cleanly');
});

/** One keep-alive connection reused for POST after POST, as a client behind a connection pool. */
function loopingClient(url: string, stop: { now: boolean }, progress: { ok: number }[]) {
  const { port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const result = { ok: 0, failed: [] as string[], closes: 0, refused: false };
  progress.push(result);
  const once = () =>
    new Promise<void>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            if (res.headers.connection === 'close') result.closes++;
            if (res.statusCode === 200 && JSON.parse(text).data?.members?.totalCount === 3) result.ok++;
            else result.failed.push(`${res.statusCode} ${text.slice(0, 200)}`);
            resolve();
          });
          res.on('error', (error) => {
            result.failed.push(`response: ${error.message}`);
            resolve();
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A new connection refused is the stopped gateway's answer: a balancer sends it elsewhere.
        if (error.code === 'ECONNREFUSED' && !req.reusedSocket) result.refused = true;
        else
          result.failed.push(
            `${req.reusedSocket ? 'reused connection' : 'new connection'}: ${error.code ?? error.message}`,
          );
        resolve();
      });
      req.end(DIRECTORY);
    });
  const done = (async () => {
    while (!stop.now && !result.refused) await once();
    agent.destroy();
    return result;
  })();
  return done;
}

it('under keep-alive load, fails no request, answers with Connection: close, and does not wait for a live stream', async () => {
  second = await startBuiltGateway({
    DATABASE_URL: proxy.rewrite((db.target as { url: string }).url),
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_SESSION: '1000000',
  });
  proxy.latencyMs = 5;
  const { secret } = await createApiToken(db.prisma, {
    kind: 'PERSONAL',
    ownerId: camilleId,
    name: 'sigterm',
    scopes: ['read:network'],
    expiresAt: null,
  });
  const stream = await subscribe(second.url, NOTIFICATION_ADDED, { token: secret });
  expect(stream.status).toBe(200);

  const stop = { now: false };
  const progress: { ok: number }[] = [];
  const clients = Array.from({ length: 16 }, () => loopingClient(second!.url, stop, progress));
  // Under way: every client has had answers on its connection.
  await eventually(async () => progress.every((p) => p.ok >= 3) && progress.length === 16, 15_000, 'the load');
  second.kill('SIGTERM');
  const termAt = performance.now();
  // The live stream ends (SSE "complete") rather than being cut at the shutdown timeout.
  expect(await stream.next(5_000)).toBeNull();
  const { code } = await second.exited;
  const exitMs = performance.now() - termAt;
  stop.now = true;
  const results = await Promise.all(clients);

  const failed = results.flatMap((r) => r.failed);
  expect(failed).toEqual([]);
  console.info(
    `keep-alive SIGTERM: ${results.reduce((sum, r) => sum + r.ok, 0)} answered, ${failed.length} failed, exit after ${Math.round(exitMs)} ms`,
  );
  expect(results.reduce((sum, r) => sum + r.ok, 0)).toBeGreaterThan(48);
  // Each client was told its connection was closing, then found the door shut.
  for (const r of results) expect(r.refused || r.closes > 0).toBe(true);
  expect(results.filter((r) => r.closes > 0).length).toBeGreaterThan(0);
  expect(code).toBe(0);
  // Far from the 10 s shutdown timeout: nothing held the drain.
  expect(exitMs).toBeLessThan(3_000);
  expect(second.output()).not.toContain('shutdown timeout');
}, 30_000);
