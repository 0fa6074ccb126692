// The ledger is append-only in the database itself, not only in the code: UPDATE, DELETE and
// TRUNCATE are refused by triggers, on the embedded PGlite and on PostgreSQL alike.
import { applyPendingMigrations, openDatabase, type Database } from '@ekoacteurs/db';
import { createTestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POSTGRES =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

async function pglite(): Promise<Database> {
  const db = await openDatabase({ target: { kind: 'pglite', dataDir: 'memory://' } });
  await applyPendingMigrations({ kind: 'pglite', pglite: db.pglite! });
  return db;
}

async function postgres(): Promise<Database> {
  // createTestDatabase clones a migrated template on the server it is given.
  const saved = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = POSTGRES;
  try {
    return await createTestDatabase();
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = saved;
  }
}

/** What the database answered (drivers word the error differently; the SQLSTATE and text are the database's). */
async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (failure: { meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } }) =>
      failure,
  );
  const cause = error?.meta?.driverAdapterError?.cause;
  return cause ? `${cause.originalCode}: ${cause.originalMessage}` : `not refused by the database: ${String(error)}`;
}

/** A member with one entry in the ledger: a recommendation they gave. */
async function memberWithEntry(db: Database, displayName: string, sourceId: string) {
  const handle = displayName.toLowerCase();
  const member = await db.prisma.member.create({
    data: { handle, displayName, email: `${handle}@example.fr`, status: 'ACTIVE' },
  });
  const entry = await db.prisma.contributionEntry.create({
    data: {
      memberId: member.id,
      direction: 'GIVEN',
      kind: 'RECOMMENDATION',
      weight: 2,
      sourceType: 'Recommendation',
      sourceId,
    },
  });
  return { member, entry };
}

const opened: Database[] = [];
afterAll(() => Promise.all(opened.map((db) => db.close())));

describe.each([
  ['PGlite', pglite],
  ['PostgreSQL', postgres],
])('on %s', (_name, open) => {
  // Opened once per database (PGlite's start-up and migrations take a while on a busy machine).
  let db: Database;
  beforeAll(async () => {
    db = await open();
    opened.push(db);
  });

  it('refuses to TRUNCATE the ledger, and keeps every entry', async () => {
    const { member } = await memberWithEntry(db, 'Yanis', 'r2');

    const TRUNCATE = '23001: ContributionEntry is append-only (TRUNCATE refused): record a correcting entry instead';
    expect(await refusal(db.prisma.$executeRaw`TRUNCATE "ContributionEntry"`)).toBe(TRUNCATE);
    expect(await refusal(db.prisma.$executeRawUnsafe('TRUNCATE "ContributionEntry" CASCADE'))).toBe(TRUNCATE);
    // Truncating a table the ledger references would cascade to it: refused the same way.
    expect(await refusal(db.prisma.$executeRawUnsafe('TRUNCATE "Member" CASCADE'))).toBe(TRUNCATE);
    expect(await db.prisma.contributionEntry.count({ where: { memberId: member.id } })).toBe(1);
  });

  it('refuses to UPDATE or DELETE a ledger entry, and keeps it as it was', async () => {
    const { member, entry } = await memberWithEntry(db, 'Camille', 'r1');

    const UPDATE = '23001: ContributionEntry is append-only (UPDATE refused): record a correcting entry instead';
    const DELETE = '23001: ContributionEntry is append-only (DELETE refused): record a correcting entry instead';
    expect(await refusal(db.prisma.contributionEntry.update({ where: { id: entry.id }, data: { weight: 20 } }))).toBe(
      UPDATE,
    );
    expect(await refusal(db.prisma.$executeRaw`UPDATE "ContributionEntry" SET weight = 20`)).toBe(UPDATE);
    expect(await refusal(db.prisma.contributionEntry.delete({ where: { id: entry.id } }))).toBe(DELETE);
    expect(await refusal(db.prisma.$executeRaw`DELETE FROM "ContributionEntry"`)).toBe(DELETE);

    expect(await db.prisma.contributionEntry.findMany({ where: { memberId: member.id } })).toEqual([entry]);
    // Appending is what the ledger is for.
    await db.prisma.contributionEntry.create({
      data: {
        memberId: member.id,
        direction: 'GIVEN',
        kind: 'CORRECTION',
        weight: -2,
        sourceType: 'ContributionEntry',
        sourceId: entry.id,
        correctsId: entry.id,
      },
    });
    expect(await db.prisma.contributionEntry.count({ where: { memberId: member.id } })).toBe(2);
  });
});
