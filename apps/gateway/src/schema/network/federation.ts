// Figures about the federation as a whole, public. The federation's size names no one; how many
// members the caller may find follows the visibility rule (visibility/member.ts).
import { audienceOf, findableWhere } from '../../visibility/member.ts';
import { builder } from '../builder.ts';

const FederationStats = builder.objectRef<{
  activeMembers: number;
  listedMembers: number;
  activeCollectives: number;
  upcomingWorkshops: number;
}>('FederationStats');

FederationStats.implement({
  description: 'Public figures about the federation, computed live.',
  fields: (t) => ({
    activeMembers: t.exposeInt('activeMembers', {
      description: 'Members whose membership is ACTIVE (a count, naming no one).',
    }),
    listedMembers: t.exposeInt('listedMembers', {
      description:
        'Active members you may find in the directory: for visitors, those listed to visitors whose page is published (as `members.totalCount`).',
    }),
    activeCollectives: t.exposeInt('activeCollectives', { description: 'Collectives that are not archived.' }),
    upcomingWorkshops: t.exposeInt('upcomingWorkshops', { description: 'Published workshops that have not ended.' }),
  }),
});

builder.queryField('federationStats', (t) =>
  t.field({
    type: FederationStats,
    description: 'Public figures about the federation.',
    resolve: async (_root, _args, ctx) => {
      const [activeMembers, listedMembers, activeCollectives, upcomingWorkshops] = await Promise.all([
        ctx.prisma.member.count({ where: { status: 'ACTIVE' } }),
        ctx.prisma.member.count({ where: { status: 'ACTIVE', AND: [findableWhere(audienceOf(ctx.caller))] } }),
        ctx.prisma.collective.count({ where: { status: 'ACTIVE' } }),
        ctx.prisma.workshop.count({ where: { status: 'PUBLISHED', endsAt: { gte: new Date() } } }),
      ]);
      return { activeMembers, listedMembers, activeCollectives, upcomingWorkshops };
    },
  }),
);
