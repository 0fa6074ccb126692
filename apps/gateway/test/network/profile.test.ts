// A member completes and edits their own profile: identity, links, skills, cooperation card, pace.
import { PROFILE_RULES } from '@ekoacteurs/contract/input-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens.ts';
import { globalId, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, addSkill, sessionOf } from './fixtures.ts';

let t: TestGateway;
let camille: As;
let camilleId: string;
/** Another active member: the directory as the network reads it (visitors: visibility.test.ts). */
let peer: As;
const skill: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestGateway();
  for (const [key, name, domain] of [
    ['identite', 'Identité visuelle', 'COMMUNICATION'],
    ['compta', 'Comptabilité', 'ADMINISTRATION'],
    ['prospection', 'Prospection commerciale', 'PROSPECTING'],
  ] as const) {
    skill[key] = globalId('Skill', (await addSkill(t, key, name, domain)).id);
  }
  const row = await addProfile(t, {
    handle: 'camille-martin',
    displayName: 'Camille Martin',
    region: 'Auvergne-Rhône-Alpes',
    websiteUrl: 'https://camille.example.org',
  });
  camilleId = row.id;
  camille = await sessionOf(t, row.id);
  peer = await sessionOf(t, (await addProfile(t, { handle: 'lecteur-reseau', displayName: 'Lecteur Réseau' })).id);
});
afterAll(() => t?.stop());

