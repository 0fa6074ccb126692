// In-app notifications: the viewer's list (newest first, with the unread count), marking them read,
// and the live `notificationAdded` subscription (Server-Sent Events on /graphql). Notifications are
// personal: only their member reads them, admins included.
import { z } from 'zod';
import { viewerId, type Context } from '../../context.ts';
import { requestError, ValidationError } from '../../errors.ts';
import type { NotificationEvent } from '../../events/bus.ts';
import { guardedStream } from '../../events/live-streams.ts';
import { eventIds, lastEventIdOf } from '../../events/sse.ts';
import type { PrismaClient } from '@ekoacteurs/db';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { Repeater } from 'graphql-yoga';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';

export const NotificationType = builder.prismaNode('Notification', {
  description:
    'Something that happened for a member (e.g. a recommendation received, a team joined). Visible to that member only.',
  id: { field: 'id' },
  authScopes: (notification) => ({ self: notification.memberId }),
  select: { id: true, memberId: true },
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description:
        'What happened, as a dotted name the apps translate, e.g. "recommendation.received", "opportunity.team_joined", "opportunity.interest_expressed", "contribution.corrected".',
    }),
    data: t.field({
      type: 'JSON',
      description: 'What the apps need to show it (names, titles, global IDs to link to): a JSON object.',
      select: { data: true },
      resolve: (notification) => notification.data,
    }),
    read: t.boolean({
      description: 'Whether the member has read it.',
      select: { readAt: true },
      resolve: (notification) => notification.readAt !== null,
    }),
    readAt: t.expose('readAt', { ...NULLABLE_DATE_TIME, description: 'When it was marked read; null while unread.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});

builder.prismaObjectField(MemberType, 'notifications', (t) =>
  t.relatedConnection(
    'notifications',
    {
      cursor: 'id',
      nullable: true,
      description:
        'Private: your notifications, newest first. Null unless you are this member (not even admins read them).',
      authScopes: (member) => ({ self: member.id }),
      unauthorizedResolver: nullUnlessScopeMissing,
      totalCount: true,
      args: { unreadOnly: t.arg.boolean({ required: false, description: 'Only unread notifications.' }) },
      query: (args) => ({ where: args.unreadOnly ? { readAt: null } : {}, orderBy: { id: 'desc' } }),
    },
    {
      description: 'A page of notifications, with the number still unread.',
      fields: (c) => ({
        unreadCount: c.int({
          description: 'How many of the member’s notifications are unread (all of them, not only this page).',
          resolve: (connection, _args, ctx) =>
            ctx.prisma.notification.count({
              where: { memberId: (connection.parent as { id: string }).id, readAt: null },
            }),
        }),
      }),
    },
    { description: 'A notification in a page.' },
  ),
);

const MarkedPayload = builder
  .objectRef<{ markedCount: number; unreadCount: number }>('MarkNotificationsReadSuccess')
  .implement({
    description: 'How many notifications were marked read, and how many remain unread.',
    fields: (t) => ({
      markedCount: t.exposeInt('markedCount', { description: 'Notifications that were unread and are now read.' }),
      unreadCount: t.exposeInt('unreadCount', { description: 'Your notifications still unread.' }),
    }),
  });

const idsSchema = z
  .array(z.object({ id: z.string() }))
  .min(1, { error: 'List at least one notification.' })
  .max(100, { error: 'Mark at most 100 at once.' });

async function markRead(ctx: Context, ids: string[] | null) {
  const memberId = viewerId(ctx);
  if (!memberId) throw requestError('UNAUTHENTICATED', 'Sign in first.');
  const { count } = await ctx.prisma.notification.updateMany({
    where: { memberId, readAt: null, ...(ids ? { id: { in: ids.filter(isUuid) } } : {}) },
    data: { readAt: new Date() },
  });
  const unreadCount = await ctx.prisma.notification.count({ where: { memberId, readAt: null } });
  return { markedCount: count, unreadCount };
}

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: MarkedPayload,
    description: 'Marks some of your notifications read (ids that are not yours, or already read, are left alone).',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError),
    args: {
      ids: t.arg.globalIDList({
        required: true,
        for: [NotificationType],
        description: 'The notifications (1 to 100).',
      }),
    },
    resolve: (_root, args, ctx) =>
      markRead(
        ctx,
        parseInput(idsSchema, args.ids, ['ids']).map((ref) => ref.id),
      ),
  }),
  markAllNotificationsRead: t.field({
    type: MarkedPayload,
    description: 'Marks all your notifications read.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(),
    resolve: (_root, _args, ctx) => markRead(ctx, null),
  }),
}));

