// The member directory as a visitor, a member and an admin use it: search, filters, pagination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/search/fold.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, addSkill, sessionOf } from './fixtures.ts';

let t: TestGateway;
let admin: As;
let member: As;
const skill: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestGateway();
  for (const [key, name, domain] of [
    ['identite', 'Identité visuelle', 'COMMUNICATION'],
    ['photo', 'Photographie', 'COMMUNICATION'],
    ['compta', 'Comptabilité', 'ADMINISTRATION'],
    ['appels', "Réponse aux appels d'offres", 'PROSPECTING'],
  ] as const) {
    skill[key] = (await addSkill(t, key, name, domain)).id;
  }
  await addProfile(t, {
    handle: 'eloise-lefevre',
    displayName: 'Éloïse Lefèvre',
    headline: 'Graphiste, éco-conception des supports',
    region: 'Occitanie',
    city: 'Nîmes',
    pace: 'AVAILABLE',
    skills: [
      [skill.identite!, 'EXPERT'],
      [skill.photo!, 'BEGINNER'],
    ],
  });
  await addProfile(t, {
    handle: 'marc-durand',
    displayName: 'Marc Durand',
    headline: 'Photographe culinaire',
    region: 'Bretagne',
    pace: 'LIMITED',
    bio: 'J’ai longtemps travaillé en agence avec une graphiste.',
    skills: [[skill.photo!, 'EXPERT']],
  });
  await addProfile(t, {
    handle: 'sophie-bernard',
    displayName: 'Sophie Bernard',
    headline: 'Expert-comptable des indépendants',
    region: 'Île-de-France',
    pace: 'PAUSED',
    concerns: 'Je crains les graphistes pressés.',
    skills: [
      [skill.compta!, 'ADVANCED'],
      [skill.appels!, 'INTERMEDIATE'],
    ],
  });
  await addProfile(t, { handle: 'lucas-petit', headline: 'Graphiste débutant', status: 'APPLICANT' });
  await addProfile(t, { handle: 'nina-roux', headline: 'Graphiste', status: 'SUSPENDED' });
  const adminRow = await addProfile(t, { handle: 'zoe-admin', displayName: 'Zoé Admin', role: 'ADMIN' });
  admin = await sessionOf(t, adminRow.id);
  member = await sessionOf(t, (await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'marc-durand' } })).id);
});
afterAll(() => t?.stop());

const MEMBERS = `query($search: String, $skills: [ID!], $domains: [SkillDomain!], $minLevel: SkillLevel, $regions: [String!], $pace: [Pace!], $statuses: [MemberStatus!], $first: Int, $after: String, $last: Int, $before: String) {
  members(search: $search, skills: $skills, domains: $domains, minLevel: $minLevel, regions: $regions, pace: $pace, statuses: $statuses, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { handle } }
  }
}`;

/** The directory as an active member reads it (visitors: test/network/visibility.test.ts). */
async function handles(variables: Record<string, unknown>, as: As = member) {
  const { body } = await t.graphql(MEMBERS, variables, as);
  expect(body.errors).toBeUndefined();
  return body.data.members.edges.map((edge: { node: { handle: string } }) => edge.node.handle);
}

