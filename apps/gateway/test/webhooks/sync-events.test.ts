// The events an integrator needs to keep a mirror in sync reach subscribed webhooks, each queued in
// the transaction of its change: member.suspended, member.left, registration.cancelled,
// introduction.accepted, opportunity.published; and pingWebhook tests an endpoint end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { WEBHOOK_EVENT_NAMES } from '../../src/webhooks/events.ts';
import { createWebhookDispatcher } from '../../src/webhooks/poller.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { CANCEL, person, REGISTER, result, workshop } from '../workshops/fixtures.ts';
import { createReceiver, type Receiver } from './receiver.ts';

let t: TestGateway;
let receiver: Receiver;

beforeAll(async () => {
  t = await startTestGateway({ WEBHOOK_ALLOW_LOOPBACK: true });
  await t.db.prisma.webhook.create({
    data: {
      url: 'http://127.0.0.1:9/hook',
      secret: 'whsec_test',
      events: [
        'member.left',
        'member.suspended',
        'registration.cancelled',
        'introduction.accepted',
        'opportunity.published',
      ],
    },
  });
  receiver = await createReceiver();
});
afterAll(async () => {
  await receiver?.down();
  await t?.stop();
});

async function queued(event: string) {
  const rows = await t.db.prisma.webhookDelivery.findMany({ where: { event }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.payload as Record<string, Record<string, unknown>>);
}

describe('what a mirror needs', () => {
  it('member.suspended when an admin suspends a member', async () => {
    const admin = await person(t, 'admin', 'ADMIN');
    const member = await person(t, 'suspendue');
    const response = await t.graphql(
      `mutation($id: ID!) { suspendMember(memberId: $id, reason: "Propos injurieux") { __typename } }`,
      { id: member.gid },
      admin.as,
    );
    expect(result(response, 'suspendMember').__typename).toBe('MemberSuccess');
    const [payload] = await queued('member.suspended');
    expect(payload!.member).toEqual({
      id: member.gid,
      handle: member.handle,
      suspendedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('member.left when a member leaves the federation, with nothing but their id', async () => {
    const leaver = await person(t, 'partante');
    const response = await t.graphql(
      `mutation($h: String!) { leaveFederation(confirmHandle: $h) { __typename } }`,
      { h: leaver.handle },
      leaver.as,
    );
    expect(result(response, 'leaveFederation').__typename).toBe('ErasureSuccess');
    const [payload] = await queued('member.left');
    expect(payload).toEqual({ member: { id: leaver.gid, leftAt: expect.any(String) } });
  });

  it('registration.cancelled when a member cancels, confirmed or waitlisted', async () => {
    const row = await workshop(t, { capacity: 1 });
    const [first, second] = [await person(t, 'premier'), await person(t, 'second')];
    result(await t.graphql(REGISTER, { id: row.gid }, first.as), 'registerForWorkshop');
    result(await t.graphql(REGISTER, { id: row.gid }, second.as), 'registerForWorkshop');
    result(await t.graphql(CANCEL, { id: row.gid }, second.as), 'cancelRegistration');
    result(await t.graphql(CANCEL, { id: row.gid }, first.as), 'cancelRegistration');
    const payloads = (await queued('registration.cancelled')).map((p) => p.registration);
    expect(payloads).toEqual([
      { workshopId: row.gid, memberId: second.gid, wasConfirmed: false, cancelledAt: expect.any(String) },
      { workshopId: row.gid, memberId: first.gid, wasConfirmed: true, cancelledAt: expect.any(String) },
    ]);
  });

  it('introduction.accepted when the recipient accepts, not when they decline', async () => {
    const [asker, recipient, other] = [
      await person(t, 'demandeuse'),
      await person(t, 'destinataire'),
      await person(t, 'autre'),
    ];
    const REQUEST = `mutation($id: ID!) { requestIntroduction(memberId: $id, message: "Bonjour, je cherche une graphiste pour un appel d’offres.") {
      __typename ... on IntroductionSuccess { introduction { id } } } }`;
    const ask = result(await t.graphql(REQUEST, { id: recipient.gid }, asker.as), 'requestIntroduction');
    const declined = result(await t.graphql(REQUEST, { id: recipient.gid }, other.as), 'requestIntroduction');
    result(
      await t.graphql(
        `mutation($id: ID!) { declineIntroduction(id: $id) { __typename } }`,
        { id: declined.introduction.id },
        recipient.as,
      ),
      'declineIntroduction',
    );
    expect(await queued('introduction.accepted')).toEqual([]);
    const accepted = result(
      await t.graphql(
        `mutation($id: ID!) { acceptIntroduction(id: $id) { __typename } }`,
        { id: ask.introduction.id },
        recipient.as,
      ),
      'acceptIntroduction',
    );
    expect(accepted.__typename).toBe('IntroductionSuccess');
    expect((await queued('introduction.accepted')).map((p) => p.introduction)).toEqual([
      { id: ask.introduction.id, requesterId: asker.gid, recipientId: recipient.gid, acceptedAt: expect.any(String) },
    ]);
  });

  it('opportunity.published when an opportunity is posted', async () => {
    const poster = await person(t, 'porteuse');
    const POST = `mutation($input: PostOpportunityInput!) { postOpportunity(input: $input) { __typename ... on OpportunitySuccess { opportunity { id } } } }`;
    const posted = result(
      await t.graphql(
        POST,
        {
          input: {
            kind: 'CALL_FOR_TENDER',
            title: 'Refonte du site de la mairie',
            description: 'Un appel d’offres à plusieurs : design, développement, rédaction.',
            region: 'Bretagne',
          },
        },
        poster.as,
      ),
      'postOpportunity',
    );
    expect((await queued('opportunity.published')).map((p) => p.opportunity)).toEqual([
      {
        id: posted.opportunity.id,
        kind: 'CALL_FOR_TENDER',
        title: 'Refonte du site de la mairie',
        region: 'Bretagne',
        deadline: null,
        collectiveId: null,
        postedAt: expect.any(String),
      },
    ]);
  });

  it('every event is in the WebhookEvent enum', async () => {
    const { body } = await t.graphql(`{ __type(name: "WebhookEvent") { enumValues { description } } }`);
    const names = body.data.__type.enumValues.map((v: { description: string }) => v.description.split(' — ')[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        'member.left',
        'member.suspended',
        'registration.cancelled',
        'introduction.accepted',
        'opportunity.published',
        'ping',
      ]),
    );
    expect(names.sort()).toEqual([...WEBHOOK_EVENT_NAMES].sort());
  });
});

describe('pingWebhook', () => {
  const PING = `mutation($id: ID!) { pingWebhook(id: $id) { __typename
    ... on WebhookDeliverySuccess { delivery { id event status } } ... on ConflictError { code message } } }`;

  it('sends a signed ping to the endpoint, whatever the events it subscribed to', async () => {
    const admin = await person(t, 'admin-ping', 'ADMIN');
    const created = result(
      await t.graphql(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { ... on WebhookSecretSuccess { secret webhook { id } } } }`,
        { input: { url: receiver.url, events: ['WORKSHOP_PUBLISHED'] } },
        admin.as,
      ),
      'createWebhook',
    );
    receiver.secret = created.secret;
    await receiver.up();
    const ping = result(await t.graphql(PING, { id: created.webhook.id }, admin.as), 'pingWebhook');
    expect(ping.delivery).toMatchObject({ event: 'PING', status: 'PENDING' });

    const dispatcher = createWebhookDispatcher({
      allowLoopback: true,
      prisma: t.db.prisma,
      logger: createLogger('silent'),
      backoffMs: () => 0,
      maxAttempts: 2,
    });
    await dispatcher.runOnce();
    expect(receiver.received).toEqual([
      expect.objectContaining({
        event: 'ping',
        signatureValid: true,
        body: expect.objectContaining({
          event: 'ping',
          data: expect.objectContaining({ webhookId: created.webhook.id }),
        }),
      }),
    ]);
    const status = await t.graphql(
      `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 5) { edges { node { event status } } } }`,
      { id: created.webhook.id },
      admin.as,
    );
    expect(status.body.data.webhookDeliveries.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { event: 'PING', status: 'DELIVERED' },
    ]);

    // Members cannot; a paused webhook says so instead of queueing a ping that would never leave.
    const member = await person(t, 'pas-admin');
    expect((await t.graphql(PING, { id: created.webhook.id }, member.as)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await t.db.prisma.webhook.updateMany({ where: { url: receiver.url }, data: { active: false } });
    expect(result(await t.graphql(PING, { id: created.webhook.id }, admin.as), 'pingWebhook')).toMatchObject({
      __typename: 'ConflictError',
    });
  });
});
