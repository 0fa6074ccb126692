// Notifications (derived from the events each member was told about) and the admins' audit log.
import type { BuiltPages } from './build-pages.ts';
import type { CollectiveInfo } from './build-collectives.ts';
import type { OpportunityInfo } from './build-opportunities.ts';
import type { IntroductionInfo, RecommendationInfo } from './build-relations.ts';
import type { WorkshopInfo } from './build-workshops.ts';
import { ADMIN_INDEX } from './build-members.ts';
import { isActive, type MemberInfo, type SeedContext } from './context.ts';
import { SUSPENSION_REASON } from './data/relations.ts';
import { addMinutes, DAY, minDate } from './dates.ts';
import type { SeedRows } from './types.ts';

type NotificationRow = SeedRows['notification'][number];
type AuditRow = SeedRows['auditLogEntry'][number];
type Json = Record<string, string | number | null>;

/** Notification kinds the seed writes, with the payload each one carries. */
export const NOTIFICATION_KINDS = [
  'member.admitted',
  'recommendation.received',
  'introduction.requested',
  'introduction.accepted',
  'introduction.declined',
  'collective.invited',
  'collective.requested',
  'workshop.registered',
  'workshop.waitlisted',
  'workshop.cancelled',
  'opportunity.interest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const USER_AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];

export interface ActivityInput {
  readonly members: readonly MemberInfo[];
  readonly collectives: readonly CollectiveInfo[];
  readonly membershipRows: SeedRows['collectiveMembership'];
  readonly workshops: readonly WorkshopInfo[];
  readonly opportunities: readonly OpportunityInfo[];
  readonly recommendations: readonly RecommendationInfo[];
  readonly introductions: readonly IntroductionInfo[];
  readonly pages: BuiltPages;
}

export function buildNotifications(context: SeedContext, input: ActivityInput): SeedRows['notification'] {
  const { clock } = context;
  const byId = new Map(input.members.map((m) => [m.row.id, m]));
  const collectiveById = new Map(input.collectives.map((c) => [c.row.id, c]));
  const rows: NotificationRow[] = [];
  const notify = (member: MemberInfo, kind: NotificationKind, sourceId: string, at: Date, data: Json) => {
    if (!isActive(member) || at.getTime() > clock.now.getTime()) return;
    const rng = context.root.fork('notification', kind, member.row.id, sourceId);
    const old = clock.now.getTime() - at.getTime() > 7 * DAY;
    const read = old || rng.chance(0.4);
    rows.push({
      id: rng.uuid(),
      memberId: member.row.id,
      kind,
      data,
      readAt: read ? minDate(addMinutes(at, rng.int(5, 72 * 60)), clock.minutes(-5)) : null,
      createdAt: at,
    });
  };

  for (const member of input.members) {
    if (member.admittedAt && member.index !== ADMIN_INDEX) {
      notify(member, 'member.admitted', member.row.id, member.admittedAt, { memberId: member.row.id });
    }
  }
  for (const { row, from, to } of input.recommendations) {
    notify(to, 'recommendation.received', row.id, row.createdAt as Date, {
      recommendationId: row.id,
      fromId: from.row.id,
      fromName: from.row.displayName,
      clientName: row.clientName ?? '',
    });
  }
  for (const { row, requester, recipient } of input.introductions) {
    notify(recipient, 'introduction.requested', row.id, row.createdAt as Date, {
      introductionRequestId: row.id,
      requesterId: requester.row.id,
      requesterName: requester.row.displayName,
    });
    if ((row.status === 'ACCEPTED' || row.status === 'DECLINED') && row.respondedAt) {
      notify(
        requester,
        row.status === 'ACCEPTED' ? 'introduction.accepted' : 'introduction.declined',
        row.id,
        row.respondedAt as Date,
        {
          introductionRequestId: row.id,
          recipientId: recipient.row.id,
          recipientName: recipient.row.displayName,
        },
      );
    }
  }
  for (const membership of input.membershipRows) {
    const collective = collectiveById.get(membership.collectiveId)!;
    const member = byId.get(membership.memberId)!;
    const at = membership.createdAt as Date;
    const about = {
      collectiveId: collective.row.id,
      collectiveName: collective.row.name,
      collectiveSlug: collective.row.slug,
    };
    if (membership.status === 'INVITED') notify(member, 'collective.invited', membership.id, at, about);
    if (membership.status === 'REQUESTED') {
      for (const coordinator of collective.coordinators) {
        notify(coordinator, 'collective.requested', membership.id, at, {
          ...about,
          memberId: member.row.id,
          memberName: member.row.displayName,
        });
      }
    }
  }
  for (const workshop of input.workshops) {
    const about = {
      workshopId: workshop.row.id,
      workshopTitle: workshop.row.title,
      workshopSlug: workshop.row.slug,
      startsAt: (workshop.row.startsAt as Date).toISOString(),
    };
    for (const { member, row } of workshop.registrations) {
      if (workshop.row.status === 'PUBLISHED' && row.status === 'CONFIRMED') {
        notify(member, 'workshop.registered', row.id, row.registeredAt as Date, about);
      }
      if (workshop.row.status === 'PUBLISHED' && row.status === 'WAITLISTED') {
        notify(member, 'workshop.waitlisted', row.id, row.registeredAt as Date, {
          ...about,
          waitlistRank: row.waitlistRank ?? null,
        });
      }
      if (workshop.row.status === 'CANCELLED') {
        notify(member, 'workshop.cancelled', row.id, workshop.row.cancelledAt as Date, {
          ...about,
          reason: workshop.cancellationReason,
        });
      }
    }
  }
  for (const { row, poster, interests } of input.opportunities) {
    for (const interest of interests) {
      notify(poster, 'opportunity.interest', interest.row.id, interest.row.createdAt as Date, {
        opportunityId: row.id,
        opportunityTitle: row.title,
        memberId: interest.member.row.id,
        memberName: interest.member.row.displayName,
      });
    }
  }
  return rows;
}

export function buildAuditLog(context: SeedContext, input: ActivityInput): SeedRows['auditLogEntry'] {
  const admin = input.members[ADMIN_INDEX]!;
  const byId = new Map(input.members.map((m) => [m.row.id, m]));
  const rows: AuditRow[] = [];
  const log = (
    action: string,
    targetType: string,
    targetId: string,
    at: Date,
    data: Json,
    actor: MemberInfo = admin,
  ) => {
    const rng = context.root.fork('audit', action, targetId);
    rows.push({
      id: rng.uuid(),
      actorId: actor.row.id,
      action,
      targetType,
      targetId,
      data,
      ip: `192.0.2.${rng.int(1, 254)}`,
      userAgent: rng.pick(USER_AGENTS),
      createdAt: at,
    });
  };

  for (const member of input.members) {
    if (member.index === ADMIN_INDEX || !member.admittedAt) continue;
    // Action names follow the gateway's (membership.admitted, member.suspended, …).
    log('membership.admitted', 'Member', member.row.id, member.admittedAt, {});
    if (member.row.suspendedAt) {
      log('member.suspended', 'Member', member.row.id, member.row.suspendedAt as Date, { reason: SUSPENSION_REASON });
    }
    if (member.row.status === 'LEFT') {
      log('member.left', 'Member', member.row.id, member.row.updatedAt as Date, { handle: member.row.handle }, member);
    }
  }
  for (const workshop of input.workshops) {
    const creator = byId.get(workshop.row.createdById ?? '') ?? admin;
    if (workshop.row.publishedAt) {
      log(
        'workshop.published',
        'Workshop',
        workshop.row.id,
        workshop.row.publishedAt as Date,
        { slug: workshop.row.slug },
        creator,
      );
    }
    if (workshop.row.cancelledAt) {
      log('workshop.cancelled', 'Workshop', workshop.row.id, workshop.row.cancelledAt as Date, {
        slug: workshop.row.slug,
        reason: workshop.cancellationReason,
      });
    }
  }
  const unpublished = input.pages.unpublished;
  if (unpublished) {
    log('page.unpublished', 'VisibilityPage', unpublished.page.id, unpublished.page.unpublishedAt as Date, {
      slug: unpublished.page.slug,
      reason: unpublished.reason,
    });
  }
  return rows.sort(
    (a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime() || a.id.localeCompare(b.id),
  );
}
