// A member with a rich history (every kind of data the archive and the erasure cover), and the
// people around them, for the privacy tests. Names are distinctive so a leak is easy to find.
import { createApiToken } from '../../src/auth/api-tokens.ts';
import type { TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';

export const DAY = 86_400_000;

/** A member admitted today, named by their handle unless told otherwise (the archive shows both). */
export function admittedPerson(
  t: TestGateway,
  handle: string,
  extra: { role?: 'MEMBER' | 'ADMIN'; displayName?: string; email?: string } = {},
): Promise<Person> {
  return person(t, handle, { ...extra, displayName: extra.displayName ?? handle, admittedAt: new Date() });
}

/** The two ledger entries a recommendation makes: given by its author, received by the member recommended. */
function recommendationEntries(authorId: string, recommendedId: string, recommendationId: string) {
  const entry = {
    kind: 'RECOMMENDATION',
    weight: 2,
    sourceType: 'Recommendation',
    sourceId: recommendationId,
  } as const;
  return [
    { memberId: authorId, direction: 'GIVEN', ...entry },
    { memberId: recommendedId, direction: 'RECEIVED', ...entry },
  ] as const;
}

export const RICH = {
  handle: 'ondine-vasseur-kerbrat',
  displayName: 'Ondine Vasseur-Kerbrat',
  email: 'ondine.vasseur.kerbrat@example.fr',
  bio: 'Graphiste à Quimperlé depuis vingt ans, passionnée de typographie bretonne.',
  concerns: 'Peur de ne pas tenir les délais en hiver.',
};

export interface RichHistory {
  rich: Person;
  friend: Person;
  waiting: Person;
  collectiveId: string;
  soloCollectiveId: string;
  futureWorkshop: { id: string; slug: string };
  pastWorkshop: { id: string; slug: string };
}

/**
 * The rich member and their history: profile, card, skills, sessions, a token, a sign-in link,
 * registrations (a confirmed seat in a full workshop to come, with someone waiting; a past one
 * with feedback), a collective co-coordinated with a friend (commitment, journal), a collective of
 * their own, introductions and recommendations both ways, ledger entries, notifications, a
 * published page, an opportunity and an interest, a contact message and audit entries.
 */
export async function richHistory(t: TestGateway): Promise<RichHistory> {
  const prisma = t.db.prisma;
  const rich = await admittedPerson(t, RICH.handle, { displayName: RICH.displayName, email: RICH.email });
  const friend = await admittedPerson(t, 'gaspard-le-floch', { displayName: 'Gaspard Le Floch' });
  const waiting = await admittedPerson(t, 'maelle-tanguy', { displayName: 'Maëlle Tanguy' });
  await prisma.member.update({
    where: { id: rich.id },
    data: {
      headline: 'Identités visuelles pour l’économie sociale',
      bio: RICH.bio,
      city: 'Quimperlé',
      region: 'Bretagne',
      websiteUrl: 'https://ondine.example.fr',
      linkedinUrl: 'https://linkedin.example/ondine',
      motivation: 'Rejoindre des pairs.',
      canDo: 'Logos, chartes graphiques',
      cannotDo: 'Développement web',
      wishes: 'Co-animer des ateliers',
      concerns: RICH.concerns,
      paceNote: 'Mardis libres',
    },
  });
  const skill = await prisma.skill.create({
    data: { slug: 'identite-visuelle', name: 'Identité visuelle', nameEn: 'Visual identity', domain: 'COMMUNICATION' },
  });
  await prisma.memberSkill.create({ data: { memberId: rich.id, skillId: skill.id, level: 'EXPERT' } });
  await createApiToken(prisma, {
    kind: 'PERSONAL',
    ownerId: rich.id,
    name: 'Mon tableur',
    scopes: ['read:network'],
    expiresAt: null,
  });
  await prisma.signInToken.create({
    data: {
      tokenHash: `hash-${rich.id}`,
      memberId: rich.id,
      purpose: 'SIGN_IN',
      expiresAt: new Date(Date.now() + 600_000),
      ip: '203.0.113.7',
    },
  });

  // Workshops: a full one to come (the rich member has the only seat, Maëlle waits), a past one.
  const futureWorkshop = await prisma.workshop.create({
    data: {
      slug: 'atelier-typographie',
      kind: 'ATELIER',
      title: 'Atelier typographie',
      startsAt: new Date(Date.now() + 3 * DAY),
      endsAt: new Date(Date.now() + 3 * DAY + 7_200_000),
      format: 'IN_PERSON',
      capacity: 1,
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  await prisma.workshopFacilitator.create({ data: { workshopId: futureWorkshop.id, memberId: rich.id } });
  await prisma.workshopRegistration.create({
    data: { workshopId: futureWorkshop.id, memberId: rich.id, status: 'CONFIRMED', confirmedAt: new Date() },
  });
  await prisma.workshopRegistration.create({
    data: { workshopId: futureWorkshop.id, memberId: waiting.id, status: 'WAITLISTED', waitlistRank: 1 },
  });
  const pastWorkshop = await prisma.workshop.create({
    data: {
      slug: 'rencontre-passee',
      kind: 'RENCONTRE',
      title: 'Rencontre de printemps',
      startsAt: new Date(Date.now() - 30 * DAY),
      endsAt: new Date(Date.now() - 30 * DAY + 7_200_000),
      format: 'ONLINE',
      capacity: 10,
      status: 'COMPLETED',
      publishedAt: new Date(Date.now() - 40 * DAY),
    },
  });
  await prisma.workshopRegistration.create({
    data: {
      workshopId: pastWorkshop.id,
      memberId: rich.id,
      status: 'CONFIRMED',
      confirmedAt: new Date(),
      attended: true,
      feedbackRating: 5,
      feedbackComment: 'Ondine a adoré ce moment.',
      feedbackAt: new Date(),
    },
  });

  // Collectives: one shared with Gaspard (both coordinators), one of the rich member alone.
  const collective = await prisma.collective.create({
    data: {
      slug: 'graphistes-du-finistere',
      name: 'Graphistes du Finistère',
      purpose: 'Répondre ensemble aux appels d’offres',
    },
  });
  await prisma.collectiveMembership.createMany({
    data: [
      {
        collectiveId: collective.id,
        memberId: rich.id,
        role: 'COORDINATOR',
        status: 'ACTIVE',
        responsibilities: 'Ondine tient le planning',
        joinedAt: new Date(),
      },
      { collectiveId: collective.id, memberId: friend.id, role: 'COORDINATOR', status: 'ACTIVE', joinedAt: new Date() },
    ],
  });
  const solo = await prisma.collective.create({ data: { slug: 'atelier-solo', name: 'Atelier solo' } });
  await prisma.collectiveMembership.create({
    data: { collectiveId: solo.id, memberId: rich.id, role: 'COORDINATOR', status: 'ACTIVE', joinedAt: new Date() },
  });
  const commitment = await prisma.commitment.create({
    data: {
      collectiveId: collective.id,
      memberId: rich.id,
      description: 'Maquette du dossier',
      dueOn: new Date(Date.now() + 7 * DAY),
    },
  });
  await prisma.commitmentChange.create({
    data: { commitmentId: commitment.id, changedById: rich.id, toStatus: 'OPEN', note: 'Pris en réunion' },
  });
  await prisma.journalEntry.create({
    data: {
      collectiveId: collective.id,
      authorId: rich.id,
      kind: 'SUCCESS',
      title: 'Marché gagné',
      body: 'Le dossier a été retenu.',
    },
  });

  // Introductions and recommendations, both ways; the ledger entries they produced.
  await prisma.introductionRequest.create({
    data: { requesterId: rich.id, recipientId: friend.id, message: 'Bonjour Gaspard, c’est Ondine !' },
  });
  await prisma.introductionRequest.create({
    data: {
      requesterId: waiting.id,
      recipientId: rich.id,
      message: 'Bonjour Ondine',
      status: 'ACCEPTED',
      respondedAt: new Date(),
    },
  });
  const given = await prisma.recommendation.create({
    data: { fromId: rich.id, toId: friend.id, clientName: 'Mairie de Quimperlé', note: 'Ondine recommande Gaspard' },
  });
  const received = await prisma.recommendation.create({
    data: {
      fromId: friend.id,
      toId: rich.id,
      clientName: 'Coopérative Ar Mor',
      note: 'Pour la charte',
      outcomeNote: 'Ondine a signé',
    },
  });
  await prisma.contributionEntry.createMany({
    data: [
      ...recommendationEntries(rich.id, friend.id, given.id),
      ...recommendationEntries(friend.id, rich.id, received.id),
      {
        memberId: rich.id,
        direction: 'RECEIVED',
        kind: 'WORKSHOP_ATTENDED',
        weight: 1,
        sourceType: 'Workshop',
        sourceId: pastWorkshop.id,
      },
    ],
  });

  // Notifications: the rich member's own, and Gaspard's quoting her name.
  await prisma.notification.create({
    data: { memberId: rich.id, kind: 'recommendation.received', data: { fromName: 'Gaspard Le Floch' } },
  });
  await prisma.notification.create({
    data: {
      memberId: friend.id,
      kind: 'recommendation.received',
      data: { fromName: RICH.displayName, fromHandle: RICH.handle },
    },
  });

  // A published page, an opportunity and an interest, a message through the page, audit entries.
  await prisma.visibilityPage.create({
    data: {
      slug: RICH.handle,
      ownerKind: 'MEMBER',
      memberId: rich.id,
      title: 'Ondine, graphiste',
      seoDescription: 'Identités visuelles en Bretagne',
      sections: [{ kind: 'TEXT', title: 'Qui je suis', body: 'Ondine, graphiste.' }],
      published: true,
      publishedAt: new Date(),
    },
  });
  await prisma.opportunity.create({ data: { kind: 'PROJECT', title: 'Refonte d’une charte', postedById: rich.id } });
  const other = await prisma.opportunity.create({
    data: { kind: 'CALL_FOR_TENDER', title: 'Appel d’offres régional', postedById: friend.id },
  });
  await prisma.opportunityInterest.create({
    data: { opportunityId: other.id, memberId: rich.id, note: 'Ondine est partante' },
  });
  await prisma.contactMessage.create({
    data: {
      memberId: rich.id,
      senderName: 'Un client',
      senderEmail: 'client@example.com',
      body: '=SOMME(1;2) un devis ?',
    },
  });
  await prisma.auditLogEntry.create({
    data: {
      actorId: rich.id,
      action: 'profile.updated',
      targetType: 'Member',
      targetId: rich.id,
      ip: '203.0.113.7',
      userAgent: 'Firefox',
    },
  });
  await prisma.auditLogEntry.create({
    data: {
      actorId: friend.id,
      action: 'collective.member_invited',
      targetType: 'Member',
      targetId: rich.id,
      data: { memberName: RICH.displayName },
    },
  });

  return {
    rich,
    friend,
    waiting,
    collectiveId: collective.id,
    soloCollectiveId: solo.id,
    futureWorkshop: { id: futureWorkshop.id, slug: futureWorkshop.slug },
    pastWorkshop: { id: pastWorkshop.id, slug: pastWorkshop.slug },
  };
}
