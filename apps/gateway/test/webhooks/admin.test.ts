// Webhooks as admins run them in the console: register (secret shown once), receive real events,
// follow deliveries, pause, rotate the secret, replay a failed delivery, delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { WEBHOOK_EVENT_NAMES } from '../../src/webhooks/events.ts';
import { createWebhookDispatcher, type WebhookDispatcher } from '../../src/webhooks/poller.ts';
import { addMember, globalId, readNode, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { personWithSession } from '../pages/fixtures.ts';
import { createReceiver, type Receiver } from './receiver.ts';

let t: TestGateway;
let admin: As;
let member: As;
let receiver: Receiver;
let dispatcher: WebhookDispatcher;
let webhookId: string;

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) {
  __typename
  ... on WebhookSecretSuccess { secret webhook { id url events active description createdBy { handle } } }
  ... on ValidationError { fieldErrors { path message } }
} }`;
const ADMIT = `mutation($id: ID!) { admitApplicant(memberId: $id) { __typename } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { totalCount edges { node { id event status attempts lastStatusCode lastError } } } }`;

beforeAll(async () => {
  t = await startTestGateway({ WEBHOOK_ALLOW_LOOPBACK: true });
  admin = (await personWithSession(t, 'admin', { role: 'ADMIN' })).as;
  member = (await personWithSession(t, 'membre')).as;
  receiver = await createReceiver();
  dispatcher = createWebhookDispatcher({
    allowLoopback: true,
    prisma: t.db.prisma,
    logger: createLogger('silent'),
    backoffMs: () => 0,
    maxAttempts: 2,
  });
});
afterAll(async () => {
  await receiver?.down();
  await t?.stop();
});

describe('registering', () => {
  it('gives the admin the signing secret once; the API never shows it again', async () => {
    const { body } = await t.graphql(
      CREATE,
      {
        input: {
          url: receiver.url,
          events: ['MEMBER_ADMITTED', 'PAGE_PUBLISHED'],
          description: 'Réseau <b>Bretagne</b>',
        },
      },
      admin,
    );
    const payload = body.data.createWebhook;
    expect(payload.secret).toMatch(/^whsec_/);
    expect(payload.webhook).toMatchObject({
      url: receiver.url,
      events: ['MEMBER_ADMITTED', 'PAGE_PUBLISHED'],
      active: true,
      description: 'Réseau Bretagne',
      createdBy: { handle: 'admin' },
    });
    receiver.secret = payload.secret;
    webhookId = payload.webhook.id;
    const fields = (await t.graphql(`{ __type(name: "Webhook") { fields { name } } }`)).body.data.__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(fields).not.toContain('secret');
    expect(await t.db.prisma.auditLogEntry.count({ where: { action: 'webhook.created' } })).toBe(1);
  });

  it('refuses a URL that is not https (except to this machine) and an empty list of events', async () => {
    const { body } = await t.graphql(CREATE, { input: { url: 'http://partenaire.example/hooks', events: [] } }, admin);
    expect(body.data.createWebhook.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'input.events',
      'input.url',
    ]);
  });

  it('offers exactly the documented events', async () => {
    const { body } = await t.graphql(`{ __type(name: "WebhookEvent") { enumValues { name description } } }`);
    const documented = body.data.__type.enumValues.map((v: { description: string }) => v.description.split(' — ')[0]);
    expect(documented.sort()).toEqual([...WEBHOOK_EVENT_NAMES].sort());
  });

  it('is for admins only', async () => {
    const { body } = await t.graphql(CREATE, { input: { url: receiver.url, events: ['PAGE_PUBLISHED'] } }, member);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.graphql(`{ webhooks(first: 5) { totalCount } }`, {}, member)).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('events', () => {
  it('an admission reaches the receiver as member.admitted, signed with the secret given at creation', async () => {
    const applicant = await addMember(t, { handle: 'nouvelle-venue', status: 'APPLICANT' });
    await receiver.up();
    expect(
      (await t.graphql(ADMIT, { id: globalId('Member', applicant.id) }, admin)).body.data.admitApplicant.__typename,
    ).toBe('MemberSuccess');
    expect(await dispatcher.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery).toMatchObject({ event: 'member.admitted', signatureValid: true });
    expect(delivery!.body.data.member).toMatchObject({
      id: globalId('Member', applicant.id),
      handle: 'nouvelle-venue',
      admittedAt: expect.any(String),
    });
  });

  it('a paused webhook gets nothing new; resumed, it gets the next events', async () => {
    const UPDATE = `mutation($id: ID!, $active: Boolean) { updateWebhook(id: $id, input: { active: $active }) { __typename ... on WebhookSuccess { webhook { active } } } }`;
    expect(
      (await t.graphql(UPDATE, { id: webhookId, active: false }, admin)).body.data.updateWebhook.webhook.active,
    ).toBe(false);
    await t.graphql(
      ADMIT,
      { id: globalId('Member', (await addMember(t, { handle: 'pendant-la-pause', status: 'APPLICANT' })).id) },
      admin,
    );
    await t.graphql(UPDATE, { id: webhookId, active: true }, admin);
    await t.graphql(
      ADMIT,
      { id: globalId('Member', (await addMember(t, { handle: 'apres-la-pause', status: 'APPLICANT' })).id) },
      admin,
    );
    await dispatcher.runOnce();
    expect(receiver.received.map((r) => r.body.data.member.handle)).toEqual(['nouvelle-venue', 'apres-la-pause']);
  });

  it('after a secret rotation, deliveries are signed with the new secret', async () => {
    const { body } = await t.graphql(
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { __typename ... on WebhookSecretSuccess { secret } } }`,
      { id: webhookId },
      admin,
    );
    const old = receiver.secret;
    receiver.secret = body.data.rotateWebhookSecret.secret;
    expect(receiver.secret).not.toBe(old);
    await t.graphql(
      ADMIT,
      { id: globalId('Member', (await addMember(t, { handle: 'apres-rotation', status: 'APPLICANT' })).id) },
      admin,
    );
    await dispatcher.runOnce();
    expect(receiver.received.at(-1)).toMatchObject({
      signatureValid: true,
      body: { data: { member: { handle: 'apres-rotation' } } },
    });
  });
});

