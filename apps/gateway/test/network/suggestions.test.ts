// viewer.suggestedMembers: who complements me (my wishes, my gaps), who is left out, and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, addSkill, sessionOf } from './fixtures.ts';

let t: TestGateway;
let camille: As;
const id: Record<string, string> = {};

const SUGGESTIONS = `query($first: Int) {
  viewer {
    suggestedMembers(first: $first) {
      member { handle }
      score
      reason
      matchedWishes { wish words }
      complementaryDomains
      complementarySkills { level skill { name } }
    }
  }
}`;

beforeAll(async () => {
  t = await startTestGateway();
  const identite = (await addSkill(t, 'identite', 'Identité visuelle', 'COMMUNICATION')).id;
  const photo = (await addSkill(t, 'photo', 'Photographie', 'COMMUNICATION')).id;
  const compta = (await addSkill(t, 'compta', 'Comptabilité', 'ADMINISTRATION')).id;
  const prospection = (await addSkill(t, 'prospection', 'Prospection commerciale', 'PROSPECTING')).id;
  const strategie = (await addSkill(t, 'strategie', 'Modèle économique', 'STRATEGY')).id;
  const dev = (await addSkill(t, 'dev', 'Développement web', 'PRODUCTION')).id;
  const me = await addProfile(t, {
    handle: 'camille-martin',
    wishes:
      "Je souhaite trouver un photographe pour mes projets d'édition. J'aimerais aussi progresser en prospection.",
    // Communication is covered; strategy at beginner level is a gap like the others.
    skills: [
      [identite, 'EXPERT'],
      [strategie, 'BEGINNER'],
      [prospection, 'BEGINNER'],
    ],
  });
  camille = await sessionOf(t, me.id);
  const people: Parameters<typeof addProfile>[1][] = [
    { handle: 'paul-photo', headline: 'Photographe de reportage', pace: 'AVAILABLE', skills: [[photo, 'EXPERT']] },
    { handle: 'lea-photo', headline: 'Photographe culinaire', pace: 'LIMITED', skills: [[photo, 'EXPERT']] },
    {
      handle: 'anne-compta',
      headline: 'Expert-comptable',
      skills: [
        [compta, 'EXPERT'],
        [dev, 'ADVANCED'],
      ],
    },
    {
      handle: 'rose-prospection',
      headline: 'Développement commercial',
      canDo: 'Je peux former à la prospection téléphonique.',
      skills: [[prospection, 'ADVANCED']],
    },
    { handle: 'ines-pause', headline: 'Comptable', pace: 'PAUSED', skills: [[compta, 'EXPERT']] },
    { handle: 'hugo-graphiste', headline: 'Graphiste', skills: [[identite, 'EXPERT']] },
    { handle: 'yann-collectif', headline: 'Développeur web', skills: [[dev, 'EXPERT']] },
    { handle: 'zoe-introduite', headline: 'Photographe', skills: [[photo, 'ADVANCED']] },
    { handle: 'marc-recommande', headline: 'Juriste', skills: [[compta, 'ADVANCED']] },
    { handle: 'nina-suspendue', headline: 'Photographe', status: 'SUSPENDED', skills: [[photo, 'EXPERT']] },
  ];
  for (const person of people) id[person.handle] = (await addProfile(t, person)).id;
  id.me = me.id;

  const collective = await t.db.prisma.collective.create({ data: { slug: 'com-engagee', name: "Com' Engagée" } });
  await t.db.prisma.collectiveMembership.createMany({
    data: [
      { collectiveId: collective.id, memberId: me.id, status: 'ACTIVE', role: 'COORDINATOR' },
      { collectiveId: collective.id, memberId: id['yann-collectif']!, status: 'ACTIVE' },
    ],
  });
  await t.db.prisma.introductionRequest.create({
    data: { requesterId: id['zoe-introduite']!, recipientId: me.id, message: 'Bonjour !', status: 'ACCEPTED' },
  });
  await t.db.prisma.recommendation.create({
    data: { fromId: me.id, toId: id['marc-recommande']!, clientName: 'Mairie' },
  });
});
afterAll(() => t?.stop());

