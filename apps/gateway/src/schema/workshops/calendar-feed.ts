// The calendar in the API: the public feed's address, and a member's private feed (whether it
// exists, a mutation that issues its secret address, shown once, and one that stops it). The feed's
// secret is its own (calendar/feed-secret.ts), never an API token.
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { NotAllowedError } from '../../errors.ts';
import { regenerateFeedSecret, revokeFeedSecret } from '../../calendar/feed-secret.ts';
import { privateFeedUrl, publicFeedUrl } from '../../calendar/urls.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { errorUnion } from '../errors.ts';

export const CalendarFeedType = builder.prismaObject('CalendarFeed', {
  description:
    'Your private calendar feed: when its address was issued and last read. The address itself is shown only when issued.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'The feed’s id (changes never: regenerating keeps the feed, replaces its address).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the current address was issued.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When a calendar app last read it (to the hour); null if never.',
    }),
  }),
});

const CalendarFeedPayload = builder
  .objectRef<{ feedId: string; url: string }>('RegenerateCalendarFeedSuccess')
  .implement({
    description:
      'Your new private calendar address. Copy it now: it is shown only once. The previous one stopped working.',
    fields: (t) => ({
      url: t.exposeString('url', {
        description:
          'The secret .ics address to subscribe to in a calendar app. Whoever has it sees your workshops, visio links included; it opens nothing else (not the API).',
      }),
      feed: t.prismaField({
        type: CalendarFeedType,
        description: 'The feed behind the address: stop it with revokeCalendarFeed.',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.calendarFeed.findUniqueOrThrow({ ...query, where: { id: payload.feedId } }),
      }),
    }),
  });

const RevokeCalendarFeedSuccess = builder.objectRef<{ revoked: boolean }>('RevokeCalendarFeedSuccess').implement({
  description: 'Your private calendar address no longer works.',
  fields: (t) => ({
    revoked: t.exposeBoolean('revoked', {
      description: 'True when there was a feed to stop; false when you had none.',
    }),
  }),
});

builder.queryField('workshopCalendarUrl', (t) =>
  t.string({
    description:
      'Address of the public .ics feed of the published workshops to come, to subscribe to in a calendar app.',
    resolve: (_root, _args, ctx) => publicFeedUrl(ctx.config.PUBLIC_URL),
  }),
);

builder.prismaObjectFields(MemberType, (t) => ({
  calendarFeed: t.relation('calendarFeed', {
    nullable: true,
    description:
      'Private: your private calendar feed (when its address was issued, last read), or null when you have none. Its address is shown only when issued (regenerateCalendarFeed). Null unless you are this member.',
    authScopes: (member) => ({ self: member.id }),
    unauthorizedResolver: nullUnlessScopeMissing,
  }),
}));

function memberOf(ctx: Context): string {
  if (ctx.caller.kind === 'anonymous') throw new NotAllowedError('Sign in first.');
  return ctx.caller.memberId;
}

builder.mutationFields((t) => ({
  regenerateCalendarFeed: t.field({
    type: CalendarFeedPayload,
    description:
      'Issues the secret address of your private calendar feed (the workshops you are registered for or facilitate, with the visio link where you hold a seat). Any previous address stops working. Only from a signed-in browser.',
    authScopes: { $all: { signedIn: true, member: true } },
    errors: errorUnion('Your new private calendar address, or why none was issued.', NotAllowedError),
    resolve: async (_root, _args, ctx) => {
      const memberId = memberOf(ctx);
      const { feed, secret } = await regenerateFeedSecret(ctx.prisma, memberId);
      await recordAudit(ctx.prisma, {
        actorId: memberId,
        action: 'calendar_feed.regenerated',
        targetType: 'CalendarFeed',
        targetId: feed.id,
        ip: ctx.caller.ip,
        userAgent: ctx.userAgent,
      });
      return { feedId: feed.id, url: privateFeedUrl(ctx.config.PUBLIC_URL, secret) };
    },
  }),
  revokeCalendarFeed: t.field({
    type: RevokeCalendarFeedSuccess,
    description:
      'Stops your private calendar feed: its address answers 404 from now on. Issue a new one with regenerateCalendarFeed. Only from a signed-in browser.',
    authScopes: { $all: { signedIn: true, member: true } },
    errors: errorUnion('Whether a feed was stopped, or why nothing was done.', NotAllowedError),
    resolve: async (_root, _args, ctx) => {
      const memberId = memberOf(ctx);
      const revoked = await revokeFeedSecret(ctx.prisma, memberId);
      if (revoked)
        await recordAudit(ctx.prisma, {
          actorId: memberId,
          action: 'calendar_feed.revoked',
          targetType: 'Member',
          targetId: memberId,
          ip: ctx.caller.ip,
          userAgent: ctx.userAgent,
        });
      return { revoked };
    },
  }),
}));
