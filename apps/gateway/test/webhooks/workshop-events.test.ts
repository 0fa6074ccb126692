// Workshop events reach subscribed webhooks through the outbox, in the transaction of the change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { CANCEL, person, REGISTER, result, workshop } from '../workshops/fixtures.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
  await t.db.prisma.webhook.create({
    data: {
      url: 'http://127.0.0.1:9/hook',
      secret: 'whsec_test',
      events: ['workshop.published', 'workshop.cancelled', 'registration.confirmed'],
    },
  });
});
afterAll(() => t?.stop());

async function queued(event: string) {
  const rows = await t.db.prisma.webhookDelivery.findMany({ where: { event }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as Record<string, Record<string, string>>);
}

it('queues workshop.published, registration.confirmed (seat or promotion) and workshop.cancelled', async () => {
  const admin = await person(t, 'admin', 'ADMIN');
  const facilitator = await person(t, 'facilitatrice');
  const draft = await workshop(t, { status: 'DRAFT', facilitatorIds: [facilitator.id], capacity: 1 });
  result(
    await t.graphql(`mutation($id: ID!) { publishWorkshop(id: $id) { __typename } }`, { id: draft.gid }, admin.as),
    'publishWorkshop',
  );
  expect((await queued('workshop.published')).map((p) => p.workshop!.slug)).toEqual([draft.slug]);

  const [first, second] = [await person(t, 'premiere'), await person(t, 'seconde')];
  result(await t.graphql(REGISTER, { id: draft.gid }, first.as), 'registerForWorkshop');
  result(await t.graphql(REGISTER, { id: draft.gid }, second.as), 'registerForWorkshop');
  // The second waits: nothing confirmed for them until the first cancels.
  expect((await queued('registration.confirmed')).map((p) => p.registration!.memberId)).toEqual([first.gid]);
  result(await t.graphql(CANCEL, { id: draft.gid }, first.as), 'cancelRegistration');
  expect((await queued('registration.confirmed')).map((p) => p.registration!.memberId)).toEqual([
    first.gid,
    second.gid,
  ]);

  const cancelled = await t.graphql(
    `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Salle indisponible") { __typename } }`,
    { id: draft.gid },
    admin.as,
  );
  expect(cancelled.body.data.cancelWorkshop.__typename).toBe('WorkshopSuccess');
  expect((await queued('workshop.cancelled')).map((p) => p.workshop!.id)).toEqual([draft.gid]);
});