const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ... on ProfileSuccess { member { displayName headline bio city region avatarUrl contact { websiteUrl linkedinUrl } } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

function errorPaths(result: { fieldErrors?: { path: string[] }[] }) {
  return (result.fieldErrors ?? []).map((error) => error.path.join('.')).sort();
}

describe('updateProfile', () => {
  it('changes the fields given and keeps the others, and the directory finds the new words at once', async () => {
    const { body } = await t.graphql(
      UPDATE,
      {
        input: {
          headline: '  Graphiste et illustratrice  ',
          city: 'Lyon',
          linkedinUrl: 'https://www.linkedin.com/in/camille-martin',
          avatarUrl: 'https://images.example.org/camille.png',
        },
      },
      camille,
    );
    expect(body.data.updateProfile).toEqual({
      __typename: 'ProfileSuccess',
      member: {
        displayName: 'Camille Martin',
        headline: 'Graphiste et illustratrice',
        bio: '',
        city: 'Lyon',
        region: 'Auvergne-Rhône-Alpes',
        avatarUrl: 'https://images.example.org/camille.png',
        contact: {
          websiteUrl: 'https://camille.example.org',
          linkedinUrl: 'https://www.linkedin.com/in/camille-martin',
        },
      },
    });
    const found = await t.graphql(`{ members(search: "illustratrice") { edges { node { handle } } } }`, {}, peer);
    expect(found.body.data.members.edges).toEqual([{ node: { handle: 'camille-martin' } }]);
    const audit = await t.db.prisma.auditLogEntry.findFirstOrThrow({
      where: { action: 'profile.updated', targetId: camilleId },
    });
    // Which fields changed is kept, never what was written.
    expect(audit.data).toEqual({ fields: ['headline', 'city', 'linkedinUrl', 'avatarUrl'] });
  });

  it('removes a link given as null or empty', async () => {
    const { body } = await t.graphql(UPDATE, { input: { websiteUrl: null, avatarUrl: '' } }, camille);
    expect(body.data.updateProfile.member).toMatchObject({ avatarUrl: null, contact: { websiteUrl: null } });
  });

  it('lists every invalid field and changes nothing', async () => {
    const { body } = await t.graphql(
      UPDATE,
      {
        input: {
          displayName: 'C',
          headline: 'Une\nligne',
          bio: 'cloche \u0007 caractère',
          region: 'x'.repeat(61),
          websiteUrl: 'javascript:alert(1)',
          linkedinUrl: 'https://linkedin.evil.example/in/x',
          avatarUrl: 'https://admin:secret@images.example.org/a.png',
        },
      },
      camille,
    );
    expect(body.data.updateProfile.__typename).toBe('ValidationError');
    expect(errorPaths(body.data.updateProfile)).toEqual([
      'input.avatarUrl',
      'input.bio',
      'input.displayName',
      'input.headline',
      'input.linkedinUrl',
      'input.region',
      'input.websiteUrl',
    ]);
    expect(await t.db.prisma.member.findUniqueOrThrow({ where: { id: camilleId } })).toMatchObject({
      displayName: 'Camille Martin',
      headline: 'Graphiste et illustratrice',
    });
  });

  it('holds every field to the input rules the portal reads: the longest allowed passes, one more is refused', async () => {
    const web = (length: number) => `https://ex.org/${'a'.repeat(length - 'https://ex.org/'.length)}`;
    const fields = ['displayName', 'headline', 'bio', 'city', 'region'] as const;
    const at = (extra: number) => ({
      ...Object.fromEntries(fields.map((field) => [field, 'a'.repeat(PROFILE_RULES[field].max + extra)])),
      websiteUrl: web(PROFILE_RULES.websiteUrl.max + extra),
      avatarUrl: web(PROFILE_RULES.avatarUrl.max + extra),
    });
    const refused = await t.graphql(UPDATE, { input: at(1) }, camille);
    expect(errorPaths(refused.body.data.updateProfile)).toEqual(
      [...fields, 'websiteUrl', 'avatarUrl'].map((field) => `input.${field}`).sort(),
    );
    const accepted = await t.graphql(UPDATE, { input: at(0) }, camille);
    expect(accepted.body.data.updateProfile.__typename).toBe('ProfileSuccess');
    expect(accepted.body.data.updateProfile.member.bio).toHaveLength(PROFILE_RULES.bio.max);
    await t.graphql(
      UPDATE,
      {
        input: {
          displayName: 'Camille Martin',
          headline: 'Graphiste et illustratrice',
          websiteUrl: null,
          avatarUrl: null,
        },
      },
      camille,
    );
  });

  it('works with a token that may write the profile, not with a read-only one', async () => {
    const writer = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camilleId,
      name: 'site',
      scopes: ['read:network', 'write:profile'],
      expiresAt: null,
    });
    const reader = await createApiToken(t.db.prisma, {
      kind: 'PERSONAL',
      ownerId: camilleId,
      name: 'lecture',
      scopes: ['read:network'],
      expiresAt: null,
    });
    expect(
      (await t.graphql(UPDATE, { input: { city: 'Villeurbanne' } }, { token: writer.secret })).body.data.updateProfile
        .member.city,
    ).toBe('Villeurbanne');
    const refused = await t.graphql(UPDATE, { input: { city: 'Paris' } }, { token: reader.secret });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
  });
});