describe('searching', () => {
  it('ignores accents and case, in names as in the search', async () => {
    expect(await handles({ search: 'eloise' })).toEqual(['eloise-lefevre']);
    expect(await handles({ search: 'LEFÈVRE' })).toEqual(['eloise-lefevre']);
    expect(await handles({ search: 'ile de france' })).toEqual(['sophie-bernard']);
  });

  it('matches word beginnings, and ranks what a member offers above what they tell', async () => {
    // "graph" starts "graphiste": in Éloïse's headline, only in Marc's story; never applicants or suspended members.
    expect(await handles({ search: 'graph' })).toEqual(['eloise-lefevre', 'marc-durand']);
  });

  it('matches French word forms: "photographes" finds "photographe" and "Photographie"', async () => {
    // Marc says it in his headline and his skill; Éloïse only has the skill.
    expect(await handles({ search: 'photographes' })).toEqual(['marc-durand', 'eloise-lefevre']);
  });

  it('requires every word', async () => {
    expect(await handles({ search: 'photo bretagne' })).toEqual(['marc-durand']);
    expect(await handles({ search: 'photo normandie' })).toEqual([]);
  });

  it('never searches private words: what a member fears stays private', async () => {
    expect(await handles({ search: 'pressés' })).toEqual([]);
  });

  it('follows profile and taxonomy changes at once', async () => {
    await t.db.prisma.member.update({
      where: { handle: 'sophie-bernard' },
      data: { headline: 'Expert-comptable et paysagiste' },
    });
    expect(await handles({ search: 'paysagiste' })).toEqual(['sophie-bernard']);
    await t.db.prisma.skill.update({ where: { id: skill.appels! }, data: { name: 'Marchés publics' } });
    expect(await handles({ search: 'marchés publics' })).toEqual(['sophie-bernard']);
  });

  it('folds search words exactly as the database folds profiles', async () => {
    const words = [
      'Éloïse',
      'LEFÈVRE',
      'Œuvre',
      'Cæcilia',
      'Noël',
      'façade',
      'Île-de-France',
      'Ça CRÉE',
      'âàäéèêëîïôöùûüÿç',
    ];
    const folded = await t.db.prisma.$queryRaw<
      { folded: string[] }[]
    >`SELECT array_agg(search_fold(w) ORDER BY i) AS folded FROM unnest(${words}::text[]) WITH ORDINALITY AS x(w, i)`;
    expect(folded[0]!.folded).toEqual(words.map(fold));
  });

  it('treats punctuation and query syntax as plain words', async () => {
    expect(await handles({ search: "graph:* | !eloise & (')" })).toEqual(['eloise-lefevre']);
    expect(await handles({ search: '  ***  ' })).toHaveLength(4);
  });
});

