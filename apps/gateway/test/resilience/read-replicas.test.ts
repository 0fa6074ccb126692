// DATABASE_REPLICA_URLS: reads go to the replicas, writes to the primary. A copy of the test
// database (CREATE DATABASE … TEMPLATE), made read-only, stands in for a streaming replica; the two
// are then made to differ, so every answer shows which one it came from.
import { openDatabase, Prisma, resolveDatabaseTarget, type Database } from '@ekoacteurs/db';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createGateway, type Gateway } from '../../src/server.ts';
import { bearer, graphql, membersWithTokens } from './support/graphql.ts';
import { admin, databaseName, hostAndPort, POSTGRES_URL, withDatabase } from './support/postgres.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const PROFILE = '{ member(handle: "replica-0") { displayName } }';
const RENAME =
  'mutation($name: String!) { updateProfile(input: { displayName: $name }) { ... on ProfileSuccess { member { displayName } } } }';

let primary: TestDatabase;
let primaryUrl: string;
let replicaUrl: string;
let token: string;
const opened: Database[] = [];
const gateways: Gateway[] = [];
let proxy: TcpProxy | undefined;

async function gatewayOn(db: Database) {
  opened.push(db);
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), PORT: 0 };
  const gateway = createGateway({ config, db, logger: createLogger('silent') });
  gateways.push(gateway);
  return `http://127.0.0.1:${await gateway.listen()}`;
}

const displayNameIn = (url: string) =>
  admin(
    async (prisma) => (await prisma.member.findUniqueOrThrow({ where: { handle: 'replica-0' } })).displayName,
    databaseName(url),
  );

beforeAll(async () => {
  primary = await createTestDatabase();
  primaryUrl = (primary.target as { url: string }).url;
  token = (await membersWithTokens(primary.prisma, 'replica', 1))[0]!.token;
  // A template must have no open connection while it is copied.
  await primary.prisma.$disconnect();
  const replicaName = `${databaseName(primaryUrl)}_replica`;
  replicaUrl = withDatabase(POSTGRES_URL, replicaName);
  await admin(async (prisma) => {
    await prisma.$executeRawUnsafe(`CREATE DATABASE ${replicaName} TEMPLATE ${databaseName(primaryUrl)}`);
    await prisma.$executeRawUnsafe(`ALTER DATABASE ${replicaName} SET default_transaction_read_only = on`);
  });
  // The replica "lags": it still has the old name, which only it can show.
  await admin(
    (prisma) =>
      prisma.$transaction([
        prisma.$executeRawUnsafe('SET TRANSACTION READ WRITE'),
        prisma.$executeRawUnsafe(`UPDATE "Member" SET "displayName" = 'Nom sur le réplica' WHERE handle = 'replica-0'`),
      ]),
    replicaName,
  );
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.shutdown();
  for (const db of opened) await db.close().catch(() => {});
  await proxy?.close();
  await primary?.close();
  await admin((prisma) => prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${databaseName(replicaUrl)} WITH (FORCE)`));
});

it('reads from the replica, writes to the primary, and a mutation reads back what it wrote', async () => {
  const url = await gatewayOn(
    await openDatabase({ target: { kind: 'postgres', url: primaryUrl }, replicaUrls: [replicaUrl] }),
  );

  // Identifying the token and reading the profile: both on the replica.
  expect((await graphql(url, PROFILE, {}, bearer(token))).body.data.member.displayName).toBe('Nom sur le réplica');
  // Relations, connections, counts and the directory's own SQL work the same through the routing.
  const wide = await graphql(
    url,
    '{ viewer { skills { level } collectives { role } recommendationsReceived { totalCount } } members(first: 5, search: "réplica") { totalCount edges { node { handle } } } workshops(first: 5) { totalCount } }',
    {},
    bearer(token),
  );
  expect(wide.body.errors).toBeUndefined();
  expect(wide.body.data.viewer).toEqual({ skills: [], collectives: [], recommendationsReceived: { totalCount: 0 } });

  // The replica refuses writes (read-only): this one succeeding means it went to the primary, and
  // its payload, read in the same mutation, comes from the primary too.
  const renamed = await graphql(url, RENAME, { name: 'Camille Martin' }, bearer(token));
  expect(renamed.body.data.updateProfile.member.displayName).toBe('Camille Martin');
  expect(await displayNameIn(primaryUrl)).toBe('Camille Martin');
  expect(await displayNameIn(replicaUrl)).toBe('Nom sur le réplica');

  // Later reads go to the replica again (here it never catches up; a real one would within its lag).
  expect((await graphql(url, PROFILE, {}, bearer(token))).body.data.member.displayName).toBe('Nom sur le réplica');
});

it('sends the prepared hot reads to the replica, and a statement that writes to the primary', async () => {
  const db = await openDatabase({ target: { kind: 'postgres', url: primaryUrl }, replicaUrls: [replicaUrl] });
  opened.push(db);
  const nameOf = Prisma.sql`SELECT "displayName" AS "name" FROM "Member" WHERE handle = 'replica-0'`;
  expect(await db.read(nameOf)).toEqual([{ name: 'Nom sur le réplica' }]);
  // A write handed to read by mistake would fail on the read-only replica: it runs on the primary.
  const touched = await db.read(
    Prisma.sql`WITH touched AS (UPDATE "Member" SET "headline" = 'écrit sur le primaire' WHERE handle = 'replica-0' RETURNING 1) SELECT count(*)::int AS "n" FROM touched`,
  );
  expect(touched).toEqual([{ n: 1 }]);
});

it('is configured by DATABASE_REPLICA_URLS for the DATABASE_URL database', async () => {
  const saved = { url: process.env.DATABASE_URL, replicas: process.env.DATABASE_REPLICA_URLS };
  process.env.DATABASE_URL = primaryUrl;
  process.env.DATABASE_REPLICA_URLS = ` ${replicaUrl} ,`;
  try {
    const url = await gatewayOn(await openDatabase({ target: resolveDatabaseTarget() }));
    expect((await graphql(url, PROFILE, {}, bearer(token))).body.data.member.displayName).toBe('Nom sur le réplica');
  } finally {
    process.env.DATABASE_URL = saved.url;
    process.env.DATABASE_REPLICA_URLS = saved.replicas;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.replicas === undefined) delete process.env.DATABASE_REPLICA_URLS;
  }
});

it('reads from the primary while a replica cannot be reached', async () => {
  proxy = await startTcpProxy(hostAndPort(replicaUrl));
  const url = await gatewayOn(
    await openDatabase({ target: { kind: 'postgres', url: primaryUrl }, replicaUrls: [proxy.rewrite(replicaUrl)] }),
  );
  expect((await graphql(url, PROFILE, {}, bearer(token))).body.data.member.displayName).toBe('Nom sur le réplica');
  await proxy.cut();
  const answer = await graphql(url, PROFILE, {}, bearer(token));
  expect(answer.status).toBe(200);
  expect(answer.body.data.member.displayName).toBe('Camille Martin');
});