const SET_SKILLS = `mutation($skills: [MemberSkillInput!]!) {
  setMemberSkills(input: { skills: $skills }) {
    __typename
    ... on ProfileSuccess { member { skills { level skill { name domain } } } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

describe('setMemberSkills', () => {
  it('replaces the skills, each with its level, listed by domain', async () => {
    const { body } = await t.graphql(
      SET_SKILLS,
      {
        skills: [
          { skillId: skill.compta, level: 'BEGINNER' },
          { skillId: skill.identite, level: 'EXPERT' },
        ],
      },
      camille,
    );
    expect(body.data.setMemberSkills.member.skills).toEqual([
      { level: 'EXPERT', skill: { name: 'Identité visuelle', domain: 'COMMUNICATION' } },
      { level: 'BEGINNER', skill: { name: 'Comptabilité', domain: 'ADMINISTRATION' } },
    ]);
    // Skill names are searchable: the directory follows the new list.
    expect(
      (await t.graphql(`{ members(search: "comptabilite") { totalCount } }`, {}, peer)).body.data.members.totalCount,
    ).toBe(1);
  });

  it('refuses unknown and repeated skills, pointing at each', async () => {
    const { body } = await t.graphql(
      SET_SKILLS,
      {
        skills: [
          { skillId: skill.identite, level: 'EXPERT' },
          { skillId: globalId('Skill', '0190d5a0-0000-7000-8000-000000000000'), level: 'EXPERT' },
          { skillId: skill.identite, level: 'BEGINNER' },
        ],
      },
      camille,
    );
    expect(errorPaths(body.data.setMemberSkills)).toEqual(['input.skills.1.skillId', 'input.skills.2.skillId']);
    expect(await t.db.prisma.memberSkill.count({ where: { memberId: camilleId } })).toBe(2);
  });

  it('keeps one whole list when edits race', async () => {
    const lists = [
      [{ skillId: skill.identite, level: 'EXPERT' }],
      [
        { skillId: skill.compta, level: 'ADVANCED' },
        { skillId: skill.prospection, level: 'BEGINNER' },
      ],
      [
        { skillId: skill.prospection, level: 'EXPERT' },
        { skillId: skill.identite, level: 'INTERMEDIATE' },
        { skillId: skill.compta, level: 'BEGINNER' },
      ],
    ];
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) => t.graphql(SET_SKILLS, { skills: lists[i % 3] }, camille)),
    );
    expect(results.map((result) => result.body.data?.setMemberSkills.__typename)).toEqual(
      Array(9).fill('ProfileSuccess'),
    );
    const rows = await t.db.prisma.memberSkill.findMany({ where: { memberId: camilleId }, include: { skill: true } });
    const kept = rows.map((row) => `${row.skill.slug}:${row.level}`).sort();
    const candidates = lists.map((list) =>
      list.map((entry) => `${Object.keys(skill).find((key) => skill[key] === entry.skillId)}:${entry.level}`).sort(),
    );
    expect(candidates).toContainEqual(kept);
  });
});

describe('cooperation card and pace', () => {
  it('shows the card to everyone except what the member fears', async () => {
    const card = {
      canDo: 'Je peux créer une charte graphique.',
      cannotDo: 'Je ne développe pas de sites.',
      wishes: 'Je souhaite trouver un photographe.',
      concerns: 'Je redoute les délais trop courts.',
    };
    const saved = await t.graphql(
      `mutation($input: CooperationCardInput!) { updateCooperationCard(input: $input) { __typename } }`,
      { input: card },
      camille,
    );
    expect(saved.body.data.updateCooperationCard.__typename).toBe('ProfileSuccess');
    const query = `{ member(handle: "camille-martin") { canDo cannotDo wishes concerns } }`;
    expect((await t.graphql(query, {}, peer)).body.data.member).toEqual({ ...card, concerns: null });
    expect((await t.graphql(query, {}, camille)).body.data.member).toEqual(card);
  });

  it('sets the pace with a note, and clears the note when none is given', async () => {
    const SET = `mutation($pace: Pace!, $note: String) { setPace(pace: $pace, note: $note) { __typename ... on ProfileSuccess { member { pace paceNote } } ... on ValidationError { fieldErrors { path } } } }`;
    expect(
      (await t.graphql(SET, { pace: 'LIMITED', note: 'Un jour par semaine jusqu’en mars' }, camille)).body.data.setPace
        .member,
    ).toEqual({ pace: 'LIMITED', paceNote: 'Un jour par semaine jusqu’en mars' });
    expect((await t.graphql(SET, { pace: 'AVAILABLE' }, camille)).body.data.setPace.member).toEqual({
      pace: 'AVAILABLE',
      paceNote: '',
    });
    expect(
      errorPaths((await t.graphql(SET, { pace: 'PAUSED', note: 'x'.repeat(281) }, camille)).body.data.setPace),
    ).toEqual(['note']);
    expect(
      (await t.graphql(`{ members(pace: [AVAILABLE]) { edges { node { handle pace } } } }`, {}, peer)).body.data.members
        .edges,
    ).toEqual([{ node: { handle: 'camille-martin', pace: 'AVAILABLE' } }]);
  });
});
