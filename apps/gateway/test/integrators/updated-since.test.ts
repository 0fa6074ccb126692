// Sync for integrators: `updatedSince` on the lists they mirror (members directory, workshops,
// collectives, opportunities) returns only what changed since their last watermark, and each
// node's `updatedAt` is the next watermark.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { person, workshop, type Person } from '../workshops/fixtures.ts';

let t: TestGateway;
let reader: Person;
let changed: { member: Person; workshopSlug: string; collectiveSlug: string; opportunityTitle: string };
const WATERMARK = '2026-06-01T00:00:00.000Z';

beforeAll(async () => {
  t = await startTestGateway();
  const prisma = t.db.prisma;
  reader = await person(t, 'lectrice');
  const [quiet, member] = [await person(t, 'calme'), await person(t, 'changeante')];
  await workshop(t, {});
  const w2 = await workshop(t, {});
  await prisma.collective.createMany({
    data: [
      { slug: 'com-calme', name: 'Com calme' },
      { slug: 'com-vivante', name: 'Com vivante' },
    ],
  });
  await prisma.opportunity.createMany({
    data: [
      { kind: 'HELP_REQUEST', title: 'Ancienne demande', postedById: quiet.id },
      { kind: 'HELP_OFFER', title: 'Offre revue', postedById: member.id },
    ],
  });
  // Everything was last synced before the watermark…
  for (const table of ['Member', 'Workshop', 'Collective', 'Opportunity']) {
    await prisma.$executeRawUnsafe(`UPDATE "${table}" SET "updatedAt" = '2026-01-15T10:00:00Z'`);
  }
  // …then one of each changes.
  await prisma.member.update({
    where: { id: member.id },
    data: { headline: 'Graphiste, désormais aussi illustratrice' },
  });
  await prisma.workshop.update({ where: { id: w2.id }, data: { place: 'Tiers-lieu de Lorient' } });
  await prisma.collective.update({
    where: { slug: 'com-vivante' },
    data: { purpose: 'Communiquer autrement, ensemble, en Bretagne.' },
  });
  await prisma.opportunity.updateMany({ where: { title: 'Offre revue' }, data: { region: 'Bretagne' } });
  changed = { member, workshopSlug: w2.slug, collectiveSlug: 'com-vivante', opportunityTitle: 'Offre revue' };
});
afterAll(() => t?.stop());

const SYNC = `query($since: DateTime) {
  members(updatedSince: $since, first: 50) { totalCount edges { node { handle updatedAt } } }
  workshops(updatedSince: $since, upcoming: null, first: 50) { totalCount edges { node { slug updatedAt } } }
  collectives(updatedSince: $since, first: 50) { totalCount edges { node { slug updatedAt } } }
  opportunities(updatedSince: $since, first: 50) { totalCount edges { node { title updatedAt } } }
}`;

type Edges<K extends string> = { totalCount: number; edges: { node: Record<K | 'updatedAt', string> }[] };

it('returns only what changed since the watermark, with its updatedAt', async () => {
  const { body } = await t.graphql(SYNC, { since: WATERMARK }, reader.as);
  expect(body.errors).toBeUndefined();
  const data = body.data as {
    members: Edges<'handle'>;
    workshops: Edges<'slug'>;
    collectives: Edges<'slug'>;
    opportunities: Edges<'title'>;
  };
  expect(data.members.edges.map((e) => e.node.handle)).toEqual([changed.member.handle]);
  expect(data.members.totalCount).toBe(1);
  expect(data.workshops.edges.map((e) => e.node.slug)).toEqual([changed.workshopSlug]);
  expect(data.collectives.edges.map((e) => e.node.slug)).toEqual([changed.collectiveSlug]);
  expect(data.opportunities.edges.map((e) => e.node.title)).toEqual([changed.opportunityTitle]);
  for (const list of [data.members, data.workshops, data.collectives, data.opportunities]) {
    expect(Date.parse(list.edges[0]!.node.updatedAt)).toBeGreaterThan(Date.parse(WATERMARK));
  }
});

it('without updatedSince, lists everything as before', async () => {
  const { body } = await t.graphql(SYNC, { since: null }, reader.as);
  expect(body.data.members.totalCount).toBe(3);
  expect(body.data.workshops.totalCount).toBe(2);
  expect(body.data.collectives.totalCount).toBe(2);
  expect(body.data.opportunities.totalCount).toBe(2);
});
