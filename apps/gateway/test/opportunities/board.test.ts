// The opportunity board: posting (as oneself or for a collective), who sees it, the filters and
// the search, and the statements an opportunity page costs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, readNode, startTestGateway, type TestGateway } from '../harness.ts';
import { person, tokenFor, type Person } from '../people.ts';
import { collective, express, mutate, post, POST, refusal, tender } from './steps.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let lea: Person;
let collectiveGid: string;

beforeAll(async () => {
  t = await startTestGateway();
  [camille, yanis, lea] = await Promise.all([person(t, 'camille'), person(t, 'yanis'), person(t, 'lea')]);
  collectiveGid = (await collective(t, 'com-engagee', [camille], [yanis])).gid;
});
afterAll(() => t?.stop());

const BOARD = `query($kinds: [OpportunityKind!], $statuses: [OpportunityStatus!], $skillIds: [ID!], $regions: [String!], $search: String) {
  opportunities(first: 50, kinds: $kinds, statuses: $statuses, skillIds: $skillIds, regions: $regions, search: $search) {
    totalCount
    edges { node { title kind status region postedBy { handle } skills { slug } } }
  }
}`;

async function titles(variables: Record<string, unknown> = {}) {
  const { body } = await t.graphql(BOARD, variables, lea.as);
  expect(body.errors).toBeUndefined();
  return {
    total: body.data.opportunities.totalCount,
    titles: body.data.opportunities.edges.map((e: any) => e.node.title).sort(),
  };
}

