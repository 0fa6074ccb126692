// The gateway composes into a supergraph: its `_service { sdl }` is composed with a partner's
// subgraph by the Guild's composition library, Hive Gateway serves both, and one request reads
// fields from both. Entities resolve in one SQL statement per batch and keep our authorization:
// what a caller may not read through /graphql stays hidden through the supergraph.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { addMember, globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { memberWithPage } from '../public-pages/fixtures.ts';
import { workshop, type WorkshopRow } from '../workshops/fixtures.ts';
import { PARTNER_SDL, startPartner } from './partner.ts';

let t: TestGateway;
let partner: Awaited<ReturnType<typeof startPartner>>;
let router: Server;
let routerUrl: string;
let adminToken: string;
let published: WorkshopRow;
let draft: WorkshopRow;

async function viaRouter(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; path?: (string | number)[] }[] };
}

beforeAll(async () => {
  t = await startTestGateway();
  // Two members listed to visitors, one suspended, one who chose to be listed to members only.
  await memberWithPage(t, 'camille-martin', { email: 'camille@example.fr' });
  await memberWithPage(t, 'leonie-fabre', { email: 'leonie@example.fr' });
  await memberWithPage(t, 'paul-suspendu', { email: 'paul@example.fr', status: 'SUSPENDED' });
  await addMember(t, { handle: 'nina-discrete', email: 'nina@example.fr' });
  const admin = await addMember(t, { handle: 'admin-federation', role: 'ADMIN' });
  adminToken = (
    await createApiToken(t.db.prisma, {
      kind: 'INTEGRATION',
      ownerId: admin.id,
      name: 'router',
      scopes: ['admin', 'read:network'],
      expiresAt: null,
    })
  ).secret;
  published = await workshop(t, { title: 'Prospecter sans s’épuiser' });
  draft = await workshop(t, { title: 'Brouillon confidentiel', status: 'DRAFT' });
  partner = await startPartner({
    invoices: [
      { number: 'F-001', amountCents: 12000, clientHandle: 'camille-martin' },
      { number: 'F-002', amountCents: 8000, clientHandle: 'leonie-fabre' },
      { number: 'F-003', amountCents: 4500, clientHandle: 'paul-suspendu' },
      { number: 'F-004', amountCents: 9900, clientHandle: 'nina-discrete' },
    ],
    venue: { name: 'Tiers-lieu La Fabrique', stepFree: true, workshopSlugs: [published.slug, draft.slug] },
  });

  const sdl = (await t.graphql('{ _service { sdl } }')).body.data._service.sdl as string;
  const composed = composeServices([
    { name: 'ekoacteurs', typeDefs: parse(sdl), url: `${t.url}/graphql` },
    { name: 'partner', typeDefs: parse(PARTNER_SDL), url: partner.url },
  ]);
  if (!composed.supergraphSdl)
    throw new Error(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
  const runtime = createGatewayRuntime({
    supergraph: composed.supergraphSdl,
    logging: false,
    // The caller's own credentials reach the subgraph, so its rules judge the caller, not the router.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
  });
  router = createServer(runtime);
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => router?.close(resolve));
  await partner?.stop();
  await t?.stop();
});

