// Workshops as visitors see them: PUBLISHED or COMPLETED only. A cancelled workshop that was once
// published is gone (410); a draft never existed for visitors (404). The visio link never leaves here.
import type { Prisma, SkillDomain } from '@ekoacteurs/db';
import { isSlug, type Db, type Lookup } from './lookup.ts';
import { bySkill } from './order.ts';
import { findableWhere } from '../../visibility/member.ts';

/** What a workshop card shows; the confirmed-seat count comes in the same statement. */
export const UPCOMING_WORKSHOP_SELECT = {
  slug: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  format: true,
  place: true,
  capacity: true,
  _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } },
} satisfies Prisma.WorkshopSelect;

type SummaryRow = Prisma.WorkshopGetPayload<{ select: typeof UPCOMING_WORKSHOP_SELECT }>;
export type WorkshopSummary = SummaryRow;

export function seatsLeft(workshop: { capacity: number; _count: { registrations: number } }): number {
  return Math.max(0, workshop.capacity - workshop._count.registrations);
}

/** The public calendar: published workshops that have not ended yet, soonest first (one statement). */
export function upcomingWorkshops(prisma: Db, now: Date, take: number): Promise<WorkshopSummary[]> {
  return prisma.workshop.findMany({
    where: { status: 'PUBLISHED', endsAt: { gte: now } },
    select: UPCOMING_WORKSHOP_SELECT,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take,
  });
}

const WORKSHOP_SELECT = {
  ...UPCOMING_WORKSHOP_SELECT,
  id: true,
  description: true,
  status: true,
  publishedAt: true,
} satisfies Prisma.WorkshopSelect;

export interface WorkshopPageData {
  workshop: Prisma.WorkshopGetPayload<{ select: typeof WORKSHOP_SELECT }>;
  facilitators: { handle: string; displayName: string; headline: string; hasPage: boolean }[];
  skills: { slug: string; name: string; nameEn: string; domain: SkillDomain }[];
}

/** Statements: the workshop (with its seat count); then its facilitators (and their pages) and skills side by side. */
export async function findWorkshopPage(prisma: Db, slug: string): Promise<Lookup<WorkshopPageData>> {
  if (!isSlug(slug)) return { kind: 'missing' };
  const workshop = await prisma.workshop.findUnique({ where: { slug }, select: WORKSHOP_SELECT });
  if (!workshop) return { kind: 'missing' };
  if (workshop.status === 'DRAFT') return { kind: 'missing' };
  if (workshop.status === 'CANCELLED') return workshop.publishedAt ? { kind: 'gone' } : { kind: 'missing' };

  const [facilitators, skills] = await Promise.all([
    prisma.member.findMany({
      // The facilitators visitors find (the visibility rule); the others are not named here.
      where: { ...findableWhere('visitor'), facilitating: { some: { workshopId: workshop.id } } },
      select: { handle: true, displayName: true, headline: true, page: { select: { published: true } } },
      orderBy: { displayName: 'asc' },
    }),
    prisma.skill.findMany({
      where: { workshops: { some: { workshopId: workshop.id } } },
      select: { slug: true, name: true, nameEn: true, domain: true },
      orderBy: [{ domain: 'asc' }, { name: 'asc' }],
    }),
  ]);
  return {
    kind: 'found',
    data: {
      workshop,
      facilitators: facilitators.map(({ page, ...member }) => ({ ...member, hasPage: page?.published === true })),
      skills: skills.sort(bySkill),
    },
  };
}
