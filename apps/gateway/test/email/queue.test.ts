// The durable mail queue against a real SMTP server on loopback: an email queued with its change
// is delivered with its headers; a refused send is retried and sent once; two workers (two
// replicas) never send one email twice; the workshop reminder goes once per registration, with its
// .ics; without SMTP the outbox only records.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailDispatcher } from '../../src/email/queue.ts';
import { sendDueReminders } from '../../src/email/reminders.ts';
import { createLogger } from '../../src/logger.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { NOTIFICATION_ADDED, subscribe } from '../notifications/sse.ts';
import { mutate } from '../opportunities/steps.ts';
import { person, type Person } from '../people.ts';
import { HOUR, fill, workshop } from '../workshops/fixtures.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';

let t: TestGateway;
let smtp: TestSmtp;
let camille: Person;
let yanis: Person;
const logger = createLogger('silent');
const FROM = 'ÉkôActeurs <ne-pas-repondre@ekoacteurs.fr>';

beforeAll(async () => {
  [t, smtp] = await Promise.all([startTestGateway(), startSmtp()]);
  [camille, yanis] = await Promise.all([person(t, 'camille'), person(t, 'yanis')]);
});
afterAll(async () => {
  await t?.stop();
  await smtp?.close();
});
beforeEach(async () => {
  await t.db.prisma.outboxEmail.deleteMany();
  smtp.received.length = 0;
  smtp.refuseNext(0);
});

const dispatcher = (backoffMs = () => 0) =>
  createMailDispatcher({ prisma: t.db.prisma, logger, transport: smtp.transport(), from: FROM, backoffMs });
const RECOMMEND = `mutation($id: ID!) { recommendMember(input: { memberId: $id, clientName: "Biocoop", note: "Une graphiste remarquable." }) { __typename } }`;

describe('delivery through SMTP', () => {
  it('sends a queued email once, with its one-click unsubscribe headers, and records it', async () => {
    await mutate(t, camille.as, RECOMMEND, { id: yanis.gid });
    const worker = dispatcher();
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(1);
    // Long headers are folded: unfold them to read them.
    const raw = smtp.received[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/localhost:\d+\/email\/desabonnement\?m=/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(raw).toContain('Content-Type: text/plain');
    expect(raw).toContain('Content-Type: text/html');
    const row = await t.db.prisma.outboxEmail.findFirstOrThrow({ where: { kind: 'recommendation.received' } });
    expect(row).toMatchObject({ attempts: 1, error: null, nextAttemptAt: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('retries a send the server refused, with backoff, and sends it once', async () => {
    await mutate(t, yanis.as, RECOMMEND, { id: camille.gid });
    smtp.refuseNext(2);
    const later = dispatcher(() => 60_000);
    expect(await later.runOnce()).toBe(1);
    const failed = await t.db.prisma.outboxEmail.findFirstOrThrow({ where: { kind: 'recommendation.received' } });
    expect(failed.sentAt).toBeNull();
    expect(failed.error).toMatch(/Try again later/);
    // Not due yet: the backoff holds it back.
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await later.runOnce()).toBe(0);
    // Due again (no wait): refused once more, then sent.
    await t.db.prisma.outboxEmail.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } });
    const now = dispatcher();
    await now.runOnce();
    await now.runOnce();
    expect(await now.runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(await t.db.prisma.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      attempts: 3,
      error: null,
      nextAttemptAt: null,
    });
  });

  it('two workers draining one queue send each email exactly once', async () => {
    for (let i = 0; i < 12; i++) {
      await t.db.prisma.outboxEmail.create({
        data: {
          to: `n${i}@example.fr`,
          subject: `Message ${i}`,
          text: `Bonjour ${i}`,
          kind: 'test',
          nextAttemptAt: new Date(),
        },
      });
    }
    const [a, b] = [
      createMailDispatcher({ prisma: t.db.prisma, logger, transport: smtp.transport(), from: FROM, batchSize: 3 }),
      createMailDispatcher({ prisma: t.db.prisma, logger, transport: smtp.transport(), from: FROM, batchSize: 3 }),
    ];
    const drain = async (worker: typeof a) => {
      while ((await worker.runOnce()) > 0);
    };
    await Promise.all([drain(a), drain(b)]);
    const subjects = smtp.received.map((raw) => /^Subject: (.*)$/m.exec(raw)![1]!);
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
    expect(await t.db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  it('without SMTP_URL the admission email is only recorded in the visible outbox', async () => {
    const admin = await person(t, 'admin', { role: 'ADMIN' });
    const applicant = await t.db.prisma.member.create({
      data: { handle: 'nour', displayName: 'Nour', email: 'nour@example.fr', status: 'APPLICANT' },
    });
    await mutate(t, admin.as, `mutation($id: ID!) { admitApplicant(memberId: $id) { __typename } }`, {
      id: Buffer.from(`Member:${applicant.id}`).toString('base64'),
    });
    // Without SMTP_URL the gateway only records it: the row waits for nothing.
    const row = await t.db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'nour@example.fr' } });
    expect(row.nextAttemptAt).toBeNull();
  });
});

describe('the reminder the day before', () => {
  it('goes once per confirmed seat, with the .ics, even when two replicas run the job at once', async () => {
    const tomorrow = await workshop(t, { startsIn: 20 * HOUR, title: 'Réparer son vélo' });
    const later = await workshop(t, { startsIn: 60 * HOUR });
    await fill(t, tomorrow.id, [camille, yanis], 1);
    await fill(t, later.id, [camille], 5);
    const runs = await Promise.all([sendDueReminders(t.db.prisma), sendDueReminders(t.db.prisma)]);
    expect(runs[0]! + runs[1]!).toBe(1);
    expect(await sendDueReminders(t.db.prisma)).toBe(0);

    const mails = await t.db.prisma.outboxEmail.findMany({ where: { kind: 'workshop.reminder' } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([['camille@example.fr', 'Demain : « Réparer son vélo »']]);
    expect(await t.db.prisma.notification.count({ where: { kind: 'workshop.reminder' } })).toBe(1);

    await dispatcher().runOnce();
    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0]!;
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH;?\s+name=.*\.ics/);
    expect(raw).toMatch(/filename=.*\.ics/);
  });

  it('pushes the reminder live to the member’s open subscription', async () => {
    const soon = await workshop(t, { startsIn: 6 * HOUR, title: 'Compost collectif' });
    await fill(t, soon.id, [camille], 5);
    const stream = await subscribe(t.url, NOTIFICATION_ADDED, camille.as);
    expect(await sendDueReminders(t.db.prisma, new Date(), 100, t.gateway.events)).toBe(1);
    const event = await stream.next();
    stream.close();
    expect(event.data.notificationAdded).toMatchObject({ kind: 'workshop.reminder', read: false });
    expect(event.data.notificationAdded.data).toMatchObject({ workshopTitle: 'Compost collectif' });
  });

  it('respects the in-app-only choice: a notification, no email', async () => {
    const w = await workshop(t, { startsIn: 10 * HOUR });
    await fill(t, w.id, [yanis], 5);
    await mutate(t, yanis.as, `mutation { setEmailPreference(kind: WORKSHOP_REMINDER, email: false) { __typename } }`);
    expect(await sendDueReminders(t.db.prisma)).toBe(1);
    expect(await t.db.prisma.outboxEmail.count({ where: { kind: 'workshop.reminder' } })).toBe(0);
    expect(await t.db.prisma.notification.count({ where: { memberId: yanis.id, kind: 'workshop.reminder' } })).toBe(1);
  });
});
