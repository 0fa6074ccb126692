// Workshops as calendar events, in French like the portal. The visio link goes only into the
// events of a member's private feed, and only where they hold a seat or facilitate.
import type { Prisma } from '@ekoacteurs/db';
import type { IcsEvent } from './ics.ts';
import { workshopPageUrl } from './urls.ts';

export const CALENDAR_WORKSHOP = {
  id: true,
  slug: true,
  title: true,
  description: true,
  kind: true,
  format: true,
  place: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  status: true,
  updatedAt: true,
  facilitators: { where: { member: { status: 'ACTIVE' } }, select: { member: { select: { displayName: true } } } },
} satisfies Prisma.WorkshopSelect;

export type CalendarWorkshop = Prisma.WorkshopGetPayload<{ select: typeof CALENDAR_WORKSHOP }>;

const KIND = { ATELIER: 'Atelier', RENCONTRE: 'Rencontre', CO_CREATION: 'Co-création' } as const;

export interface EventOptions {
  publicUrl: string;
  stamp: Date;
  /** The visio link may be shown (a confirmed seat, or the member facilitates). */
  withLink?: boolean;
  /** Tentative: the member is on the waitlist. */
  tentative?: boolean;
  /** A line about the member's own situation, e.g. their waitlist position. */
  note?: string;
}

function location(workshop: CalendarWorkshop, link: string | null): string {
  if (workshop.format === 'IN_PERSON') return workshop.place;
  if (workshop.format === 'ONLINE') return link ?? 'En ligne';
  return link ? `${workshop.place} — en ligne : ${link}` : `${workshop.place} (ou en ligne)`;
}

export function workshopEvent(workshop: CalendarWorkshop, options: EventOptions): IcsEvent {
  const cancelled = workshop.status === 'CANCELLED';
  const link = options.withLink && !cancelled ? workshop.onlineUrl : null;
  const page = workshopPageUrl(options.publicUrl, workshop.slug);
  const facilitators = workshop.facilitators.map((f) => f.member.displayName);
  const description = [
    options.note,
    cancelled ? 'Cet atelier est annulé.' : undefined,
    workshop.description,
    facilitators.length > 0 ? `Animation : ${facilitators.join(', ')}` : undefined,
    link ? `Lien de visio : ${link}` : undefined,
    `Page de l’atelier : ${page}`,
  ].filter((part): part is string => Boolean(part && part.trim()));
  return {
    uid: `workshop-${workshop.id}@${new URL(options.publicUrl).hostname}`,
    start: workshop.startsAt,
    end: workshop.endsAt,
    stamp: options.stamp,
    summary: `${cancelled ? 'Annulé : ' : options.tentative ? 'Liste d’attente : ' : ''}${workshop.title}`,
    description: description.join('\n\n'),
    location: location(workshop, link) || undefined,
    url: page,
    status: cancelled ? 'CANCELLED' : options.tentative ? 'TENTATIVE' : 'CONFIRMED',
    lastModified: workshop.updatedAt,
    categories: [KIND[workshop.kind]],
  };
}