describe('filters', () => {
  it('combine across kinds, and any value of one kind matches', async () => {
    expect(await handles({ regions: ['bretagne', 'ILE-DE-FRANCE'] })).toEqual(['marc-durand', 'sophie-bernard']);
    expect(await handles({ domains: ['COMMUNICATION'] })).toEqual(['eloise-lefevre', 'marc-durand']);
    expect(
      await handles({
        domains: ['COMMUNICATION', 'ADMINISTRATION'],
        minLevel: 'ADVANCED',
        pace: ['AVAILABLE', 'PAUSED'],
      }),
    ).toEqual(['eloise-lefevre', 'sophie-bernard']);
    expect(await handles({ skills: [globalId('Skill', skill.photo!)], minLevel: 'EXPERT' })).toEqual(['marc-durand']);
    expect(await handles({ skills: [globalId('Skill', skill.photo!)], pace: ['AVAILABLE'], search: 'nimes' })).toEqual([
      'eloise-lefevre',
    ]);
  });

  it('finds nobody for a skill that does not exist', async () => {
    expect(await handles({ skills: [globalId('Skill', 'not-a-uuid')] })).toEqual([]);
  });

  it('lists other statuses to admins only', async () => {
    expect(await handles({ statuses: ['SUSPENDED', 'APPLICANT'] }, admin)).toEqual(['lucas-petit', 'nina-roux']);
    const asMember = await t.graphql(MEMBERS, { statuses: ['SUSPENDED'] }, member);
    expect(asMember.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.graphql(MEMBERS, { statuses: ['APPLICANT'] });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Asking for ACTIVE explicitly is what everyone gets anyway.
    expect(await handles({ statuses: ['ACTIVE'], search: 'graphiste' })).toEqual(['eloise-lefevre', 'marc-durand']);
  });
});

describe('pages', () => {
  it('walks the whole directory by name, each member once, with the total', async () => {
    for (const name of ['Adèle', 'Bruno', 'Chloé', 'Damien', 'Émile', 'Fanny']) {
      await addProfile(t, {
        handle: `membre-${name
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase()}`,
        displayName: `${name} Membre`,
      });
    }
    const seen: string[] = [];
    const totals: number[] = [];
    let after: string | undefined;
    for (;;) {
      const { body } = await t.graphql(MEMBERS, { first: 3, after }, member);
      totals.push(body.data.members.totalCount);
      seen.push(...body.data.members.edges.map((edge: { node: { handle: string } }) => edge.node.handle));
      if (!body.data.members.pageInfo.hasNextPage) break;
      after = body.data.members.pageInfo.endCursor;
      if (seen.length === 3) {
        // Someone joins before the cursor meanwhile: the next pages neither repeat nor skip anyone.
        await addProfile(t, { handle: 'aaron-nouveau', displayName: 'Aaron Nouveau' });
      }
    }
    // The total follows the directory: ten at first, eleven once Aaron joined.
    expect(totals).toEqual([10, 11, 11, 11]);
    expect(seen).toEqual([
      'membre-adele',
      'membre-bruno',
      'membre-chloe',
      'membre-damien',
      'eloise-lefevre',
      'membre-emile',
      'membre-fanny',
      'marc-durand',
      'sophie-bernard',
      'zoe-admin',
    ]);
    await t.db.prisma.member.delete({ where: { handle: 'aaron-nouveau' } });
  });

  it('pages backwards with last and before', async () => {
    const { body } = await t.graphql(MEMBERS, { first: 100 }, member);
    const all = body.data.members.edges;
    const tail = await t.graphql(MEMBERS, { last: 2, before: all[5].cursor }, member);
    expect(tail.body.data.members.edges.map((edge: { node: { handle: string } }) => edge.node.handle)).toEqual([
      all[3].node.handle,
      all[4].node.handle,
    ]);
    expect(tail.body.data.members.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('reads the same pages, forwards and backwards, when the total is not asked for', async () => {
    // Without totalCount the page and its members come from another statement (no count).
    const untotalled = MEMBERS.replace('totalCount', '').replace(
      'node { handle }',
      'node { handle skills { skill { name } } }',
    );
    const totalled = MEMBERS.replace('node { handle }', 'node { handle skills { skill { name } } }');
    for (const search of [undefined, 'membre']) {
      const all = (await t.graphql(totalled, { first: 100, search }, member)).body.data.members.edges;
      expect(all.length).toBeGreaterThan(5);
      const forward = await t.graphql(untotalled, { first: 3, after: all[1].cursor, search }, member);
      expect(forward.body.errors).toBeUndefined();
      expect(forward.body.data.members.edges).toEqual(all.slice(2, 5));
      const backward = await t.graphql(untotalled, { last: 2, before: all[5].cursor, search }, member);
      expect(backward.body.data.members.edges).toEqual(all.slice(3, 5));
    }
  });

  it('pages through relevance-ordered results in the order of one big page, ties included', async () => {
    // The six "Membre" have the same relevance: their ids decide, the same way on every page.
    const pieces: string[] = [];
    let after: string | undefined;
    do {
      const { body } = await t.graphql(MEMBERS, { search: 'membre', first: 2, after }, member);
      pieces.push(...body.data.members.edges.map((edge: { node: { handle: string } }) => edge.node.handle));
      after = body.data.members.pageInfo.hasNextPage ? body.data.members.pageInfo.endCursor : undefined;
    } while (after);
    expect(pieces).toHaveLength(6);
    expect(pieces).toEqual(await handles({ search: 'membre', first: 100 }));
  });

  it('refuses a cursor that is not from this kind of list', async () => {
    const byName = await t.graphql(MEMBERS, { first: 1 }, member);
    const mixed = await t.graphql(
      MEMBERS,
      { search: 'graph', after: byName.body.data.members.pageInfo.endCursor },
      member,
    );
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await t.graphql(
      MEMBERS,
      { after: Buffer.from('["x", "1; DROP TABLE"]').toString('base64url') },
      member,
    );
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await t.graphql(MEMBERS, { search: 'a'.repeat(201) }, member);
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('member(handle:)', () => {
  it('finds an active member, and nobody else', async () => {
    const query = `query($handle: String!) { member(handle: $handle) { displayName skills { level skill { name domain } } } }`;
    const found = await t.graphql(query, { handle: 'eloise-lefevre' }, member);
    expect(found.body.data.member).toEqual({
      displayName: 'Éloïse Lefèvre',
      skills: [
        { level: 'EXPERT', skill: { name: 'Identité visuelle', domain: 'COMMUNICATION' } },
        { level: 'BEGINNER', skill: { name: 'Photographie', domain: 'COMMUNICATION' } },
      ],
    });
    expect((await t.graphql(query, { handle: 'lucas-petit' }, member)).body.data.member).toBeNull();
    expect((await t.graphql(query, { handle: 'personne' }, member)).body.data.member).toBeNull();
  });
});
