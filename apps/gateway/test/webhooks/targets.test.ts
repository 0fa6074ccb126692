// Webhooks reach public servers only: the URL's name is resolved and every address checked, at
// creation (createWebhook / updateWebhook answer VALIDATION_FAILED on input.url) and again at each
// delivery, which connects to the address it checked. Loopback, private, link-local (the cloud
// metadata service), CGNAT, multicast and reserved ranges are refused in IPv4 and IPv6, IPv4 carried
// in IPv6 included. No traffic leaves the machine: literal addresses, names of this machine, and a
// resolver injected into the dispatcher.
import { createLogger } from '../../src/logger.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookDispatcher } from '../../src/webhooks/poller.ts';
import { enqueueWebhookEvent } from '../../src/webhooks/enqueue.ts';
import { checkWebhookTarget, type Lookup } from '../../src/webhooks/target.ts';
import { addMember, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { createReceiver, type Receiver } from './receiver.ts';

const REFUSED: [string, string][] = [
  ['https://127.0.0.2/hooks', 'loopback'],
  ['https://127.255.255.254/hooks', 'loopback'],
  ['https://[::1]/hooks', 'loopback'],
  ['https://[::ffff:127.0.0.1]/hooks', 'loopback'],
  ['https://[::ffff:7f00:2]/hooks', 'loopback'],
  ['https://10.0.0.8/hooks', 'private'],
  ['https://172.16.4.2/hooks', 'private'],
  ['https://172.31.255.1/hooks', 'private'],
  ['https://192.168.1.20/hooks', 'private'],
  ['https://[fd12:3456::1]/hooks', 'private'],
  ['https://[::ffff:10.1.2.3]/hooks', 'private'],
  ['https://[2002:c0a8:0101::1]/hooks', 'private'], // 6to4 around 192.168.1.1
  ['https://169.254.169.254/latest/meta-data/', 'link-local'],
  ['https://[64:ff9b::a9fe:a9fe]/latest/meta-data/', 'link-local'], // NAT64 around the metadata service
  ['https://[fe80::1]/hooks', 'link-local'],
  ['https://100.64.0.1/hooks', 'shared (CGNAT)'],
  ['https://100.127.255.254/hooks', 'shared (CGNAT)'],
  ['https://224.0.0.251/hooks', 'multicast'],
  ['https://239.255.255.250/hooks', 'multicast'],
  ['https://[ff02::fb]/hooks', 'multicast'],
  ['https://0.0.0.0/hooks', 'reserved'],
  ['https://192.0.2.10/hooks', 'reserved'],
  ['https://198.18.0.1/hooks', 'reserved'],
  ['https://240.0.0.1/hooks', 'reserved'],
  ['https://255.255.255.255/hooks', 'reserved'],
  ['https://[::]/hooks', 'reserved'],
  ['https://[2001:db8::1]/hooks', 'reserved'],
];
const PUBLIC = [
  'https://93.184.215.14/hooks',
  'https://[2606:4700:4700::1111]/hooks',
  'https://[::ffff:93.184.215.14]/hooks',
  'https://100.128.0.1/hooks',
  'https://172.32.0.1/hooks',
];

describe('the address check', () => {
  it.each(REFUSED)('refuses %s (%s)', async (url, range) => {
    const check = await checkWebhookTarget(url, { allowLoopback: false });
    expect(check).toEqual({
      ok: false,
      reason: expect.stringContaining(`is a ${range} address: webhooks only reach public servers.`),
    });
  });

  it.each(PUBLIC)('accepts the public address %s', async (url) => {
    expect((await checkWebhookTarget(url, { allowLoopback: false })).ok).toBe(true);
  });

  it('refuses a name when any of its addresses is not public', async () => {
    const lookup: Lookup = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.8', family: 4 },
    ];
    expect(await checkWebhookTarget('https://hooks.partenaire.example/x', { allowLoopback: false, lookup })).toEqual({
      ok: false,
      reason: 'hooks.partenaire.example (10.0.0.8) is a private address: webhooks only reach public servers.',
    });
    expect((await checkWebhookTarget('https://localhost/x', { allowLoopback: false })).ok).toBe(false);
  });

  it('lets loopback through only when allowed, and never any other private range', async () => {
    expect((await checkWebhookTarget('http://127.0.0.1:8080/hooks', { allowLoopback: true })).ok).toBe(true);
    expect((await checkWebhookTarget('http://localhost:8080/hooks', { allowLoopback: true })).ok).toBe(true);
    expect((await checkWebhookTarget('https://10.0.0.8/hooks', { allowLoopback: true })).ok).toBe(false);
    expect((await checkWebhookTarget('https://169.254.169.254/', { allowLoopback: true })).ok).toBe(false);
    // Plain http only to this machine, and not at all without the setting.
    expect(await checkWebhookTarget('http://93.184.215.14/hooks', { allowLoopback: true })).toMatchObject({
      ok: false,
      reason: 'Give an https:// URL (http:// only for this machine).',
    });
    expect(await checkWebhookTarget('http://127.0.0.1:8080/hooks', { allowLoopback: false })).toMatchObject({
      ok: false,
      reason: 'Give an https:// URL of a public server.',
    });
    expect((await checkWebhookTarget('https://user:pass@93.184.215.14/', { allowLoopback: true })).ok).toBe(false);
    expect((await checkWebhookTarget('ftp://93.184.215.14/', { allowLoopback: true })).ok).toBe(false);
  });
});

