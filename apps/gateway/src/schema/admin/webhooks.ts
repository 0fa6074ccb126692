// Webhooks for integrators (admins, in the console): register a URL and the events it wants, get
// the signing secret once, follow the deliveries, replay a failed one. Sending is src/webhooks/.
import { auditActor } from '../caller.ts';
import { DeliveryStatus } from '@ekoacteurs/db/enums';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { WEBHOOK_EVENT_NAMES, WEBHOOK_EVENTS, type WebhookEventName } from '../../webhooks/events.ts';
import { lastDeliveries } from '../../webhooks/last-deliveries.ts';
import { newWebhookSecret } from '../../webhooks/sign.ts';
import { checkWebhookTarget, urlProblem } from '../../webhooks/target.ts';
import { builder } from '../builder.ts';
import { plainText } from '../pages/page-sections.ts';

import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { describedEnum } from '../described-enum.ts';
import { errorUnion } from '../errors.ts';

export const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description:
    'An event a webhook can subscribe to. The delivery body is {"id", "event", "createdAt", "data"}; `event` is the dotted name.',
  values: {
    MEMBER_ADMITTED: {
      value: 'member.admitted',
      description: `member.admitted — ${WEBHOOK_EVENTS['member.admitted']}`,
    },
    WORKSHOP_PUBLISHED: {
      value: 'workshop.published',
      description: `workshop.published — ${WEBHOOK_EVENTS['workshop.published']}`,
    },
    WORKSHOP_CANCELLED: {
      value: 'workshop.cancelled',
      description: `workshop.cancelled — ${WEBHOOK_EVENTS['workshop.cancelled']}`,
    },
    REGISTRATION_CONFIRMED: {
      value: 'registration.confirmed',
      description: `registration.confirmed — ${WEBHOOK_EVENTS['registration.confirmed']}`,
    },
    PAGE_PUBLISHED: { value: 'page.published', description: `page.published — ${WEBHOOK_EVENTS['page.published']}` },
    RECOMMENDATION_CREATED: {
      value: 'recommendation.created',
      description: `recommendation.created — ${WEBHOOK_EVENTS['recommendation.created']}`,
    },
    MEMBER_LEFT: { value: 'member.left', description: `member.left — ${WEBHOOK_EVENTS['member.left']}` },
    MEMBER_SUSPENDED: {
      value: 'member.suspended',
      description: `member.suspended — ${WEBHOOK_EVENTS['member.suspended']}`,
    },
    REGISTRATION_CANCELLED: {
      value: 'registration.cancelled',
      description: `registration.cancelled — ${WEBHOOK_EVENTS['registration.cancelled']}`,
    },
    INTRODUCTION_ACCEPTED: {
      value: 'introduction.accepted',
      description: `introduction.accepted — ${WEBHOOK_EVENTS['introduction.accepted']}`,
    },
    OPPORTUNITY_PUBLISHED: {
      value: 'opportunity.published',
      description: `opportunity.published — ${WEBHOOK_EVENTS['opportunity.published']}`,
    },
    PING: { value: 'ping', description: `ping — ${WEBHOOK_EVENTS.ping}` },
  } as const,
});

const DeliveryStatusEnum = describedEnum('WebhookDeliveryStatus', 'Where a delivery stands.', {
  PENDING: 'Waiting for its next attempt (retried with a growing delay).',
  DELIVERED: 'The receiver answered with a 2xx status.',
  FAILED: 'Given up on after the last attempt; an admin can replay it.',
});

const asEvent = (value: string) => value as WebhookEventName;

export const WebhookDeliveryType = builder.prismaNode('WebhookDelivery', {
  description: 'One event sent (or to send) to one webhook, with its attempts. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  select: { id: true },
  fields: (t) => ({
    event: t.field({
      type: WebhookEventEnum,
      description: 'The event.',
      select: { event: true },
      resolve: (delivery) => asEvent(delivery.event),
    }),
    status: t.expose('status', { type: DeliveryStatusEnum, description: 'Where it stands.' }),
    attempts: t.exposeInt('attempts', { description: 'HTTP attempts made so far.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it will be tried next; null unless PENDING.',
      select: { status: true, nextAttemptAt: true },
      resolve: (delivery) => (delivery.status === 'PENDING' ? delivery.nextAttemptAt : null),
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', {
      nullable: true,
      description:
        'HTTP status of the last answer; null when there was none (network error, timeout) or no attempt yet.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed; null after a success or before any attempt.',
    }),
    deliveredAt: t.expose('deliveredAt', { ...NULLABLE_DATE_TIME, description: 'When the receiver accepted it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event happened.' }),
    payload: t.field({
      type: 'JSON',
      description: 'The event’s `data`, a JSON object.',
      select: { payload: true },
      resolve: (delivery) => delivery.payload,
    }),
    webhook: t.relation('webhook', { description: 'The webhook it is for.' }),
  }),
});

