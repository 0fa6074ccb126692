// The public pages' workshop data: the calendar's cards and a workshop's page with its facilitators
// and skills. Which workshops visitors see, and what of them, is public-workshop.ts's.
import type { SkillDomain } from '@ekoacteurs/db';
import { isSlug, type Db, type Lookup } from './lookup.ts';
import {
  findPublicWorkshop,
  PUBLIC_WORKSHOP_CARD_SELECT,
  type PublicWorkshop,
  type PublicWorkshopCard,
} from './public-workshop.ts';
import { bySkill } from './order.ts';
import { findableWhere } from '../../visibility/member.ts';

/** What a workshop card shows (public-workshop.ts). */
export type WorkshopSummary = PublicWorkshopCard;

/** The public calendar: published workshops that have not ended yet, soonest first (one statement). */
export function upcomingWorkshops(prisma: Db, now: Date, take: number): Promise<WorkshopSummary[]> {
  return prisma.workshop.findMany({
    where: { status: 'PUBLISHED', endsAt: { gte: now } },
    select: PUBLIC_WORKSHOP_CARD_SELECT,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take,
  });
}

export interface WorkshopPageData {
  workshop: PublicWorkshop;
  facilitators: { handle: string; displayName: string; headline: string; hasPage: boolean }[];
  skills: { slug: string; name: string; nameEn: string; domain: SkillDomain }[];
}

/** Statements: the workshop (with its seat count); then its facilitators (and their pages) and skills side by side. */
export async function findWorkshopPage(prisma: Db, slug: string): Promise<Lookup<WorkshopPageData>> {
  if (!isSlug(slug)) return { kind: 'missing' };
  const found = await findPublicWorkshop(prisma, { slug });
  if (found.kind !== 'found') return found;
  const workshop = found.data;

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