describe('posting', () => {
  it('posts an open opportunity with its skills, as the member', async () => {
    const skill = await t.db.prisma.skill.create({
      data: { slug: 'redaction-web', name: 'Rédaction web', nameEn: 'Web writing', domain: 'COMMUNICATION' },
    });
    const result = await mutate(t, camille.as, POST, {
      input: tender({ title: 'Site de la médiathèque', skillIds: [globalId('Skill', skill.id)] }),
    });
    expect(result).toMatchObject({
      __typename: 'OpportunitySuccess',
      opportunity: { status: 'OPEN', kind: 'CALL_FOR_TENDER', collective: null },
    });
    const row = await t.db.prisma.opportunity.findFirstOrThrow({
      where: { title: 'Site de la médiathèque' },
      include: { skills: true },
    });
    expect(row.postedById).toBe(camille.id);
    expect(row.skills.map((s) => s.skillId)).toEqual([skill.id]);
  });

  it('lists every invalid field, and writes nothing', async () => {
    const before = await t.db.prisma.opportunity.count();
    const result = await mutate(t, camille.as, POST, {
      input: tender({
        title: 'x',
        description: 'court',
        deadline: '2001-01-01T00:00:00Z',
        skillIds: [globalId('Skill', '00000000-0000-0000-0000-000000000000')],
      }),
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.fieldErrors.map((e: any) => e.path.join('.')).sort()).toEqual([
      'input.deadline',
      'input.description',
      'input.title',
    ]);
    const unknownSkill = await mutate(t, camille.as, POST, {
      input: tender({ skillIds: [globalId('Skill', 'not-a-uuid')] }),
    });
    expect(unknownSkill.fieldErrors).toEqual([
      { path: ['input', 'skillIds'], message: expect.stringContaining('unknown') },
    ]);
    expect(await t.db.prisma.opportunity.count()).toBe(before);
  });

  it('posts on behalf of a collective only for its coordinators', async () => {
    const result = await mutate(t, camille.as, POST, {
      input: tender({ title: 'Appel du collectif', collectiveId: collectiveGid }),
    });
    expect(result.opportunity.collective).toEqual({ slug: 'com-engagee' });
    // A plain member of the collective, and an outsider, are refused.
    expect(await refusal(t, yanis.as, POST, { input: tender({ collectiveId: collectiveGid }) })).toBe('FORBIDDEN');
    expect(await refusal(t, lea.as, POST, { input: tender({ collectiveId: collectiveGid }) })).toBe('FORBIDDEN');
  });

  it('refuses a token without write:profile', async () => {
    const readOnly = await tokenFor(t, camille, ['read:network']);
    expect(await refusal(t, readOnly, POST, { input: tender() })).toBe('INSUFFICIENT_SCOPE');
  });
});

describe('who sees the board', () => {
  let hiddenId: string;
  beforeAll(async () => {
    const ghost = await person(t, 'ghost');
    hiddenId = await post(t, ghost, { title: 'Posté par un membre ensuite suspendu' });
    await t.db.prisma.member.update({ where: { id: ghost.id }, data: { status: 'SUSPENDED' } });
  });

  it('is for members: visitors and read:public tokens are refused', async () => {
    expect(await refusal(t, {}, BOARD)).toBe('UNAUTHENTICATED');
    expect(await refusal(t, await tokenFor(t, lea, ['read:public']), BOARD)).toBe('INSUFFICIENT_SCOPE');
    // node(id:) answers null, never an error, for anything a visitor may not see (an opportunity included).
    expect(await readNode(t, hiddenId)).toEqual({ data: { node: null } });
  });

  it('hides the opportunities of a member who is no longer active', async () => {
    expect((await titles()).titles).not.toContain('Posté par un membre ensuite suspendu');
    const { body } = await t.graphql(`query($id: ID!) { opportunity(id: $id) { title } }`, { id: hiddenId }, lea.as);
    expect(body.data.opportunity).toBeNull();
  });

  it('answers null for an id that is not an opportunity’s', async () => {
    const { body } = await t.graphql(
      `query($id: ID!) { opportunity(id: $id) { title } }`,
      { id: globalId('Opportunity', 'nope') },
      lea.as,
    );
    expect(body).toEqual({ data: { opportunity: null } });
  });
});

describe('filters and search', () => {
  beforeAll(async () => {
    const skill = await t.db.prisma.skill.create({
      data: { slug: 'comptabilite', name: 'Comptabilité', nameEn: 'Accounting', domain: 'ADMINISTRATION' },
    });
    await post(t, yanis, {
      kind: 'HELP_REQUEST',
      title: 'Besoin d’aide pour ma comptabilité',
      region: 'Occitanie',
      skillIds: [globalId('Skill', skill.id)],
    });
    await post(t, yanis, { kind: 'PROJECT', title: 'Équipe pour un festival éco-responsable', region: 'Occitanie' });
    const closed = await post(t, yanis, { kind: 'HELP_OFFER', title: 'Offre close de relecture', region: 'Bretagne' });
    await t.db.prisma.opportunity.update({
      where: { id: Buffer.from(closed, 'base64').toString().split(':')[1]! },
      data: { status: 'CLOSED' },
    });
  });

  it('shows live opportunities by default, and closed ones on request', async () => {
    expect((await titles()).titles).not.toContain('Offre close de relecture');
    expect((await titles({ statuses: ['CLOSED'] })).titles).toEqual(['Offre close de relecture']);
  });

  it('combines kind, region and skill filters', async () => {
    expect((await titles({ kinds: ['HELP_REQUEST', 'PROJECT'], regions: ['Occitanie'] })).titles).toEqual([
      'Besoin d’aide pour ma comptabilité',
      'Équipe pour un festival éco-responsable',
    ]);
    const skill = await t.db.prisma.skill.findUniqueOrThrow({ where: { slug: 'comptabilite' } });
    const bySkill = await titles({ skillIds: [globalId('Skill', skill.id)] });
    expect(bySkill).toEqual({ total: 1, titles: ['Besoin d’aide pour ma comptabilité'] });
  });

  it('reads a searched page with a fixed number of SQL statements, whatever its size', async () => {
    const count = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(BOARD.replace('first: 50', `first: ${first}`), { search: 'site' }, lea.as);
      expect(body.data.opportunities.edges.length).toBe(Math.min(first, body.data.opportunities.totalCount));
      return t.queries.length;
    };
    // The session with its member; the search; the page with posters and skills (joined); the count
    // (relation joins; before: 8).
    expect(await count(1)).toBe(4);
    expect(await count(20)).toBe(4);
  });

  it('searches words in title and description, ignoring case and accents', async () => {
    expect((await titles({ search: 'equipe FESTIVAL' })).titles).toEqual(['Équipe pour un festival éco-responsable']);
    expect((await titles({ search: 'accessibilité' })).total).toBeGreaterThanOrEqual(3);
    expect((await titles({ search: 'festival quimper' })).titles).toEqual([]);
    // Wildcards are words like any other.
    expect((await titles({ search: '%_%' })).total).toBe((await titles()).total);
  });
});

describe('an opportunity with its interested members', () => {
  it('costs a fixed number of SQL statements, whatever the number of interests', async () => {
    const query = `query($id: ID!, $first: Int) {
      opportunity(id: $id) {
        title status skills { name } postedBy { displayName }
        interests(first: $first) { totalCount edges { node { status note createdAt member { displayName handle } } } }
      }
    }`;
    const id = await post(t, camille);
    const count = async (first: number) => {
      t.queries.length = 0;
      const { body } = await t.graphql(query, { id, first }, camille.as);
      expect(body.errors).toBeUndefined();
      return { statements: t.queries.length, interests: body.data.opportunity.interests };
    };
    await express(t, yanis, id);
    const one = await count(1);
    for (const i of Array.from({ length: 6 }, (_, n) => n)) await express(t, await person(t, `curieux-${i}`), id);
    const many = await count(20);
    expect(many.interests.totalCount).toBe(7);
    expect(many.interests.edges).toHaveLength(7);
    // The poster reads every note.
    expect(many.interests.edges.every((e: any) => e.node.note.length > 0)).toBe(true);
    expect(many.statements).toBe(one.statements);
    // The session with its member; the opportunity with its skills, poster, interests (with their count),
    // managers and interested members, joined (relation joins; before: 9).
    expect(one.statements).toBe(2);
  });
});
