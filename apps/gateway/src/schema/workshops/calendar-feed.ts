// The calendar in the API: the public feed's address, and a member's private feed (whether it
// exists, and a mutation that issues its secret address, shown once).
import { recordAudit } from '../../audit.ts';
import { NotAllowedError } from '../../errors.ts';
import { ApiTokenType } from '../identity/api-tokens.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from '../network/member.ts';
import { liveFeedTokens, regenerateFeedToken } from '../../calendar/feed-token.ts';
import { privateFeedUrl, publicFeedUrl } from '../../calendar/urls.ts';

const CalendarFeedPayload = builder.objectRef<{ tokenId: string; url: string }>('RegenerateCalendarFeedPayload').implement({
  description: 'Your new private calendar address. Copy it now: it is shown only once. The previous one stopped working.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The secret .ics address to subscribe to in a calendar app. Whoever has it sees your workshops, visio links included.' }),
    token: t.prismaField({
      type: ApiTokenType,
      description: 'The token behind the address: revoke it (revokeApiToken) to stop the feed.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: payload.tokenId } }),
    }),
  }),
});

builder.queryField('workshopCalendarUrl', (t) =>
  t.string({
    description: 'Address of the public .ics feed of the published workshops to come, to subscribe to in a calendar app.',
    resolve: (_root, _args, ctx) => publicFeedUrl(ctx.config.PUBLIC_URL),
  }),
);

builder.prismaObjectFields(MemberType, (t) => ({
  calendarFeed: t.field({
    type: ApiTokenType,
    nullable: true,
    description:
      'Private: the token behind your private calendar feed (when it was made, last used), or null when you have none. Its address is shown only when issued (regenerateCalendarFeed). Null unless you are this member.',
    select: (_args, ctx, nestedSelection) => ({
      apiTokens: nestedSelection({
        where: liveFeedTokens(ctx.caller.kind === 'anonymous' ? '00000000-0000-0000-0000-000000000000' : ctx.caller.memberId),
        orderBy: { createdAt: 'desc' as const },
        take: 1,
      }),
    }),
    authScopes: (member) => ({ self: member.id }),
    unauthorizedResolver: nullUnlessScopeMissing,
    resolve: (member) => member.apiTokens[0] ?? null,
  }),
}));

builder.mutationField('regenerateCalendarFeed', (t) =>
  t.field({
    type: CalendarFeedPayload,
    description:
      'Issues the secret address of your private calendar feed (the workshops you are registered for or facilitate, with the visio link where you hold a seat). Any previous address stops working. Only from a signed-in browser.',
    authScopes: { $all: { signedIn: true, member: true } },
    errors: { types: [NotAllowedError], union: { description: 'Your new private calendar address, or why none was issued.' } },
    resolve: async (_root, _args, ctx) => {
      if (ctx.caller.kind === 'anonymous') throw new NotAllowedError('Sign in first.');
      const { token, secret } = await regenerateFeedToken(ctx.prisma, ctx.caller.memberId);
      await recordAudit(ctx.prisma, {
        actorId: ctx.caller.memberId,
        action: 'calendar_feed.regenerated',
        targetType: 'ApiToken',
        targetId: token.id,
        ip: ctx.caller.ip,
        userAgent: ctx.userAgent,
      });
      return { tokenId: token.id, url: privateFeedUrl(ctx.config.PUBLIC_URL, secret) };
    },
  }),
);
