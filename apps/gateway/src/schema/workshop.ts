// Workshops (ateliers): the calendar of the federation.
import { WorkshopFormat, WorkshopKind, WorkshopStatus } from '@ekoacteurs/db/enums';
import { builder } from './builder.ts';
import { MemberType } from './member.ts';
import { SkillType } from './skill.ts';

export const WorkshopKindEnum = builder.enumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: 'ATELIER (a skills workshop), RENCONTRE (a networking meeting), CO_CREATION (session de co-création).',
});

export const WorkshopFormatEnum = builder.enumType(WorkshopFormat, {
  name: 'WorkshopFormat',
  description: 'IN_PERSON (en présentiel), ONLINE (en ligne), HYBRID (hybride).',
});

export const WorkshopStatusEnum = builder.enumType(WorkshopStatus, {
  name: 'WorkshopStatus',
  description: 'DRAFT (brouillon, admins only), PUBLISHED, CANCELLED (annulé), COMPLETED (terminé).',
});

export const WorkshopType = builder.prismaNode('Workshop', {
  description: 'A workshop, meeting or co-creation session of the federation.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe identifier, used in public page addresses.' }),
    kind: t.expose('kind', { type: WorkshopKindEnum }),
    title: t.exposeString('title', { description: 'Title, in French.' }),
    description: t.exposeString('description', { description: 'Description (markdown).' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone of the venue, e.g. "Europe/Paris".' }),
    format: t.expose('format', { type: WorkshopFormatEnum }),
    place: t.exposeString('place', { description: 'Address or venue when in person; empty when online.' }),
    capacity: t.exposeInt('capacity', { description: 'Number of seats.' }),
    status: t.expose('status', { type: WorkshopStatusEnum }),
    confirmedCount: t.relationCount('registrations', {
      where: { status: 'CONFIRMED' },
      description: 'Number of confirmed participants.',
    }),
    seatsLeft: t.int({
      description: 'Seats still free (0 when full: new registrations join the waitlist).',
      select: { capacity: true, _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } } },
      resolve: (workshop) => Math.max(0, workshop.capacity - workshop._count.registrations),
    }),
    facilitators: t.field({
      type: [MemberType],
      description: 'Members who lead it (animateurs).',
      select: (_args, _ctx, nestedSelection) => ({
        facilitators: { select: { member: nestedSelection(true) } },
      }),
      resolve: (workshop) => workshop.facilitators.map((f) => f.member),
    }),
    skills: t.field({
      type: [SkillType],
      description: 'Skills it helps build.',
      select: (_args, _ctx, nestedSelection) => ({
        skills: { select: { skill: nestedSelection(true) } },
      }),
      resolve: (workshop) => workshop.skills.map((s) => s.skill),
    }),
  }),
});

builder.queryField('workshops', (t) =>
  t.prismaConnection({
    type: WorkshopType,
    cursor: 'id',
    description:
      'Published workshops, soonest first. `upcoming: true` (the default) keeps those that have not ended yet; `false` lists past ones, latest first.',
    args: {
      upcoming: t.arg.boolean({ required: false, defaultValue: true, description: 'Upcoming (default) or past.' }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.workshop.count({ where: publishedWhere(args.upcoming ?? true) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.workshop.findMany({
        ...query,
        where: publishedWhere(args.upcoming ?? true),
        orderBy: [{ startsAt: args.upcoming === false ? 'desc' : 'asc' }, { id: 'asc' }],
      }),
  }),
);

function publishedWhere(upcoming: boolean) {
  const now = new Date();
  return {
    status: { in: [WorkshopStatus.PUBLISHED, WorkshopStatus.COMPLETED] },
    endsAt: upcoming ? { gte: now } : { lt: now },
  };
}