describe('through the API (loopback not allowed, as in production)', () => {
  let t: TestGateway;
  let admin: As;
  const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) {
    __typename ... on ValidationError { code fieldErrors { path message } } ... on WebhookSecretSuccess { webhook { url } } } }`;
  beforeAll(async () => {
    t = await startTestGateway();
    const { id } = await addMember(t, { handle: 'admin', role: 'ADMIN' });
    admin = { cookie: `eko_session=${(await createSession(t.db.prisma, id, '127.0.0.1', 'test')).secret}` };
  });
  afterAll(() => t?.stop());

  it.each([
    'https://127.0.0.2/hooks',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.8/hooks',
    'https://[::ffff:127.0.0.1]/hooks',
    'https://localhost/hooks',
    'https://[fd00::1]/hooks',
  ])('createWebhook refuses %s, and stores nothing', async (url) => {
    const { body } = await t.graphql(CREATE, { input: { url, events: ['PAGE_PUBLISHED'] } }, admin);
    expect(body.data.createWebhook).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { path: ['input', 'url'], message: expect.stringMatching(/webhooks only reach public servers\.$/) },
      ],
    });
    expect(await t.db.prisma.webhook.count({ where: { url } })).toBe(0);
  });

  it('createWebhook accepts a public address, and updateWebhook refuses moving it to a private one', async () => {
    const { body } = await t.graphql(
      CREATE,
      { input: { url: 'https://93.184.215.14/hooks', events: ['PAGE_PUBLISHED'] } },
      admin,
    );
    expect(body.data.createWebhook.__typename).toBe('WebhookSecretSuccess');
    const webhook = await t.db.prisma.webhook.findFirstOrThrow({ where: { url: 'https://93.184.215.14/hooks' } });
    const id = Buffer.from(`Webhook:${webhook.id}`).toString('base64');
    const update = await t.graphql(
      `mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { __typename ... on ValidationError { fieldErrors { path message } } } }`,
      { id, input: { url: 'https://192.168.1.1/admin' } },
      admin,
    );
    expect(update.body.data.updateWebhook).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['input', 'url'], message: '192.168.1.1 is a private address: webhooks only reach public servers.' },
      ],
    });
    expect((await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).url).toBe(
      'https://93.184.215.14/hooks',
    );
  });
});

describe('at delivery', () => {
  let t: TestGateway;
  let receiver: Receiver;
  const logger = createLogger('silent');
  beforeAll(async () => {
    t = await startTestGateway();
    receiver = await createReceiver('whsec_targets');
    await receiver.up();
  });
  afterAll(async () => {
    await receiver?.down();
    await t?.stop();
  });

  async function queueTo(url: string) {
    await t.db.prisma.webhookDelivery.deleteMany();
    await t.db.prisma.webhook.deleteMany();
    // As if it had been created while the name pointed to a public server.
    await t.db.prisma.webhook.create({ data: { url, secret: receiver.secret, events: ['page.published'] } });
    await t.db.prisma.$transaction((tx) => enqueueWebhookEvent(tx, 'page.published', { page: { slug: 'a' } }));
  }
  const port = () => new URL(receiver.url).port;

  it('refuses a name that now resolves to this machine: nothing is sent', async () => {
    await queueTo(`http://localhost:${port()}/hooks/eko`);
    await createWebhookDispatcher({ prisma: t.db.prisma, logger, backoffMs: () => 0 }).runOnce();
    const delivery = await t.db.prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({
      status: 'PENDING',
      lastStatusCode: null,
      lastError: expect.stringMatching(/^Not sent: /),
    });
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses an https name that resolves to a private address (injected resolver)', async () => {
    await queueTo('https://hooks.partenaire.example/eko');
    const lookup: Lookup = async () => [{ address: '169.254.169.254', family: 4 }];
    await createWebhookDispatcher({ prisma: t.db.prisma, logger, backoffMs: () => 0, lookup }).runOnce();
    const delivery = await t.db.prisma.webhookDelivery.findFirstOrThrow();
    expect(delivery.lastError).toBe(
      'Not sent: hooks.partenaire.example (169.254.169.254) is a link-local address: webhooks only reach public servers.',
    );
    expect(receiver.received).toHaveLength(0);
  });

  it('connects to the address it checked, not to a second resolution of the name', async () => {
    await queueTo(`http://receiver.localhost:${port()}/hooks/eko`);
    const asked: string[] = [];
    const lookup: Lookup = async (name) => {
      asked.push(name);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    await createWebhookDispatcher({
      prisma: t.db.prisma,
      logger,
      backoffMs: () => 0,
      lookup,
      allowLoopback: true,
    }).runOnce();
    expect(asked).toEqual(['receiver.localhost']);
    expect((await t.db.prisma.webhookDelivery.findFirstOrThrow()).status).toBe('DELIVERED');
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.signatureValid).toBe(true);
  });
});