async function suggestions(first?: number) {
  const { body } = await t.graphql(SUGGESTIONS, { first }, camille);
  expect(body.errors).toBeUndefined();
  return body.data.viewer.suggestedMembers as {
    member: { handle: string };
    score: number;
    reason: string;
    matchedWishes: { wish: string; words: string[] }[];
    complementaryDomains: string[];
    complementarySkills: { level: string; skill: { name: string } }[];
  }[];
}

describe('suggestedMembers', () => {
  it('ranks members who meet my wishes and fill my gaps, available ones first, limited ones lower', async () => {
    expect((await suggestions()).map((s) => s.member.handle)).toEqual([
      'rose-prospection',
      'paul-photo',
      'anne-compta',
      'lea-photo',
    ]);
  });

  it('leaves out paused members, people I already work with, and members who are not active', async () => {
    const handles = (await suggestions(50)).map((s) => s.member.handle);
    for (const left of [
      'ines-pause',
      'yann-collectif',
      'zoe-introduite',
      'marc-recommande',
      'nina-suspendue',
      'hugo-graphiste',
      'camille-martin',
    ]) {
      expect(handles).not.toContain(left);
    }
  });

  it('says why, as data and as a sentence', async () => {
    const [rose, paul, anne] = await suggestions();
    expect(paul).toMatchObject({
      matchedWishes: [
        { wish: "Je souhaite trouver un photographe pour mes projets d'édition.", words: ['photographe'] },
      ],
      complementaryDomains: [],
      complementarySkills: [],
    });
    expect(paul!.reason).toBe(
      "Répond à votre souhait « Je souhaite trouver un photographe pour mes projets d'édition » (photographe). Disponible en ce moment.",
    );
    expect(rose).toMatchObject({
      matchedWishes: [{ wish: "J'aimerais aussi progresser en prospection.", words: ['prospection'] }],
      complementaryDomains: ['PROSPECTING'],
      complementarySkills: [{ level: 'ADVANCED', skill: { name: 'Prospection commerciale' } }],
    });
    expect(anne).toMatchObject({
      matchedWishes: [],
      complementaryDomains: ['ADMINISTRATION', 'PRODUCTION'],
      complementarySkills: [
        { level: 'EXPERT', skill: { name: 'Comptabilité' } },
        { level: 'ADVANCED', skill: { name: 'Développement web' } },
      ],
    });
    expect(anne!.reason).toBe(
      'Complète vos compétences en administratif, production : Comptabilité (expert), Développement web (avancé).',
    );
  });

  it('follows my card: a new wish brings new people', async () => {
    await t.db.prisma.member.update({
      where: { id: id.me },
      data: { wishes: 'Je cherche un graphiste pour un second regard.' },
    });
    const handles = (await suggestions()).map((s) => s.member.handle);
    expect(handles[0]).toBe('hugo-graphiste');
    expect(handles).not.toContain('paul-photo');
  });

  it('is private to the member', async () => {
    const other = await t.graphql(
      `{ member(handle: "camille-martin") { suggestedMembers { score } } }`,
      {},
      await sessionOf(t, id['paul-photo']!),
    );
    expect(other.body.data.member.suggestedMembers).toBeNull();
    const tooMany = await t.graphql(SUGGESTIONS, { first: 51 }, camille);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs a fixed number of statements, whatever the number of suggestions', async () => {
    const statements = async (first: number) => {
      t.queries.length = 0;
      const list = await suggestions(first);
      return { count: t.queries.length, size: list.length };
    };
    const two = await statements(2);
    const all = await statements(50);
    expect(all.size).toBeGreaterThan(two.size);
    expect(all.count).toBe(two.count);
    // The session with its member; the viewer with their skills and domains (joined); the ranking; the
    // suggested members and their complementary skills with those skills (relation joins; before: 9).
    expect(all.count).toBe(5);
  });
});
