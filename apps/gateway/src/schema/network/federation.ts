// Figures about the federation as a whole, public.
import { builder } from '../builder.ts';

const FederationStats = builder.objectRef<{ activeMembers: number; activeCollectives: number; upcomingWorkshops: number }>(
  'FederationStats',
);

FederationStats.implement({
  description: 'Public figures about the federation, computed live.',
  fields: (t) => ({
    activeMembers: t.exposeInt('activeMembers', { description: 'Members whose membership is ACTIVE.' }),
    activeCollectives: t.exposeInt('activeCollectives', { description: 'Collectives that are not archived.' }),
    upcomingWorkshops: t.exposeInt('upcomingWorkshops', { description: 'Published workshops that have not ended.' }),
  }),
});

builder.queryField('federationStats', (t) =>
  t.field({
    type: FederationStats,
    description: 'Public figures about the federation.',
    resolve: async (_root, _args, ctx) => {
      const [activeMembers, activeCollectives, upcomingWorkshops] = await Promise.all([
        ctx.prisma.member.count({ where: { status: 'ACTIVE' } }),
        ctx.prisma.collective.count({ where: { status: 'ACTIVE' } }),
        ctx.prisma.workshop.count({ where: { status: 'PUBLISHED', endsAt: { gte: new Date() } } }),
      ]);
      return { activeMembers, activeCollectives, upcomingWorkshops };
    },
  }),
);
