// Who may see a member and their page through node(id:) / nodes(ids:), by today's rules (Member:
// ACTIVE members are visible to everyone, others to themselves and admins; VisibilityPage: published
// pages of active owners to everyone, others to their owner and admins). What each caller sees of a
// member's *fields* is decided elsewhere (schema/network/member.ts) and tested with the public pages:
// when the member visibility rule changes, update the cases here.
import { unique, ADMINS, EVERYONE, type NodeCase, type NodeCaller } from './callers.ts';

export const MEMBER_NODE_TYPES: Record<string, NodeCase[]> = {
  Member: [
    { label: 'active (B)', create: async ({ memberB }) => memberB.id, seenBy: EVERYONE },
    {
      label: 'applicant',
      create: async ({ prisma }) => {
        const handle = `applicant-${unique()}`;
        return (await prisma.member.create({ data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'APPLICANT' } })).id;
      },
      seenBy: ADMINS,
    },
  ],
  VisibilityPage: [
    {
      label: "A's published page",
      create: async ({ prisma, memberA }) => (await prisma.visibilityPage.upsert({
        where: { memberId: memberA.id },
        create: { slug: `page-a-${unique()}`, ownerKind: 'MEMBER', memberId: memberA.id, title: 'A', published: true, publishedAt: new Date() },
        update: {},
      })).id,
      seenBy: EVERYONE,
    },
    {
      label: "B's unpublished page",
      create: async ({ prisma, memberB }) => (await prisma.visibilityPage.upsert({
        where: { memberId: memberB.id },
        create: { slug: `page-b-${unique()}`, ownerKind: 'MEMBER', memberId: memberB.id, title: 'B', published: false },
        update: {},
      })).id,
      // The owner (B) and admins.
      seenBy: new Set<NodeCaller>(['memberB', 'admin', 'tokenAdmin']),
    },
  ],
};
