// Who may see a member and their page through node(id:) / nodes(ids:), by today's rules
// (src/visibility/member.ts). Member: visitors (anonymous, and tokens without read:network) see only
// ACTIVE members listed to VISITORS with a published page; members of the network see every ACTIVE
// member; others are seen by themselves and admins. VisibilityPage: a published page of an owner
// visitors may see, to everyone; published pages of other active owners, to the network; others, to
// their owner and admins. What each caller sees of a member's *fields* is decided elsewhere
// (schema/network/member.ts) and tested with the public pages: when the member visibility rule
// changes, update the cases here.
import { unique, ADMINS, EVERYONE, type NodeCase, type NodeCaller } from './callers.ts';

/** Every caller but the visitors (anonymous, and tokenAPublic: a token without read:network). */
const NOT_VISITORS: ReadonlySet<NodeCaller> = new Set<NodeCaller>([
  'memberA',
  'memberB',
  'admin',
  'tokenA',
  'tokenAdmin',
]);

export const MEMBER_NODE_TYPES: Record<string, NodeCase[]> = {
  Member: [
    // B is listed to members only (the default): visitors get null, as for a missing member.
    { label: 'active (B)', create: async ({ memberB }) => memberB.id, seenBy: NOT_VISITORS },
    {
      label: 'active, listed to visitors with a published page',
      create: async ({ prisma }) => {
        const handle = `listed-${unique()}`;
        return (
          await prisma.member.create({
            data: {
              handle,
              displayName: handle,
              email: `${handle}@example.fr`,
              status: 'ACTIVE',
              listing: 'VISITORS',
              page: {
                create: { slug: handle, ownerKind: 'MEMBER', title: handle, published: true, publishedAt: new Date() },
              },
            },
          })
        ).id;
      },
      seenBy: EVERYONE,
    },
    {
      label: 'applicant',
      create: async ({ prisma }) => {
        const handle = `applicant-${unique()}`;
        return (
          await prisma.member.create({
            data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'APPLICANT' },
          })
        ).id;
      },
      seenBy: ADMINS,
    },
  ],
  VisibilityPage: [
    {
      label: "A's published page",
      create: async ({ prisma, memberA }) =>
        (
          await prisma.visibilityPage.upsert({
            where: { memberId: memberA.id },
            create: {
              slug: `page-a-${unique()}`,
              ownerKind: 'MEMBER',
              memberId: memberA.id,
              title: 'A',
              published: true,
              publishedAt: new Date(),
            },
            update: {},
          })
        ).id,
      // A is listed to members only (the default): the page is published, but visitors get null.
      seenBy: NOT_VISITORS,
    },
    {
      label: "B's unpublished page",
      create: async ({ prisma, memberB }) =>
        (
          await prisma.visibilityPage.upsert({
            where: { memberId: memberB.id },
            create: {
              slug: `page-b-${unique()}`,
              ownerKind: 'MEMBER',
              memberId: memberB.id,
              title: 'B',
              published: false,
            },
            update: {},
          })
        ).id,
      // The owner (B) and admins.
      seenBy: new Set<NodeCaller>(['memberB', 'admin', 'tokenAdmin']),
    },
  ],
};
