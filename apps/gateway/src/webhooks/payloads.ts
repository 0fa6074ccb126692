// The events this part of the gateway emits, with their documented payloads (events.ts).
import type { PrismaClient } from '@ekoacteurs/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { enqueueWebhookEvent } from './enqueue.ts';

type Db = Pick<PrismaClient, 'member' | 'webhook' | 'webhookDelivery'>;

/** member.admitted, in the admission's transaction. */
export async function enqueueMemberAdmitted(tx: Db, memberId: string): Promise<void> {
  await enqueueWebhookEvent(tx, 'member.admitted', async () => {
    const member = await tx.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { id: true, handle: true, displayName: true, region: true, admittedAt: true },
    });
    return {
      member: {
        id: encodeGlobalID('Member', member.id),
        handle: member.handle,
        displayName: member.displayName,
        region: member.region,
        admittedAt: member.admittedAt?.toISOString() ?? null,
      },
    };
  });
}

/** page.published, in the publication's transaction; `url` is where visitors read it. */
export async function enqueuePagePublished(
  tx: Db,
  page: { id: string; slug: string; title: string; ownerKind: string },
  url: string,
): Promise<void> {
  await enqueueWebhookEvent(tx, 'page.published', {
    page: {
      id: encodeGlobalID('VisibilityPage', page.id),
      slug: page.slug,
      title: page.title,
      ownerKind: page.ownerKind,
      url,
    },
  });
}

/**
 * Where visitors read a page: the server renders a member's at /membres/<handle>, a collective's
 * at /collectifs/<slug>, the federation's at the root (src/public-pages/).
 */
export function publicPageUrl(
  publicUrl: string,
  owner: { member: { handle: string } | null; collective: { slug: string } | null },
): string {
  const base = publicUrl.replace(/\/$/, '');
  if (owner.member) return `${base}/membres/${encodeURIComponent(owner.member.handle)}`;
  if (owner.collective) return `${base}/collectifs/${encodeURIComponent(owner.collective.slug)}`;
  return `${base}/`;
}

interface WorkshopFacts {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** workshop.published, in the publication's transaction. */
export async function enqueueWorkshopPublished(tx: Db, workshop: WorkshopFacts): Promise<void> {
  await enqueueWebhookEvent(tx, 'workshop.published', {
    workshop: {
      id: encodeGlobalID('Workshop', workshop.id),
      slug: workshop.slug,
      title: workshop.title,
      startsAt: workshop.startsAt.toISOString(),
      endsAt: workshop.endsAt.toISOString(),
    },
  });
}

/** workshop.cancelled, in the cancellation's transaction. */
export async function enqueueWorkshopCancelled(tx: Db, workshop: Omit<WorkshopFacts, 'endsAt'>): Promise<void> {
  await enqueueWebhookEvent(tx, 'workshop.cancelled', {
    workshop: {
      id: encodeGlobalID('Workshop', workshop.id),
      slug: workshop.slug,
      title: workshop.title,
      startsAt: workshop.startsAt.toISOString(),
    },
  });
}

/** registration.confirmed, once per member given a seat (registration or promotion). */
export async function enqueueRegistrationsConfirmed(tx: Db, workshopId: string, memberIds: string[]): Promise<void> {
  for (const memberId of memberIds) {
    await enqueueWebhookEvent(tx, 'registration.confirmed', {
      registration: {
        workshopId: encodeGlobalID('Workshop', workshopId),
        memberId: encodeGlobalID('Member', memberId),
      },
    });
  }
}

/** member.suspended, in the suspension's transaction. */
export async function enqueueMemberSuspended(
  tx: Db,
  member: { id: string; handle: string },
  suspendedAt: Date,
): Promise<void> {
  await enqueueWebhookEvent(tx, 'member.suspended', {
    member: { id: encodeGlobalID('Member', member.id), handle: member.handle, suspendedAt: suspendedAt.toISOString() },
  });
}

/** member.left, in the erasure's transaction: the id only (everything else is erased). */
export async function enqueueMemberLeft(tx: Db, memberId: string, leftAt: Date): Promise<void> {
  await enqueueWebhookEvent(tx, 'member.left', {
    member: { id: encodeGlobalID('Member', memberId), leftAt: leftAt.toISOString() },
  });
}

/** registration.cancelled, in the cancellation's transaction. */
export async function enqueueRegistrationCancelled(
  tx: Db,
  registration: { workshopId: string; memberId: string; wasConfirmed: boolean },
  cancelledAt: Date,
): Promise<void> {
  await enqueueWebhookEvent(tx, 'registration.cancelled', {
    registration: {
      workshopId: encodeGlobalID('Workshop', registration.workshopId),
      memberId: encodeGlobalID('Member', registration.memberId),
      cancelledAt: cancelledAt.toISOString(),
      wasConfirmed: registration.wasConfirmed,
    },
  });
}

/** introduction.accepted, in the answer's transaction. */
export async function enqueueIntroductionAccepted(
  tx: Db,
  intro: { id: string; requesterId: string; recipientId: string },
  acceptedAt: Date,
): Promise<void> {
  await enqueueWebhookEvent(tx, 'introduction.accepted', {
    introduction: {
      id: encodeGlobalID('IntroductionRequest', intro.id),
      requesterId: encodeGlobalID('Member', intro.requesterId),
      recipientId: encodeGlobalID('Member', intro.recipientId),
      acceptedAt: acceptedAt.toISOString(),
    },
  });
}

interface OpportunityFacts {
  id: string;
  kind: string;
  title: string;
  region: string;
  deadline: Date | null;
  collectiveId: string | null;
  createdAt: Date;
}

/** opportunity.published, in the posting's transaction. */
export async function enqueueOpportunityPublished(tx: Db, opportunity: OpportunityFacts): Promise<void> {
  await enqueueWebhookEvent(tx, 'opportunity.published', {
    opportunity: {
      id: encodeGlobalID('Opportunity', opportunity.id),
      kind: opportunity.kind,
      title: opportunity.title,
      region: opportunity.region,
      deadline: opportunity.deadline?.toISOString() ?? null,
      collectiveId: opportunity.collectiveId ? encodeGlobalID('Collective', opportunity.collectiveId) : null,
      postedAt: opportunity.createdAt.toISOString(),
    },
  });
}