export const WebhookType = builder.prismaNode('Webhook', {
  description:
    'An integrator’s endpoint that receives signed POST requests for the events it subscribed to. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  select: { id: true },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where deliveries are POSTed.' }),
    description: t.exposeString('description', { description: 'What it is for, e.g. "Agenda du réseau Bretagne".' }),
    events: t.field({
      type: [WebhookEventEnum],
      description: 'The events it receives.',
      select: { events: true },
      resolve: (webhook) => webhook.events.map(asEvent),
    }),
    active: t.exposeBoolean('active', { description: 'False: no new deliveries are queued, and queued ones wait.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    createdBy: t.relation('createdBy', {
      nullable: true,
      description: 'The admin who registered it; null if they were deleted.',
    }),
    failedDeliveryCount: t.relationCount('deliveries', {
      where: { status: 'FAILED' },
      description: 'Deliveries given up on (to replay or to look into).',
    }),
    lastDeliveries: t.prismaField({
      type: [WebhookDeliveryType],
      description:
        'Its most recent deliveries, newest first (for lists; page through `webhookDeliveries` for the whole log).',
      args: { count: t.arg.int({ required: false, defaultValue: 5, description: 'How many, 1 to 20 (default 5).' }) },
      resolve: (query, webhook, args, ctx) =>
        lastDeliveries(ctx, webhook.id, Math.min(20, Math.max(1, args.count ?? 5)), query),
    }),
  }),
});