describe('the subgraph contract', () => {
  it('publishes its SDL with the federation link and the entity keys', async () => {
    const sdl = (await t.graphql('{ _service { sdl } }')).body.data._service.sdl as string;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])');
    expect(sdl).toMatch(/type Member implements Node @key\(fields: "id"\) @key\(fields: "handle"\)/);
    expect(sdl).toMatch(/type Collective implements Node @key\(fields: "id"\) @key\(fields: "slug"\)/);
    expect(sdl).toMatch(/type Workshop implements Node @key\(fields: "id"\) @key\(fields: "slug"\)/);
    expect(sdl).toMatch(/type Skill implements Node @key\(fields: "id"\) @key\(fields: "slug"\)/);
  });

  it('resolves a batch of references with one SQL statement, by global id or by handle', async () => {
    const camille = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'camille-martin' } });
    t.queries.length = 0;
    const response = await t.graphql(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { handle displayName } } }`,
      {
        representations: [
          { __typename: 'Member', id: globalId('Member', camille.id) },
          { __typename: 'Member', handle: 'leonie-fabre' },
          { __typename: 'Member', handle: 'personne-inconnue' },
          { __typename: 'Member', id: 'pas-un-identifiant' },
        ],
      },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data._entities).toEqual([
      { handle: 'camille-martin', displayName: 'camille martin' },
      { handle: 'leonie-fabre', displayName: 'leonie fabre' },
      null,
      null,
    ]);
    expect(t.queries.filter((sql) => /FROM "public"\."Member"/.test(sql))).toHaveLength(1);
  });

  it('charges each reference as one object, as nodes(ids:) does', async () => {
    const cost = async (count: number) => {
      const representations = Array.from({ length: count }, (_, i) => ({ __typename: 'Skill', slug: `s-${i}` }));
      const response = await t.graphql(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Skill { slug name } } }',
        { r: representations },
      );
      return Number(response.headers.get('x-query-cost'));
    };
    const one = await cost(1);
    expect(await cost(40)).toBe(1 + 40 * (one - 1));
    expect(await cost(40)).toBeGreaterThan(40);
  });

  it('refuses more than 100 references at once with a code', async () => {
    const representations = Array.from({ length: 101 }, (_, i) => ({ __typename: 'Skill', slug: `s-${i}` }));
    const response = await t.graphql('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: representations,
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('through Hive Gateway', () => {
  it('answers fields of both subgraphs in one request', async () => {
    const response = await viaRouter(`{
      invoices { number client { handle displayName invoicesDue } }
      workshop(slug: "${published.slug}") { title venue { name stepFree } }
    }`);
    // The third invoice's client is suspended, the fourth's is listed to members only: to a visitor our
    // subgraph answers null for both, and the router says so there only.
    expect((response.errors ?? []).map((error: any) => error.path?.slice(0, 2))).toEqual([
      ['invoices', 2],
      ['invoices', 3],
    ]);
    expect(response.data.workshop).toEqual({
      title: 'Prospecter sans s’épuiser',
      venue: { name: 'Tiers-lieu La Fabrique', stepFree: true },
    });
    expect(response.data.invoices.slice(0, 2)).toEqual([
      { number: 'F-001', client: { handle: 'camille-martin', displayName: 'camille martin', invoicesDue: 1 } },
      { number: 'F-002', client: { handle: 'leonie-fabre', displayName: 'leonie fabre', invoicesDue: 1 } },
    ]);
  });

  it('keeps private what is private: a suspended member, a draft workshop, an email', async () => {
    const response = await viaRouter(`{
      invoices { number client { handle displayName email } }
      venues { workshops { slug title } }
    }`);
    const clients = Object.fromEntries(response.data.invoices.map((invoice: any) => [invoice.number, invoice.client]));
    expect(clients['F-001']).toEqual({ handle: 'camille-martin', displayName: 'camille martin', email: null });
    // The router keeps the partner's own key for hidden members; nothing of ours comes with it.
    expect(clients['F-003']?.displayName ?? null).toBeNull();
    expect(clients['F-004']?.displayName ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toContain('paul suspendu');
    expect(JSON.stringify(response)).not.toContain('nina discrete');
    const titles = response.data.venues[0].workshops.map((item: any) => item?.title ?? null);
    expect(titles).toEqual(['Prospecter sans s’épuiser', null]);
    expect(JSON.stringify(response)).not.toContain('Brouillon confidentiel');
    expect(JSON.stringify(response)).not.toContain('camille@example.fr');
  });

  it('lets the caller’s own token through: an admin sees what admins see', async () => {
    const response = await viaRouter(`{ invoices { number client { handle email } } }`, {
      authorization: `Bearer ${adminToken}`,
    });
    const clients = Object.fromEntries(response.data.invoices.map((invoice: any) => [invoice.number, invoice.client]));
    expect(clients['F-001']).toEqual({ handle: 'camille-martin', email: 'camille@example.fr' });
    expect(clients['F-003']).toEqual({ handle: 'paul-suspendu', email: 'paul@example.fr' });
    expect(clients['F-004']).toEqual({ handle: 'nina-discrete', email: 'nina@example.fr' });
  });
});
