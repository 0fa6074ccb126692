// Who sees a member through the API (visibility/member.ts): visitors, integrators' tokens by scope,
// members, the member themself and admins; which members are listed and which parts of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { tokenFor } from '../people.ts';
import { addProfile, addSkill, sessionOf } from './fixtures.ts';

let t: TestGateway;
let ids: Record<string, string>;
let member: As;
let admin: As;
let self: As;
let readToken: As;
let writeOnlyToken: As;
const visitor: As = {};

const PROFILE = `id handle city region canDo wishes pace paceNote bio role createdAt avatarUrl skills { skill { name } }`;
const MEMBERS = `query($search: String, $regions: [String!], $pace: [Pace!], $domains: [SkillDomain!]) {
  members(search: $search, regions: $regions, pace: $pace, domains: $domains, first: 8) { totalCount edges { node { ${PROFILE} } } }
}`;

async function page(memberId: string) {
  await t.db.prisma.visibilityPage.create({
    data: {
      slug: (await t.db.prisma.member.findUniqueOrThrow({ where: { id: memberId } })).handle,
      ownerKind: 'MEMBER',
      memberId,
      title: 'Page',
      published: true,
      publishedAt: new Date(),
    },
  });
}

beforeAll(async () => {
  t = await startTestGateway();
  const design = (await addSkill(t, 'design', 'Design graphique', 'COMMUNICATION')).id;
  const common = {
    region: 'Bretagne',
    city: 'Rennes',
    pace: 'AVAILABLE' as const,
    paceNote: 'Le jeudi',
    bio: 'Une longue histoire',
    skills: [[design, 'EXPERT']] as [string, 'EXPERT'][],
  };
  // Listed to visitors with a published page, showing only their place.
  const alice = await addProfile(t, {
    handle: 'alice-publique',
    canDo: 'Maquettes typographiques',
    wishes: 'Rencontrer des imprimeurs',
    ...common,
  });
  await t.db.prisma.member.update({ where: { id: alice.id }, data: { listing: 'VISITORS', publicFields: ['PLACE'] } });
  await page(alice.id);
  // Privacy by default: nothing chosen, a published page all the same.
  const discreet = await addProfile(t, { handle: 'bruno-discret', canDo: 'Maquettes', ...common });
  await page(discreet.id);
  // Listed to visitors, every part public, but no published page.
  const noPage = await addProfile(t, { handle: 'chloe-sans-page', ...common });
  await t.db.prisma.member.update({
    where: { id: noPage.id },
    data: { listing: 'VISITORS', publicFields: ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'] },
  });
  const suspended = await addProfile(t, { handle: 'denis-suspendu', status: 'SUSPENDED', ...common });
  await t.db.prisma.member.update({
    where: { id: suspended.id },
    data: { listing: 'VISITORS', publicFields: ['PLACE'] },
  });
  await page(suspended.id);
  const reader = await addProfile(t, { handle: 'eva-membre' });
  const boss = await addProfile(t, { handle: 'zoe-admin', role: 'ADMIN' });
  ids = { listed: alice.id, discreet: discreet.id, noPage: noPage.id, suspended: suspended.id, reader: reader.id };
  member = await sessionOf(t, reader.id);
  admin = await sessionOf(t, boss.id);
  self = await sessionOf(t, discreet.id);
  readToken = await tokenFor(t, reader, ['read:network']);
  writeOnlyToken = await tokenFor(t, reader, ['write:profile']);
});
afterAll(() => t?.stop());

async function listed(as: As, variables: Record<string, unknown> = {}) {
  const { body } = await t.graphql(MEMBERS, variables, as);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.members as { totalCount: number; edges: { node: Record<string, any> }[] };
}

const handles = async (as: As, variables: Record<string, unknown> = {}) =>
  (await listed(as, variables)).edges.map((edge) => edge.node.handle as string).sort();

describe('which members are listed', () => {
  it('lists to visitors and to tokens without read:network only members listed to visitors whose page is published', async () => {
    for (const caller of [visitor, writeOnlyToken]) {
      const directory = await listed(caller);
      expect(directory.edges.map((edge) => edge.node.handle)).toEqual(['alice-publique']);
      expect(directory.totalCount).toBe(1);
    }
  });

  it('lists every active member to members, sessions and read:network tokens alike', async () => {
    const all = ['alice-publique', 'bruno-discret', 'chloe-sans-page', 'eva-membre', 'zoe-admin'];
    expect(await handles(member)).toEqual(all);
    expect(await handles(readToken)).toEqual(all);
    expect((await listed(member)).totalCount).toBe(5);
  });

  it('finds by handle and by global id only whom the caller may find', async () => {
    const byHandle = `query($handle: String!) { member(handle: $handle) { handle } }`;
    const byId = `query($id: ID!) { node(id: $id) { ... on Member { handle } } }`;
    for (const [who, visitorSees] of [
      ['discreet', false],
      ['noPage', false],
      ['listed', true],
    ] as const) {
      const handle = (await t.db.prisma.member.findUniqueOrThrow({ where: { id: ids[who]! } })).handle;
      expect((await t.graphql(byHandle, { handle })).body.data.member?.handle ?? null).toBe(
        visitorSees ? handle : null,
      );
      expect((await t.graphql(byId, { id: globalId('Member', ids[who]!) })).body.data?.node?.handle ?? null).toBe(
        visitorSees ? handle : null,
      );
      expect((await t.graphql(byHandle, { handle }, member)).body.data.member.handle).toBe(handle);
      expect((await t.graphql(byId, { id: globalId('Member', ids[who]!) }, member)).body.data.node.handle).toBe(handle);
    }
    // A suspended member: to admins only, even when they had chosen to be listed.
    expect((await t.graphql(byId, { id: globalId('Member', ids.suspended!) })).body.data?.node ?? null).toBeNull();
    expect((await t.graphql(byId, { id: globalId('Member', ids.suspended!) }, admin)).body.data.node.handle).toBe(
      'denis-suspendu',
    );
  });

  it('counts for visitors the members they may find', async () => {
    const stats = `{ federationStats { activeMembers listedMembers } }`;
    expect((await t.graphql(stats)).body.data.federationStats).toEqual({ activeMembers: 5, listedMembers: 1 });
    expect((await t.graphql(stats, {}, member)).body.data.federationStats).toEqual({
      activeMembers: 5,
      listedMembers: 5,
    });
  });
});

describe('which parts of a member', () => {
  it('shows visitors only the parts the member made public, members everything public', async () => {
    const [seen] = (await listed(visitor)).edges.map((edge) => edge.node);
    expect(seen).toMatchObject({
      handle: 'alice-publique',
      city: 'Rennes',
      region: 'Bretagne',
      canDo: '',
      wishes: '',
      pace: null,
      paceNote: '',
      bio: '',
      role: null,
      createdAt: null,
      avatarUrl: null,
      skills: [],
    });
    const full = (await listed(member)).edges.find((edge) => edge.node.handle === 'alice-publique')!.node;
    expect(full).toMatchObject({
      city: 'Rennes',
      canDo: 'Maquettes typographiques',
      wishes: 'Rencontrer des imprimeurs',
      pace: 'AVAILABLE',
      paceNote: 'Le jeudi',
      bio: 'Une longue histoire',
      role: 'MEMBER',
      skills: [{ skill: { name: 'Design graphique' } }],
    });
    expect(full.createdAt).toEqual(expect.any(String));
  });

  it('never lets a visitor search or filter on a part kept for members', async () => {
    // "typographiques" is in Alice's card (kept for members), "jeudi" nowhere searchable, the skill hidden.
    expect(await handles(visitor, { search: 'typographiques' })).toEqual([]);
    expect(await handles(member, { search: 'typographiques' })).toEqual(['alice-publique']);
    expect(await handles(visitor, { search: 'histoire' })).toEqual([]);
    expect(await handles(visitor, { pace: ['AVAILABLE'] })).toEqual([]);
    expect(await handles(visitor, { domains: ['COMMUNICATION'] })).toEqual([]);
    // Her place is public: searching and filtering on it finds her.
    expect(await handles(visitor, { regions: ['bretagne'] })).toEqual(['alice-publique']);
    expect(await handles(visitor, { search: 'rennes' })).toEqual(['alice-publique']);
  });

  it('shows the member their own choices, and admins everyone’s; nobody else', async () => {
    const mine = `{ viewer { listing publicFields } }`;
    expect((await t.graphql(mine, {}, self)).body.data.viewer).toEqual({ listing: 'MEMBERS', publicFields: [] });
    const theirs = `query($id: ID!) { node(id: $id) { ... on Member { listing publicFields } } }`;
    expect((await t.graphql(theirs, { id: globalId('Member', ids.listed!) }, admin)).body.data.node).toEqual({
      listing: 'VISITORS',
      publicFields: ['PLACE'],
    });
    expect((await t.graphql(theirs, { id: globalId('Member', ids.listed!) }, member)).body.data.node).toEqual({
      listing: null,
      publicFields: null,
    });
    expect((await t.graphql(theirs, { id: globalId('Member', ids.listed!) })).body.data.node).toEqual({
      listing: null,
      publicFields: null,
    });
  });
});

describe('setVisibility', () => {
  const SET = `mutation($listing: MemberListing!, $publicFields: [PublicField!]!) {
    setVisibility(listing: $listing, publicFields: $publicFields) { __typename ... on ProfileSuccess { member { listing publicFields } } }
  }`;

  it('lets the member choose, with write:profile, and visitors follow at once', async () => {
    const chosen = await t.graphql(SET, { listing: 'VISITORS', publicFields: ['CARD', 'PLACE', 'CARD'] }, self);
    expect(chosen.body.data.setVisibility.member).toEqual({ listing: 'VISITORS', publicFields: ['PLACE', 'CARD'] });
    expect(await handles(visitor)).toEqual(['alice-publique', 'bruno-discret']);
    // Bruno's card is public now, Alice's is not.
    expect(await handles(visitor, { search: 'maquettes' })).toEqual(['bruno-discret']);
    const back = await t.graphql(SET, { listing: 'MEMBERS', publicFields: [] }, self);
    expect(back.body.data.setVisibility.member).toEqual({ listing: 'MEMBERS', publicFields: [] });
    expect(await handles(visitor)).toEqual(['alice-publique']);
    const audit = await t.db.prisma.auditLogEntry.findFirst({
      where: { action: 'profile.visibility_set', actorId: ids.discreet },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit).not.toBeNull();
  });

  it('refuses visitors and tokens that may not write the profile', async () => {
    expect((await t.graphql(SET, { listing: 'VISITORS', publicFields: [] })).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.graphql(SET, { listing: 'VISITORS', publicFields: [] }, readToken)).body.errors?.[0]?.extensions?.code,
    ).toBe('INSUFFICIENT_SCOPE');
    const unknown = await t.graphql(SET, { listing: 'VISITORS', publicFields: ['NAME'] }, self);
    expect(unknown.body.errors?.[0]?.message).toContain('"NAME"');
    expect((await t.db.prisma.member.findUniqueOrThrow({ where: { id: ids.discreet! } })).listing).toBe('MEMBERS');
  });
});
