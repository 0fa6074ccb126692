// Who may see each Node type (except the member and their page, in members.ts), as the type-level
// rules (`authScopes` on each type) decide: one real row per case, and the callers who get it.
import { randomUUID } from 'node:crypto';
import { A_AND_ADMINS, ADMINS, EVERYONE, NETWORK, unique, type NodeCase, type NodeCaller } from './callers.ts';

const only = (...callers: NodeCaller[]): ReadonlySet<NodeCaller> => new Set(callers);

export const NODE_TYPES: Record<string, NodeCase[]> = {
  // Secrets and the platform's own records: admins only.
  OutboxEmail: [
    {
      create: async ({ prisma }) =>
        (
          await prisma.outboxEmail.create({
            data: { to: 'a@example.fr', subject: 'Lien', text: 'https://x/#token=live-secret', kind: 'sign-in-link' },
          })
        ).id,
      seenBy: ADMINS,
    },
  ],
  AuditLogEntry: [
    {
      create: async ({ prisma, memberA }) =>
        (
          await prisma.auditLogEntry.create({
            data: { actorId: memberA.id, action: 'auth.signed_in', ip: '192.0.2.1' },
          })
        ).id,
      seenBy: ADMINS,
    },
  ],
  Webhook: [
    {
      create: async ({ prisma, admin }) =>
        (
          await prisma.webhook.create({
            data: {
              url: 'https://hooks.example.org/x',
              secret: 'whsec',
              events: ['workshop.published'],
              createdById: admin.id,
            },
          })
        ).id,
      seenBy: ADMINS,
    },
  ],
  WebhookDelivery: [
    {
      create: async ({ prisma }) => {
        const webhook = await prisma.webhook.create({
          data: { url: 'https://hooks.example.org/y', secret: 'whsec', events: ['workshop.published'] },
        });
        return (
          await prisma.webhookDelivery.create({
            data: { webhookId: webhook.id, event: 'workshop.published', payload: {} },
          })
        ).id;
      },
      seenBy: ADMINS,
    },
  ],
  FediverseFollower: [
    {
      create: async ({ prisma }) =>
        (
          await prisma.fediverseFollower.create({
            data: {
              actor: 'federation',
              followerUri: `https://social.example/users/${unique()}`,
              inboxUrl: 'https://social.example/inbox',
              host: 'social.example',
              followId: `https://social.example/f/${unique()}`,
            },
          })
        ).id,
      seenBy: ADMINS,
    },
  ],
  PageReport: [
    {
      create: async ({ prisma }) => {
        const slug = `federation-${unique()}`;
        const page = await prisma.visibilityPage.create({
          data: { slug, ownerKind: 'FEDERATION', title: 'Fédération', published: true },
        });
        return (await prisma.pageReport.create({ data: { pageId: page.id, reason: 'Faux' } })).id;
      },
      seenBy: ADMINS,
    },
  ],

  // A member's own records.
  ApiToken: [
    {
      label: "A's personal token",
      create: async ({ prisma, memberA }) =>
        (
          await prisma.apiToken.create({
            data: {
              kind: 'PERSONAL',
              name: 'x',
              prefix: 'eko_pat_x',
              tokenHash: randomUUID(),
              scopes: ['read:public'],
              ownerId: memberA.id,
            },
          })
        ).id,
      seenBy: A_AND_ADMINS,
    },
    {
      label: 'the read:public token reading itself',
      create: async ({ tokenAPublicId }) => tokenAPublicId,
      seenBy: new Set([...A_AND_ADMINS, 'tokenAPublic']),
    },
  ],
  Notification: [
    {
      create: async ({ prisma, memberA }) =>
        (await prisma.notification.create({ data: { memberId: memberA.id, kind: 'team.joined' } })).id,
      seenBy: only('memberA', 'tokenA'),
    },
  ],
  ContributionEntry: [
    {
      create: async ({ prisma, memberA }) =>
        (
          await prisma.contributionEntry.create({
            data: {
              memberId: memberA.id,
              direction: 'GIVEN',
              kind: 'HELP',
              sourceType: 'Test',
              sourceId: randomUUID(),
            },
          })
        ).id,
      seenBy: A_AND_ADMINS,
    },
  ],
  Recommendation: [
    {
      label: 'from A to B',
      create: async ({ prisma, memberA, memberB }) =>
        (await prisma.recommendation.create({ data: { fromId: memberA.id, toId: memberB.id, clientName: 'Client' } }))
          .id,
      seenBy: only('memberA', 'tokenA', 'memberB', 'admin', 'tokenAdmin'),
    },
  ],
  IntroductionRequest: [
    {
      label: 'from A to B',
      create: async ({ prisma, memberA, memberB }) =>
        (
          await prisma.introductionRequest.create({
            data: { requesterId: memberA.id, recipientId: memberB.id, message: 'Bonjour' },
          })
        ).id,
      // The two members only: not even admins.
      seenBy: only('memberA', 'tokenA', 'memberB'),
    },
  ],

  // The network: active members reading it (tokens need read:network).
  Opportunity: [
    {
      create: async ({ prisma, memberA }) =>
        (await prisma.opportunity.create({ data: { kind: 'PROJECT', title: 'Projet', postedById: memberA.id } })).id,
      seenBy: NETWORK,
    },
  ],
  OpportunityInterest: [
    {
      create: async ({ prisma, memberA, memberB }) => {
        const opportunity = await prisma.opportunity.create({
          data: { kind: 'PROJECT', title: 'Projet', postedById: memberA.id },
        });
        return (
          await prisma.opportunityInterest.create({ data: { opportunityId: opportunity.id, memberId: memberB.id } })
        ).id;
      },
      seenBy: NETWORK,
    },
  ],
  CharterAgreement: [
    {
      create: async ({ prisma, collective }) =>
        (
          await prisma.charterAgreement.create({
            data: { collectiveId: collective.id, position: 1, text: 'On se dit tout.' },
          })
        ).id,
      seenBy: new Set([...NETWORK, 'tokenAdmin']),
    },
  ],

  // A collective's inside: its active members (A) and admins.
  Commitment: [
    {
      create: async ({ prisma, collective, memberA }) =>
        (
          await prisma.commitment.create({
            data: {
              collectiveId: collective.id,
              memberId: memberA.id,
              description: 'Livrer',
              dueOn: new Date('2030-01-01'),
            },
          })
        ).id,
      seenBy: A_AND_ADMINS,
    },
  ],
  JournalEntry: [
    {
      create: async ({ prisma, collective, memberA }) =>
        (
          await prisma.journalEntry.create({
            data: { collectiveId: collective.id, authorId: memberA.id, kind: 'SUCCESS', title: 'Gagné' },
          })
        ).id,
      seenBy: A_AND_ADMINS,
    },
  ],
  CollectiveMembership: [
    {
      label: 'active (A, coordinator)',
      create: async ({ prisma, collective, memberA }) =>
        (
          await prisma.collectiveMembership.findUniqueOrThrow({
            where: { collectiveId_memberId: { collectiveId: collective.id, memberId: memberA.id } },
          })
        ).id,
      seenBy: EVERYONE,
    },
    {
      label: 'requested (B)',
      create: async ({ prisma, collective, memberB }) =>
        (
          await prisma.collectiveMembership.findUniqueOrThrow({
            where: { collectiveId_memberId: { collectiveId: collective.id, memberId: memberB.id } },
          })
        ).id,
      // The collective's members, the person (B) and admins.
      seenBy: only('memberA', 'tokenA', 'memberB', 'admin', 'tokenAdmin'),
    },
  ],

  // Public.
  Collective: [{ create: async ({ collective }) => collective.id, seenBy: EVERYONE }],
  Skill: [
    {
      create: async ({ prisma }) => {
        const slug = `skill-${unique()}`;
        return (await prisma.skill.create({ data: { slug, name: slug, nameEn: slug, domain: 'STRATEGY' } })).id;
      },
      seenBy: EVERYONE,
    },
  ],
  Workshop: [
    { label: 'published', create: async ({ publishedWorkshop }) => publishedWorkshop.id, seenBy: EVERYONE },
    {
      label: 'draft facilitated by A',
      create: async ({ prisma, memberA }) => {
        const workshop = await prisma.workshop.create({
          data: {
            slug: `draft-${unique()}`,
            kind: 'ATELIER',
            title: 'Brouillon',
            startsAt: new Date('2030-01-01T09:00Z'),
            endsAt: new Date('2030-01-01T11:00Z'),
            format: 'ONLINE',
            capacity: 10,
          },
        });
        await prisma.workshopFacilitator.create({ data: { workshopId: workshop.id, memberId: memberA.id } });
        return workshop.id;
      },
      // Its facilitators (tokens need read:network) and admins.
      seenBy: A_AND_ADMINS,
    },
  ],
  WorkshopRegistration: [
    {
      label: "A's seat in the admin's workshop",
      create: async ({ prisma, publishedWorkshop, memberA }) =>
        (
          await prisma.workshopRegistration.create({
            data: {
              workshopId: publishedWorkshop.id,
              memberId: memberA.id,
              status: 'CONFIRMED',
              confirmedAt: new Date(),
            },
          })
        ).id,
      // The participant (tokens need write:workshops), the facilitators (here the admin) and admins.
      seenBy: A_AND_ADMINS,
    },
  ],
};