describe('deliveries', () => {
  it('a failed one is listed with its error, replayed by an admin, then delivered', async () => {
    await receiver.down();
    await t.graphql(
      ADMIT,
      { id: globalId('Member', (await addMember(t, { handle: 'receveur-en-panne', status: 'APPLICANT' })).id) },
      admin,
    );
    await dispatcher.runOnce();
    await dispatcher.runOnce();
    const failed = (await t.graphql(DELIVERIES, { id: webhookId }, admin)).body.data.webhookDeliveries.edges[0].node;
    expect(failed).toMatchObject({
      event: 'MEMBER_ADMITTED',
      status: 'FAILED',
      attempts: 2,
      lastStatusCode: null,
      lastError: expect.stringMatching(/refused/i),
    });

    const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(id: $id) { __typename ... on WebhookDeliverySuccess { delivery { status attempts } } } }`;
    expect((await t.graphql(REPLAY, { id: failed.id }, admin)).body.data.replayWebhookDelivery.delivery).toEqual({
      status: 'PENDING',
      attempts: 0,
    });
    expect((await t.graphql(REPLAY, { id: failed.id }, admin)).body.data.replayWebhookDelivery.__typename).toBe(
      'ConflictError',
    );
    await receiver.up();
    await dispatcher.runOnce();
    expect(receiver.received.at(-1)).toMatchObject({
      deliveryId: globalIdToDb(failed.id),
      body: { data: { member: { handle: 'receveur-en-panne' } } },
    });
    expect(
      (await t.graphql(DELIVERIES, { id: webhookId }, admin)).body.data.webhookDeliveries.edges[0].node,
    ).toMatchObject({ status: 'DELIVERED', attempts: 1 });
  });

  it('the list of webhooks with their last deliveries costs the same few statements for 1 or many webhooks', async () => {
    const query = `query($first: Int) { webhooks(first: $first) { totalCount edges { node { url events active failedDeliveryCount
      lastDeliveries(count: 3) { event status attempts lastStatusCode createdAt webhook { url } } } } } }`;
    const count = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(query, { first }, admin);
      expect(body.errors).toBeUndefined();
      return {
        statements: t.queries.length,
        webhooks: body.data.webhooks.edges.length,
        nodes: body.data.webhooks.edges.map((e: any) => e.node),
      };
    };
    for (let n = 0; n < 4; n++) {
      // Stored directly: creating through the API would resolve these names (and nothing resolves offline).
      await t.db.prisma.webhook.create({
        data: { url: `https://partenaire-${n}.example/hooks`, secret: 'whsec_test', events: ['page.published'] },
      });
    }
    const one = await count(1);
    const all = await count(20);
    expect(all.webhooks).toBe(5);
    const withLog = all.nodes.find((node: { url: string }) => node.url === receiver.url);
    expect(withLog.lastDeliveries).toHaveLength(3);
    expect(withLog.lastDeliveries[0]).toMatchObject({ status: 'DELIVERED', webhook: { url: receiver.url } });
    expect(withLog.failedDeliveryCount).toBe(0);
    expect(all.statements).toBe(one.statements);
    // The session with its member (joined), the webhooks (with their failure counts), the ids of their last deliveries
    // (one indexed LIMIT per webhook, in one statement), those deliveries with their webhook, the total (before: 7).
    expect(one.statements).toBe(5);
  });

  it('deleting a webhook deletes its log and sends nothing more', async () => {
    const { body } = await t.graphql(
      `mutation($id: ID!) { deleteWebhook(id: $id) { __typename } }`,
      { id: webhookId },
      admin,
    );
    expect(body.data.deleteWebhook.__typename).toBe('DeleteWebhookSuccess');
    expect(await t.db.prisma.webhookDelivery.count()).toBe(0);
    expect((await readNode(t, webhookId, admin)).data?.node ?? null).toBeNull();
  });
});

function globalIdToDb(id: string) {
  return Buffer.from(id, 'base64').toString('utf8').split(':')[1];
}
