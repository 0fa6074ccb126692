// The first sign-in checklist: each item follows the member's real data, it is read in one
// statement, only the member sees it, and it can be put away only once everything is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';
import { DAY, workshop } from '../workshops/fixtures.ts';
import { addProfile, addSkill, sessionOf } from './fixtures.ts';

let t: TestGateway;
let newcomer: As;
let newcomerId: string;
let peer: As;

const ONBOARDING = `{ viewer { onboarding { complete dismissed items { key done } } } }`;
const DISMISS = `mutation { dismissOnboarding { __typename ... on DismissOnboardingSuccess { member { onboarding { dismissed } } } ... on ConflictError { code message } } }`;

beforeAll(async () => {
  t = await startTestGateway();
  const row = await addProfile(t, { handle: 'nouvelle-venue', displayName: 'Nouvelle Venue', region: 'Bretagne' });
  newcomerId = row.id;
  newcomer = await sessionOf(t, row.id);
  peer = await sessionOf(t, (await addProfile(t, { handle: 'voisine', displayName: 'Voisine' })).id);
});
afterAll(() => t?.stop());

async function items(as: As) {
  const { body } = await t.graphql(ONBOARDING, {}, as);
  expect(body.errors).toBeUndefined();
  return body.data.viewer.onboarding as {
    complete: boolean;
    dismissed: boolean;
    items: { key: string; done: boolean }[];
  };
}

describe('viewer.onboarding', () => {
  it('starts with nothing done, in the order shown, and cannot be dismissed yet', async () => {
    expect(await items(newcomer)).toEqual({
      complete: false,
      dismissed: false,
      items: ['PROFILE', 'CARD', 'SKILLS', 'PAGE', 'WORKSHOP'].map((key) => ({ key, done: false })),
    });
    const { body } = await t.graphql(DISMISS, {}, newcomer);
    expect(body.data.dismissOnboarding).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it('is read in one statement', async () => {
    await t.graphql(ONBOARDING, {}, newcomer); // the session is cached after this one
    t.queries.length = 0;
    await items(newcomer);
    // The session lookup, the viewer row, the checklist.
    expect(t.queries.filter((sql) => /"MemberSkill"|"WorkshopRegistration"/.test(sql))).toHaveLength(1);
    expect(t.queries.length).toBeLessThanOrEqual(3);
  });

  it('ticks each item as the member does it, and is dismissed once complete', async () => {
    const prisma = t.db.prisma;
    await prisma.member.update({
      where: { id: newcomerId },
      data: { headline: 'Graphiste', bio: 'Je dessine des identités visuelles.' },
    });
    expect((await items(newcomer)).items.filter((item) => item.done).map((item) => item.key)).toEqual(['PROFILE']);

    await prisma.member.update({
      where: { id: newcomerId },
      data: { canDo: 'Logos', wishes: 'Travailler en collectif' },
    });
    const skill = await addSkill(t, 'identite', 'Identité visuelle', 'COMMUNICATION');
    await prisma.memberSkill.create({ data: { memberId: newcomerId, skillId: skill.id, level: 'ADVANCED' } });
    await prisma.visibilityPage.create({
      data: {
        slug: 'nouvelle-venue',
        ownerKind: 'MEMBER',
        memberId: newcomerId,
        title: 'Nouvelle Venue',
        published: false,
      },
    });
    expect((await items(newcomer)).items.filter((item) => !item.done).map((item) => item.key)).toEqual([
      'PAGE',
      'WORKSHOP',
    ]);

    await prisma.visibilityPage.update({ where: { slug: 'nouvelle-venue' }, data: { published: true } });
    const atelier = await workshop(t, { title: 'Atelier', startsIn: DAY, capacity: 5, format: 'ONLINE' });
    const registration = await prisma.workshopRegistration.create({
      data: { workshopId: atelier.id, memberId: newcomerId, status: 'CANCELLED' },
    });
    expect((await items(newcomer)).complete).toBe(false); // a cancelled registration does not count
    await prisma.workshopRegistration.update({
      where: { id: registration.id },
      data: { status: 'WAITLISTED', waitlistRank: 1 },
    });
    expect(await items(newcomer)).toMatchObject({ complete: true, dismissed: false });

    const { body } = await t.graphql(DISMISS, {}, newcomer);
    expect(body.data.dismissOnboarding).toEqual({
      __typename: 'DismissOnboardingSuccess',
      member: { onboarding: { dismissed: true } },
    });
    expect((await t.graphql(DISMISS, {}, newcomer)).body.data.dismissOnboarding.__typename).toBe(
      'DismissOnboardingSuccess',
    );
    expect(
      await prisma.auditLogEntry.count({ where: { actorId: newcomerId, action: 'profile.onboarding_dismissed' } }),
    ).toBe(1);
  });

  it('is the member’s own: null for another member and for visitors', async () => {
    const handle = `{ member(handle: "nouvelle-venue") { onboarding { complete } } }`;
    expect((await t.graphql(handle, {}, peer)).body.data.member.onboarding).toBeNull();
    expect((await t.graphql(ONBOARDING, {}, {})).body.data.viewer).toBeNull();
  });
});
