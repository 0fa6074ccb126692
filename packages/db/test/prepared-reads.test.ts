// The hot reads' path (src/prepared-reads.ts): the same rows as Prisma's $queryRaw for the columns the
// gateway reads that way, counted like every other statement, and on PostgreSQL parsed once per
// connection (a named prepared statement) rather than on every request.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { MAX_PREPARED, statementName } from '../src/prepared-reads.ts';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../src/testing.ts';

const seen: string[] = [];
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => seen.push(sql) });
  await db.prisma.skill.createMany({
    data: [
      { slug: 'compta', name: 'Comptabilité', nameEn: 'Accounting', domain: 'ADMINISTRATION' },
      { slug: 'photo', name: 'Photographie', nameEn: 'Photography', domain: 'PRODUCTION' },
    ],
  });
});
afterAll(() => db.close());

/** Text, uuid, integer and JSON-as-text columns, with a list parameter: what the directory's page reads. */
const statement = (domains: string[]) => Prisma.sql`
  SELECT s."id", s."slug", length(s."name")::int AS "letters",
         json_build_object('name', s."name", 'domain', s."domain")::text AS "json"
  FROM "Skill" s WHERE s."domain" = ANY(${domains}::text[]::"SkillDomain"[]) ORDER BY s."slug"`;

it('returns the rows Prisma returns for the same statement', async () => {
  const read = await db.read<Record<string, unknown>>(statement(['ADMINISTRATION', 'PRODUCTION']));
  expect(read).toEqual(await db.prisma.$queryRaw(statement(['ADMINISTRATION', 'PRODUCTION'])));
  expect(read.map((row) => row.slug)).toEqual(['compta', 'photo']);
  expect(typeof read[0]!.letters).toBe('number');
  expect(JSON.parse(read[0]!.json as string)).toEqual({ name: 'Comptabilité', domain: 'ADMINISTRATION' });
  expect(await db.read(statement(['STRATEGY']))).toEqual([]);
});

it('is counted as a statement like any other (the SQL-count tests see it)', async () => {
  seen.length = 0;
  await db.read(statement(['ADMINISTRATION']));
  expect(seen).toHaveLength(1);
  expect(seen[0]).toContain('FROM "Skill" s');
});

it.skipIf(!testPostgresUrl())('is parsed once per connection on PostgreSQL, then only bound and run', async () => {
  const text = statement(['ADMINISTRATION']).text;
  for (const domain of ['ADMINISTRATION', 'PRODUCTION', 'STRATEGY']) await db.read(statement([domain]));
  // Sequential reads reuse the pool's last idle connection: the one the three reads above ran on.
  const prepared = await db.read<{ name: string }>(
    Prisma.sql`SELECT "name" FROM pg_prepared_statements WHERE "name" = ${statementName(text)!}`,
  );
  expect(prepared).toEqual([{ name: statementName(text) }]);
});

it.skipIf(!testPostgresUrl())('prepares at most MAX_PREPARED statements: others still run, unprepared', async () => {
  // Texts that differ only by a comment: as many shapes as a caller could make.
  for (let i = 0; i <= MAX_PREPARED; i++) {
    const rows = await db.read<{ n: number }>(Prisma.sql([`SELECT ${i}::int AS "n" /* shape ${i} */`]));
    expect(rows).toEqual([{ n: i }]);
  }
  const [prepared] = await db.read<{ count: number }>(
    Prisma.sql`SELECT count(*)::int AS "count" FROM pg_prepared_statements`,
  );
  expect(prepared!.count).toBeLessThanOrEqual(MAX_PREPARED);
});

it.skipIf(!testPostgresUrl())(
  'survives the server ending an idle connection (a restart): the next read reconnects',
  async () => {
    // A database only the prepared reads have used (Prisma never connected: its own listener is not there).
    const fresh = await createTestDatabase();
    try {
      const [row] = await fresh.read<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS "pid"`);
      const admin = new pg.Client({ connectionString: (fresh.target as { url: string }).url });
      await admin.connect();
      try {
        await admin.query('SELECT pg_terminate_backend($1)', [row!.pid]);
      } finally {
        await admin.end();
      }
      // The pool hears of it as an 'error' event on an idle client: with no listener the process would end.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await fresh.read(Prisma.sql`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
    } finally {
      await fresh.close();
    }
  },
);
