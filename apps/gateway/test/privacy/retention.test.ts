// Retention: the scheduled purge deletes exactly what is past its period (each kind of record
// with its own), keeps everything else, and two replicas purging at the same moment (two
// connection pools, small batches) share the work without deleting anything twice or waiting.
import { openDatabase, type Database } from '@ekoacteurs/db';
import type { DeliveryStatus } from '@ekoacteurs/db/enums';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { purgeExpired, RETENTION_RULES } from '../../src/privacy/retention.ts';

const DAY = 86_400_000;
const OLD = 5; // rows past their period, per kind
let db: TestDatabase;
let second: Database | null = null;

const ago = (days: number) => new Date(Date.now() - days * DAY);

beforeAll(async () => {
  db = await createTestDatabase();
  // A second replica: its own pool on the same database (PGlite has one connection: the same client).
  if (db.target.kind === 'postgres') second = await openDatabase({ target: db.target, poolSize: 4 });
});
afterAll(async () => {
  await second?.close();
  await db?.close();
});

async function seed() {
  const prisma = db.prisma;
  const member = await prisma.member.create({
    data: { handle: 'erwan-retention', displayName: 'Erwan', email: 'erwan@example.fr', status: 'ACTIVE' },
  });
  const webhook = await prisma.webhook.create({
    data: { url: 'https://example.org/hook', secret: 's', events: ['member.admitted'] },
  });
  const page = await prisma.visibilityPage.create({
    data: { slug: 'erwan-retention', ownerKind: 'MEMBER', memberId: member.id, title: 'Erwan' },
  });
  const memberId = member.id;
  const webhookDelivery = (status: DeliveryStatus, createdAt: Date) =>
    prisma.webhookDelivery.create({
      data: { webhookId: webhook.id, event: 'member.admitted', payload: {}, status, createdAt },
    });
  const fediverseDelivery = (activityId: string, status: DeliveryStatus, createdAt: Date) =>
    prisma.fediverseDelivery.create({
      data: {
        actor: 'federation',
        inboxUrl: 'https://social.example/inbox',
        activityId,
        activity: {},
        status,
        createdAt,
      },
    });
  const n = (i: number) => `${i}-${Math.random().toString(36).slice(2)}`;
  for (let i = 0; i < OLD; i++) {
    // Past their period…
    await prisma.signInToken.create({
      data: { tokenHash: `old-${n(i)}`, memberId, purpose: 'SIGN_IN', expiresAt: ago(8) },
    });
    await prisma.session.create({ data: { tokenHash: `old-${n(i)}`, memberId, expiresAt: ago(31) } });
    await prisma.notification.create({ data: { memberId, kind: 'old', createdAt: ago(366) } });
    await webhookDelivery('DELIVERED', ago(31));
    await fediverseDelivery(`old-${n(i)}`, 'DELIVERED', ago(31));
    await prisma.pageReport.create({ data: { pageId: page.id, reason: 'old', resolvedAt: ago(366) } });
    await prisma.contactMessage.create({
      data: { memberId, senderName: 'x', senderEmail: 'x@example.org', body: 'old', createdAt: ago(366) },
    });
    await prisma.outboxEmail.create({ data: { to: 'x@example.org', subject: 'old', text: 'old', createdAt: ago(91) } });
    await prisma.auditLogEntry.create({ data: { action: 'profile.updated', createdAt: ago(366) } });
    await prisma.auditLogEntry.create({ data: { action: 'privacy.member_left', createdAt: ago(3 * 365 + 1) } });
    await prisma.dataExport.create({
      data: { memberId, secretHash: `old-${n(i)}`, status: 'READY', readyAt: ago(2), expiresAt: ago(1) },
    });
  }
  // …and just inside it (or never due): all kept.
  await prisma.signInToken.create({ data: { tokenHash: 'fresh', memberId, purpose: 'SIGN_IN', expiresAt: ago(6) } });
  await prisma.session.create({ data: { tokenHash: 'fresh', memberId, expiresAt: new Date(Date.now() + DAY) } });
  await prisma.session.create({
    data: { tokenHash: 'fresh-revoked', memberId, expiresAt: new Date(Date.now() + DAY), revokedAt: ago(29) },
  });
  await prisma.notification.create({ data: { memberId, kind: 'fresh', createdAt: ago(364) } });
  await webhookDelivery('DELIVERED', ago(29));
  // A delivery still being retried is never purged, however old.
  await webhookDelivery('PENDING', ago(400));
  await fediverseDelivery('fresh', 'FAILED', ago(29));
  await fediverseDelivery('retrying', 'PENDING', ago(400));
  // An unresolved report waits for a moderator, however old.
  await prisma.pageReport.create({ data: { pageId: page.id, reason: 'open', createdAt: ago(400) } });
  await prisma.contactMessage.create({
    data: { memberId, senderName: 'x', senderEmail: 'x@example.org', body: 'fresh', createdAt: ago(364) },
  });
  await prisma.outboxEmail.create({
    data: { to: 'x@example.org', subject: 'fresh', text: 'fresh', createdAt: ago(89) },
  });
  await prisma.auditLogEntry.create({ data: { action: 'profile.updated', createdAt: ago(364) } });
  // An erasure's record outlives ordinary audit entries: proof the request was carried out.
  await prisma.auditLogEntry.create({ data: { action: 'privacy.member_left', createdAt: ago(400) } });
  await prisma.dataExport.create({
    data: {
      memberId,
      secretHash: 'fresh',
      status: 'READY',
      readyAt: ago(0.5),
      expiresAt: new Date(Date.now() + DAY / 2),
    },
  });
  await prisma.dataExport.create({ data: { memberId, secretHash: 'fresh-pending', status: 'PENDING' } });
}

async function counts() {
  const p = db.prisma;
  return {
    signInTokens: await p.signInToken.count(),
    sessions: await p.session.count(),
    notifications: await p.notification.count(),
    webhookDeliveries: await p.webhookDelivery.count(),
    fediverseDeliveries: await p.fediverseDelivery.count(),
    pageReports: await p.pageReport.count(),
    contactMessages: await p.contactMessage.count(),
    outboxEmails: await p.outboxEmail.count(),
    auditEntries: await p.auditLogEntry.count(),
    dataExports: await p.dataExport.count(),
  };
}

it('purges only what is past its period, with two replicas purging at once', async () => {
  await seed();
  const [a, b] = await Promise.all([
    purgeExpired(db.prisma, { batchSize: 2 }),
    purgeExpired((second ?? db).prisma, { batchSize: 2 }),
  ]);
  // Every rule's old rows went exactly once, shared between the two replicas.
  for (const rule of RETENTION_RULES) expect(a[rule.name]! + b[rule.name]!, rule.name).toBe(OLD);
  expect(await counts()).toEqual({
    signInTokens: 1,
    sessions: 2,
    notifications: 1,
    webhookDeliveries: 2,
    fediverseDeliveries: 2,
    pageReports: 1,
    contactMessages: 1,
    outboxEmails: 1,
    auditEntries: 2,
    dataExports: 2,
  });
  // A second pass finds nothing more.
  const again = await purgeExpired(db.prisma);
  expect(Object.values(again).every((n) => n === 0)).toBe(true);
});