builder.subscriptionType({
  description: 'Live events, over Server-Sent Events: POST or GET /graphql with "Accept: text/event-stream".',
});

builder.subscriptionField('notificationAdded', (t) =>
  t.field({
    type: NotificationType,
    description:
      'Your new notifications as they happen (active members; tokens need read:network). Across gateway replicas when Redis is configured. The stream ends (SSE "complete") within a second of its session or token ending (sign-out, revocation, expiry) or the member being suspended.',
    authScopes: { member: true },
    subscribe: (_root, _args, ctx) => {
      // The scopes above are checked as each event resolves; refusing here too spares an
      // anonymous or inactive caller a stream that could never deliver anything.
      if (ctx.caller.kind === 'anonymous')
        throw requestError('UNAUTHENTICATED', 'Sign in (or send an API token) to follow your notifications.');
      if (ctx.caller.status !== 'ACTIVE') throw requestError('FORBIDDEN', 'Your membership is not active.');
      // The stream ends as soon as the session or token ends or the member is suspended.
      const live = ctx.events.subscribe('notification', ctx.caller.memberId);
      const after = missedAfter(lastEventIdOf(ctx));
      const source = after ? replayThenLive(ctx.prisma, ctx.caller.memberId, after, live) : live;
      return guardedStream({
        prisma: ctx.prisma,
        events: ctx.events,
        streams: ctx.streams,
        caller: ctx.caller,
        source,
      });
    },
    resolve: (event: NotificationEvent, _args, ctx) => {
      // The SSE event's `id:` line (events/sse.ts): what the client sends back as Last-Event-ID.
      eventIds.set(ctx, encodeGlobalID('Notification', event.id));
      return toNotification(event);
    },
  }),
);

const toNotification = (event: NotificationEvent) => ({
  id: event.id,
  memberId: event.memberId,
  kind: event.kind,
  data: event.data as object,
  readAt: null,
  createdAt: new Date(event.createdAt),
});

/** How many missed notifications a reconnecting stream replays at most (older ones: viewer.notifications). */
export const REPLAY_LIMIT = 100;

/** The notification's uuid a `Last-Event-ID` names (a Notification global ID), or null. */
function missedAfter(lastEventId: string | null): string | null {
  if (!lastEventId) return null;
  try {
    const { typename, id } = decodeGlobalID(lastEventId);
    return typename === 'Notification' && isUuid(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * The member's notifications after `afterId` (ids are time-ordered uuid v7), at most REPLAY_LIMIT,
 * then the live ones. Listening starts before the missed ones are read, so nothing falls between
 * the two; an event both read and heard is sent once.
 */
function replayThenLive(
  prisma: PrismaClient,
  memberId: string,
  afterId: string,
  live: AsyncIterableIterator<NotificationEvent>,
): Repeater<NotificationEvent> {
  return new Repeater<NotificationEvent>(async (push, stop) => {
    const sent = new Set<string>();
    const heard: NotificationEvent[] = [];
    let replaying = true;
    void stop.then(() => live.return?.());
    const listening = (async () => {
      for (;;) {
        const next = await live.next();
        if (next.done) break;
        if (replaying) heard.push(next.value);
        else if (!sent.has(next.value.id)) await push(next.value);
      }
      stop();
    })();
    listening.catch((error: unknown) => stop(error));
    const missed = await prisma.notification.findMany({
      where: { memberId, id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: REPLAY_LIMIT,
    });
    for (const row of missed) {
      sent.add(row.id);
      await push({
        id: row.id,
        memberId: row.memberId,
        kind: row.kind,
        data: row.data,
        createdAt: row.createdAt.toISOString(),
      });
    }
    replaying = false;
    for (const event of heard.splice(0)) if (!sent.has(event.id)) await push(event);
    await listening;
  });
}