builder.queryField('webhookDeliveries', (t) =>
  t.prismaConnection(
    {
      type: WebhookDeliveryType,
      cursor: 'id',
      description: 'The delivery log, newest first, optionally of one webhook and in one status (admins).',
      nullable: true,
      authScopes: { admin: true },
      args: {
        webhookId: t.arg.globalID({
          required: false,
          for: [WebhookType],
          description: 'Only the deliveries of this webhook.',
        }),
        status: t.arg({
          type: DeliveryStatusEnum,
          required: false,
          description: 'Only deliveries in this status (e.g. FAILED).',
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.webhookDelivery.count({ where: deliveryWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.webhookDelivery.findMany({ ...query, where: deliveryWhere(args), orderBy: { id: 'desc' } }),
    },
    { name: 'QueryWebhookDeliveriesConnection', description: 'A page of the webhook delivery log.' },
    { name: 'QueryWebhookDeliveriesEdge', description: 'A delivery in the log.' },
  ),
);

function deliveryWhere(args: { webhookId?: { id: string } | null; status?: DeliveryStatus | null }) {
  return {
    ...(args.webhookId
      ? { webhookId: isUuid(args.webhookId.id) ? args.webhookId.id : '00000000-0000-0000-0000-000000000000' }
      : {}),
    ...(args.status ? { status: args.status } : {}),
  };
}

builder.queryField('webhooks', (t) =>
  t.prismaConnection(
    {
      type: WebhookType,
      cursor: 'id',
      description: 'Every webhook, newest first (admins).',
      nullable: true,
      authScopes: { admin: true },
      totalCount: (_parent, _args, ctx) => ctx.prisma.webhook.count(),
      resolve: (query, _root, _args, ctx) => ctx.prisma.webhook.findMany({ ...query, orderBy: { id: 'desc' } }),
    },
    { name: 'QueryWebhooksConnection', description: 'A page of webhooks.' },
    { name: 'QueryWebhooksEdge', description: 'A webhook in a list.' },
  ),
);

// ───────────────────────── writing ─────────────────────────

/** https; plain http only to this machine where WEBHOOK_ALLOW_LOOPBACK allows it (development, tests). */
function webhookUrl(config: Pick<Config, 'WEBHOOK_ALLOW_LOOPBACK'>) {
  return z
    .string()
    .trim()
    .max(2000, { error: 'This URL is too long.' })
    .superRefine((value, context) => {
      const problem = urlProblem(value, config.WEBHOOK_ALLOW_LOOPBACK);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

/** Resolves the URL's name: every address must be public (loopback only where allowed). */
async function ensurePublicTarget(ctx: Context, url: string) {
  const check = await checkWebhookTarget(url, { allowLoopback: ctx.config.WEBHOOK_ALLOW_LOOPBACK });
  if (!check.ok) throw new ValidationError([{ path: ['input', 'url'], message: check.reason }]);
}

const events = z
  .array(z.enum(WEBHOOK_EVENT_NAMES as [WebhookEventName, ...WebhookEventName[]]))
  .min(1, { error: 'Choose at least one event.' })
  .transform((list) => [...new Set(list)]);

const WebhookInput = builder.inputType('CreateWebhookInput', {
  description: 'A new webhook.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        'Where to POST deliveries: https:// to a public server. The name must resolve only to public addresses (not loopback, private, link-local, CGNAT, multicast or reserved ranges), checked now and at each delivery.',
    }),
    events: t.field({ type: [WebhookEventEnum], required: true, description: 'The events to receive (at least one).' }),
    description: t.string({ required: false, description: 'What it is for (up to 200 characters).' }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  description: 'Changes to a webhook; omitted fields stay as they are.',
  fields: (t) => ({
    url: t.string({ required: false, description: 'A new URL (same rules as at creation).' }),
    events: t.field({
      type: [WebhookEventEnum],
      required: false,
      description: 'The new list of events (at least one).',
    }),
    description: t.string({ required: false, description: 'A new description (up to 200 characters).' }),
    active: t.boolean({
      required: false,
      description: 'False pauses it: nothing new is queued, queued deliveries wait until it is active again.',
    }),
  }),
});

const WebhookSecretSuccess = builder
  .objectRef<{ webhookId: string; secret: string }>('WebhookSecretSuccess')
  .implement({
    description: 'The webhook and its signing secret. Copy the secret now: it is shown only once.',
    fields: (t) => ({
      secret: t.exposeString('secret', {
        description: 'Verify each delivery’s X-Eko-Signature with it (HMAC-SHA256 over "<t>.<body>"). Shown only once.',
      }),
      webhook: t.prismaField({
        type: WebhookType,
        description: 'The webhook.',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.webhook.findUniqueOrThrow({ ...query, where: { id: payload.webhookId } }),
      }),
    }),
  });

const WebhookSuccess = builder.objectRef<{ webhookId: string }>('WebhookSuccess').implement({
  description: 'The webhook after the change.',
  fields: (t) => ({
    webhook: t.prismaField({
      type: WebhookType,
      description: 'The webhook.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.webhook.findUniqueOrThrow({ ...query, where: { id: payload.webhookId } }),
    }),
  }),
});

const DeletedWebhookPayload = builder.objectRef<{ webhookId: string }>('DeleteWebhookSuccess').implement({
  description: 'The webhook and its deliveries are deleted; nothing more is sent to it.',
  fields: (t) => ({ deletedId: t.exposeID('webhookId', { description: 'The database id of the deleted webhook.' }) }),
});

const DeliveryPayload = builder.objectRef<{ deliveryId: string }>('WebhookDeliverySuccess').implement({
  description: 'The delivery after the change.',
  fields: (t) => ({
    delivery: t.prismaField({
      type: WebhookDeliveryType,
      description: 'The delivery.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...query, where: { id: payload.deliveryId } }),
    }),
  }),
});

async function findWebhook(ctx: Context, globalId: { id: string }) {
  const webhook = isUuid(globalId.id)
    ? await ctx.prisma.webhook.findUnique({ where: { id: globalId.id }, select: { id: true, url: true, active: true } })
    : null;
  if (!webhook) throw new NotFoundError('No webhook has this id.');
  return webhook;
}

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: WebhookSecretSuccess,
    description: 'Registers a webhook (admins). Its signing secret is returned once.',
    authScopes: { admin: true },
    errors: errorUnion('The new webhook and its secret, or why it was refused.', ValidationError),
    args: { input: t.arg({ type: WebhookInput, required: true, description: 'The webhook.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          url: webhookUrl(ctx.config),
          events,
          description: z
            .string()
            .nullish()
            .transform((v) => v ?? '')
            .pipe(plainText(0, 200, 'description')),
        }),
        args.input,
      );
      await ensurePublicTarget(ctx, input.url);
      const secret = newWebhookSecret();
      const webhook = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.webhook.create({
          data: {
            url: input.url,
            events: input.events,
            description: input.description,
            secret,
            createdById: auditActor(ctx).actorId,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'webhook.created',
          targetType: 'Webhook',
          targetId: created.id,
          data: { url: input.url, events: input.events },
        });
        return created;
      });
      return { webhookId: webhook.id, secret };
    },
  }),

  updateWebhook: t.field({
    type: WebhookSuccess,
    description: 'Changes a webhook’s URL, events, description, or pauses / resumes it (admins).',
    authScopes: { admin: true },
    errors: errorUnion('The changed webhook, or why nothing changed.', ValidationError, NotFoundError),
    args: {
      id: t.arg.globalID({ required: true, for: [WebhookType], description: 'The webhook.' }),
      input: t.arg({ type: UpdateWebhookInput, required: true, description: 'What changes.' }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          url: webhookUrl(ctx.config).nullish(),
          events: events.nullish(),
          description: z
            .string()
            .pipe(plainText(0, 200, 'description'))
            .nullish(),
          active: z.boolean().nullish(),
        }),
        args.input,
      );
      const webhook = await findWebhook(ctx, args.id);
      if (input.url) await ensurePublicTarget(ctx, input.url);
      const data = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
      );
      await ctx.prisma.$transaction(async (tx) => {
        await tx.webhook.update({ where: { id: webhook.id }, data });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'webhook.updated',
          targetType: 'Webhook',
          targetId: webhook.id,
          data,
        });
      });
      return { webhookId: webhook.id };
    },
  }),

  rotateWebhookSecret: t.field({
    type: WebhookSecretSuccess,
    description:
      'Replaces a webhook’s signing secret (admins); the new one is returned once and signs every delivery from now on.',
    authScopes: { admin: true },
    errors: errorUnion('The webhook and its new secret, or why not.', NotFoundError),
    args: { id: t.arg.globalID({ required: true, for: [WebhookType], description: 'The webhook.' }) },
    resolve: async (_root, args, ctx) => {
      const webhook = await findWebhook(ctx, args.id);
      const secret = newWebhookSecret();
      await ctx.prisma.$transaction(async (tx) => {
        await tx.webhook.update({ where: { id: webhook.id }, data: { secret } });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'webhook.secret_rotated',
          targetType: 'Webhook',
          targetId: webhook.id,
        });
      });
      return { webhookId: webhook.id, secret };
    },
  }),

  deleteWebhook: t.field({
    type: DeletedWebhookPayload,
    description: 'Deletes a webhook and its delivery log (admins). Queued deliveries are dropped.',
    authScopes: { admin: true },
    errors: errorUnion('The deleted webhook’s id, or why not.', NotFoundError),
    args: { id: t.arg.globalID({ required: true, for: [WebhookType], description: 'The webhook.' }) },
    resolve: async (_root, args, ctx) => {
      const webhook = await findWebhook(ctx, args.id);
      await ctx.prisma.$transaction(async (tx) => {
        await tx.webhook.deleteMany({ where: { id: webhook.id } });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'webhook.deleted',
          targetType: 'Webhook',
          targetId: webhook.id,
          data: { url: webhook.url },
        });
      });
      return { webhookId: webhook.id };
    },
  }),

  pingWebhook: t.field({
    type: DeliveryPayload,
    description:
      'Sends a `ping` delivery to one webhook (admins), whatever its events, signed like any other: to test an endpoint. Follow it in `webhookDeliveries`. A paused webhook sends nothing: resume it first.',
    authScopes: { admin: true },
    errors: errorUnion('The ping delivery, queued, or why not.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [WebhookType], description: 'The webhook.' }) },
    resolve: async (_root, args, ctx) => {
      const webhook = await findWebhook(ctx, args.id);
      if (!webhook.active)
        throw new ConflictError('This webhook is paused: resume it (updateWebhook with active: true) to test it.');
      const delivery = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.webhookDelivery.create({
          data: {
            webhookId: webhook.id,
            event: 'ping',
            payload: {
              webhookId: encodeGlobalID('Webhook', webhook.id),
              message: 'Ping from ÉkôActeurs: your endpoint receives our deliveries.',
            },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'webhook.pinged',
          targetType: 'Webhook',
          targetId: webhook.id,
        });
        return created;
      });
      return { deliveryId: delivery.id };
    },
  }),

  replayWebhookDelivery: t.field({
    type: DeliveryPayload,
    description:
      'Sends a FAILED (or DELIVERED) delivery again, with the same id and body, and a fresh set of attempts (admins).',
    authScopes: { admin: true },
    errors: errorUnion('The delivery, queued again, or why not.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [WebhookDeliveryType], description: 'The delivery.' }) },
    resolve: async (_root, args, ctx) => {
      const id = isUuid(args.id.id) ? args.id.id : null;
      const delivery = id
        ? await ctx.prisma.webhookDelivery.findUnique({ where: { id }, select: { id: true, status: true } })
        : null;
      if (!delivery) throw new NotFoundError('No delivery has this id.');
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        // Conditional: a delivery still PENDING is the poller's, never reset under its feet.
        const updated = await tx.webhookDelivery.updateMany({
          where: { id: delivery.id, status: { not: 'PENDING' } },
          data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), deliveredAt: null },
        });
        if (updated.count === 1)
          await recordAudit(tx, {
            ...auditActor(ctx),
            action: 'webhook.delivery_replayed',
            targetType: 'WebhookDelivery',
            targetId: delivery.id,
            data: { was: delivery.status },
          });
        return updated;
      });
      if (count !== 1) throw new ConflictError('This delivery is still pending: it will be attempted again by itself.');
      return { deliveryId: delivery.id };
    },
  }),
}));
