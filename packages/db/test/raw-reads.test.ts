// Which raw statements may go to a read replica: only those that surely read. A write, a row lock
// or a sequence sent to a replica would fail there (read-only) or, worse, lock nothing on the primary.
// (The routing itself, replica and primary, is tested in apps/gateway/test/resilience/read-replicas.test.ts.)
import { expect, it } from 'vitest';
import { readsOnly } from '../src/client.ts';

it('sends plain reads to the replicas', () => {
  expect(readsOnly('SELECT "id" FROM "Member" WHERE "handle" = $1')).toBe(true);
  expect(readsOnly('\n  WITH page AS (SELECT * FROM "Member") SELECT count(*) FROM page')).toBe(true);
  expect(readsOnly('select json_build_object(\'updatedAt\', m."updatedAt") from "Member" m')).toBe(true);
});

it('keeps writes, locks and sequences on the primary', () => {
  for (const sql of [
    'UPDATE "OutboxEmail" SET "attempts" = 1 RETURNING "id"',
    'WITH claimed AS (UPDATE "WebhookDelivery" SET "attempts" = 1 RETURNING *) SELECT * FROM claimed',
    'SELECT "id" FROM "OutboxEmail" ORDER BY 1 LIMIT 10 FOR UPDATE SKIP LOCKED',
    'SELECT * FROM "Workshop" WHERE "id" = $1 FOR NO KEY UPDATE',
    'SELECT * FROM "Workshop" FOR SHARE',
    'SELECT pg_advisory_xact_lock(42)',
    "SELECT nextval('ledger_seq')",
    'INSERT INTO "AuditLog" ("id") VALUES ($1)',
    'DELETE FROM "Session" WHERE "expiresAt" < now()',
  ])
    expect(readsOnly(sql), sql).toBe(false);
});
