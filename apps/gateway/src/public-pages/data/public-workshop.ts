// "A public workshop": which workshops visitors see (PUBLISHED or COMPLETED; a cancelled one that was
// published is gone, a draft never existed), the one Prisma select of what they are shown (never the
// visio link), and the seats left. The public pages and the fediverse's Events both read it here.
import type { Prisma, WorkshopStatus } from '@ekoacteurs/db';
import type { Db, Lookup } from './lookup.ts';

/** What a workshop card shows; the confirmed-seat count comes in the same statement. */
export const PUBLIC_WORKSHOP_CARD_SELECT = {
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

/** A public workshop in full: the card, its description, and what its state and dates need. */
export const PUBLIC_WORKSHOP_SELECT = {
  ...PUBLIC_WORKSHOP_CARD_SELECT,
  id: true,
  description: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.WorkshopSelect;

export type PublicWorkshopCard = Prisma.WorkshopGetPayload<{ select: typeof PUBLIC_WORKSHOP_CARD_SELECT }>;
export type PublicWorkshop = Prisma.WorkshopGetPayload<{ select: typeof PUBLIC_WORKSHOP_SELECT }>;

export function seatsLeft(workshop: { capacity: number; _count: { registrations: number } }): number {
  return Math.max(0, workshop.capacity - workshop._count.registrations);
}

/** Visitors see published and completed workshops; a cancelled one that was published is gone (410). */
export function publicWorkshopState(workshop: {
  status: WorkshopStatus;
  publishedAt: Date | null;
}): 'public' | 'gone' | 'missing' {
  if (workshop.status === 'PUBLISHED' || workshop.status === 'COMPLETED') return 'public';
  return workshop.status === 'CANCELLED' && workshop.publishedAt ? 'gone' : 'missing';
}

/** A workshop by id or slug as visitors may see it (one statement, with its seat count). */
export async function findPublicWorkshop(
  prisma: Pick<Db, 'workshop'>,
  where: { id: string } | { slug: string },
): Promise<Lookup<PublicWorkshop>> {
  const workshop = await prisma.workshop.findUnique({ where, select: PUBLIC_WORKSHOP_SELECT });
  if (!workshop) return { kind: 'missing' };
  const state = publicWorkshopState(workshop);
  return state === 'public' ? { kind: 'found', data: workshop } : { kind: state };
}
