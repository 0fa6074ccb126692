// The gateway over real HTTP on an isolated database: probes, GraphQL, the apps' shells.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listToVisitors, startTestGateway, statementsOf, type TestGateway } from './harness.ts';

let t: TestGateway;
const portalDist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
mkdirSync(join(portalDist, 'assets'));
writeFileSync(join(portalDist, 'index.html'), '<!doctype html><title>Portail</title>');
writeFileSync(join(portalDist, 'assets', 'app-abc123.js'), 'console.log(1)');

beforeAll(async () => {
  t = await startTestGateway({ PORTAL_DIST: portalDist, CONSOLE_DIST: join(portalDist, 'missing') });
  const prisma = t.db.prisma;
  const facilitator = await prisma.member.create({
    data: { handle: 'camille-martin', displayName: 'Camille Martin', email: 'camille@example.fr', status: 'ACTIVE' },
  });
  // Visitors see facilitators only when listed to visitors with a published page.
  await listToVisitors(t, facilitator.id);
  const day = 24 * 3600 * 1000;
  for (const [i, offset] of [5, 2, -3, 9].entries()) {
    const workshop = await prisma.workshop.create({
      data: {
        slug: `atelier-${i}`,
        kind: 'ATELIER',
        title: `Atelier ${i}`,
        startsAt: new Date(Date.now() + offset * day),
        endsAt: new Date(Date.now() + offset * day + 3 * 3600 * 1000),
        format: 'IN_PERSON',
        capacity: 2,
        status: i === 3 ? 'DRAFT' : 'PUBLISHED',
        publishedAt: i === 3 ? null : new Date(),
        facilitators: { create: { memberId: facilitator.id } },
      },
    });
    if (i === 0) {
      await prisma.workshopRegistration.create({
        data: { workshopId: workshop.id, memberId: facilitator.id, status: 'CONFIRMED' },
      });
    }
  }
});
afterAll(() => t?.stop());

describe('probes', () => {
  it('/healthz answers while the process is up', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz says ready when the database answers', async () => {
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('every response carries a request id, reusing a well-formed incoming one', async () => {
    const fresh = await fetch(`${t.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
  });
});

describe('GraphQL', () => {
  it('lists upcoming published workshops soonest first, with seats left and facilitators', async () => {
    const { status, body } = await t.graphql(`{
      workshops(first: 10) { totalCount edges { node { slug seatsLeft capacity facilitators { handle } } } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.workshops.totalCount).toBe(2);
    expect(body.data.workshops.edges.map((e: any) => e.node)).toEqual([
      { slug: 'atelier-1', seatsLeft: 2, capacity: 2, facilitators: [{ handle: 'camille-martin' }] },
      { slug: 'atelier-0', seatsLeft: 1, capacity: 2, facilitators: [{ handle: 'camille-martin' }] },
    ]);
  });

  it('reads a workshop list with a fixed number of SQL statements, whatever its size', async () => {
    const query = `query($first: Int) { workshops(first: $first) { edges { node { title seatsLeft facilitators { displayName } skills { name } } } } }`;
    const forOne = await statementsOf(t, () => t.graphql(query, { first: 1 }));
    expect(await statementsOf(t, () => t.graphql(query, { first: 20 }))).toBe(forOne);
    // Workshops with the seat count, facilitators and skills, all joined into one statement (relation joins; before: 5).
    expect(forOne).toBe(1);
  });

  it('serves GraphiQL to a browser outside production', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });

  it('rejects an argument of the wrong type with a validation error, not a crash', async () => {
    const { status, body } = await t.graphql('{ workshops(first: "x") { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Int cannot represent/);
  });
});

describe('the apps on one origin', () => {
  it('serves the portal shell for client-side routes and caches hashed assets for a year', async () => {
    const shell = await fetch(`${t.url}/agenda/mon-atelier`);
    expect(shell.status).toBe(200);
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect(await shell.text()).toContain('<title>Portail</title>');
    const asset = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  it('answers 404 for a missing file and never serves files outside the app', async () => {
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${t.url}/..%2f..%2fpackage.json`)).status).toBe(404);
    const escaped = await fetch(`${t.url}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await escaped.text()).not.toContain('root:');
  });

  it('says how to build an app that is not built', async () => {
    const response = await fetch(`${t.url}/console`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });
});
