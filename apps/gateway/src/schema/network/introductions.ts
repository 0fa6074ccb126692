// Introduction requests (mises en relation): a member asks to be put in touch with another, with a
// message; the other accepts or declines, with an optional word. Contact details are revealed to
// both only once accepted. Private to the two members.
//
// Workflow: PENDING → ACCEPTED | DECLINED (by the recipient) | WITHDRAWN (by the requester); final.
// One open request per pair at a time (pending or accepted, in either direction); after a decline,
// the requester may ask again only after DECLINE_COOLDOWN_DAYS.
import type { Prisma } from '@ekoacteurs/db';
import { IntroductionStatus } from '@ekoacteurs/db/enums';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { recordAudit } from '../../audit.ts';
import { enqueueIntroductionAccepted } from '../../webhooks/payloads.ts';
import { viewerId, type Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError, requestError } from '../../errors.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberContactType, MemberType } from './member.ts';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { paragraph } from './profile-input.ts';
import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';

export const DECLINE_COOLDOWN_DAYS = 30;
const DAY = 24 * 3600 * 1000;

export const IntroductionStatusEnum = builder.enumType(IntroductionStatus, {
  name: 'IntroductionStatus',
  description: 'Where an introduction request (mise en relation) stands. Only PENDING changes; the others are final.',
  values: {
    PENDING: { description: 'En attente: the recipient has not answered yet.' },
    ACCEPTED: { description: 'Acceptée: both now see each other’s contact details.' },
    DECLINED: { description: 'Déclinée: the recipient said no.' },
    WITHDRAWN: { description: 'Retirée: the requester took it back before an answer.' },
  },
});

const CONTACT = { select: { email: true, websiteUrl: true, linkedinUrl: true } } as const;
/** Either of the two members, acting as themself. */
const party = (intro: { requesterId: string; recipientId: string }) => ({
  self: intro.requesterId,
  $any: { self: intro.recipientId },
});

export const IntroductionRequestType = builder.prismaNode('IntroductionRequest', {
  description:
    'A request to be put in touch (mise en relation) from one member to another. Visible to the two members only.',
  id: { field: 'id' },
  authScopes: party,
  select: { id: true, requesterId: true, recipientId: true },
  fields: (t) => ({
    requester: t.relation('requester', { description: 'Who asks to be put in touch.' }),
    recipient: t.relation('recipient', { description: 'Who is asked.' }),
    message: t.exposeString('message', { description: 'What the requester wrote: who they are and why they ask.' }),
    status: t.expose('status', { type: IntroductionStatusEnum, description: 'Where it stands.' }),
    responseMessage: t.exposeString('responseMessage', {
      description: 'What the recipient wrote when answering; may be empty.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was asked.' }),
    respondedAt: t.expose('respondedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was accepted, declined or withdrawn; null while pending.',
    }),
    contact: t.field({
      type: MemberContactType,
      nullable: true,
      description:
        'The other member’s contact details (the recipient’s for the requester, and the other way round). Null until the request is accepted.',
      select: { status: true, requester: CONTACT, recipient: CONTACT },
      authScopes: (intro) => intro.status === 'ACCEPTED' && party(intro),
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (intro, _args, ctx) => (viewerId(ctx) === intro.requesterId ? intro.recipient : intro.requester),
    }),
  }),
});

const privateList = {
  cursor: 'id',
  nullable: true,
  totalCount: true,
  authScopes: (member: { id: string }) => ({ self: member.id }),
  unauthorizedResolver: nullUnlessScopeMissing,
} as const;

builder.prismaObjectFields(MemberType, (t) => ({
  introductionRequestsSent: t.relatedConnection('introductionsRequested', {
    ...privateList,
    description: 'Private: the introduction requests this member made, newest first. Null unless you are this member.',
    args: {
      status: t.arg({ type: IntroductionStatusEnum, required: false, description: 'Only requests in this state.' }),
    },
    query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { id: 'desc' } }),
  }),
  introductionRequestsReceived: t.relatedConnection('introductionsReceived', {
    ...privateList,
    description:
      'Private: the introduction requests this member received, newest first. Null unless you are this member.',
    args: {
      status: t.arg({
        type: IntroductionStatusEnum,
        required: false,
        description: 'Only requests in this state, e.g. PENDING for those awaiting your answer.',
      }),
    },
    query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { id: 'desc' } }),
  }),
}));

const IntroductionSuccess = builder.objectRef<{ introductionId: string }>('IntroductionSuccess').implement({
  description: 'The introduction request after the change.',
  fields: (t) => ({
    introduction: t.prismaField({
      type: IntroductionRequestType,
      description: 'The request, as it is now.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.introductionRequest.findUniqueOrThrow({ ...query, where: { id: payload.introductionId } }),
    }),
  }),
});

function me(ctx: Context): string {
  if (ctx.caller.kind === 'anonymous') throw requestError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.caller.memberId;
}

const loaded = new WeakMap<
  Context,
  Map<string, Promise<{ id: string; requesterId: string; recipientId: string } | null>>
>();

/** The request an id names, loaded once per request: its authorization and its resolver share it. */
function introductionOf(ctx: Context, id: string) {
  let cache = loaded.get(ctx);
  if (!cache) loaded.set(ctx, (cache = new Map()));
  let found = cache.get(id);
  if (!found) {
    found = isUuid(id)
      ? ctx.prisma.introductionRequest.findUnique({
          where: { id },
          select: { id: true, requesterId: true, recipientId: true },
        })
      : Promise.resolve(null);
    cache.set(id, found);
  }
  return found;
}

/** Only `who` of the request may act; an unknown id gets through to a NotFoundError. */
function actingAs(who: 'requesterId' | 'recipientId') {
  return async (_root: unknown, args: { id: { id: string } }, ctx: Context) => {
    const intro = await introductionOf(ctx, args.id.id);
    return intro
      ? { $all: { memberCan: 'write:profile' as const, self: intro[who] } }
      : { memberCan: 'write:profile' as const };
  };
}

const { introductionMessage, answerMessage: answerRule } = NETWORK_RULES;
const requestMessage = paragraph(introductionMessage).min(introductionMessage.min, {
  error: `Say who you are and why you ask, in at least ${introductionMessage.min} characters.`,
});
const answerMessage = paragraph(answerRule).nullish();
const actor = (ctx: Context) => ({ actorId: me(ctx), ip: ctx.caller.ip, userAgent: ctx.userAgent });

interface Answer {
  status: 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
  /** Who is notified of the answer: the requester, or nobody (they withdrew it themself). */
  notifies: 'requester' | null;
}

/** Moves a pending request to its answer; a request answered meanwhile is a ConflictError. */
async function answer(
  ctx: Context,
  globalId: { id: string },
  rawMessage: string | null | undefined,
  { status, notifies }: Answer,
) {
  const intro = await introductionOf(ctx, globalId.id);
  if (!intro) throw new NotFoundError('No introduction request has this id.');
  const responseMessage = parseInput(answerMessage, rawMessage, ['message']) ?? '';
  const events = await ctx.prisma.$transaction(async (tx) => {
    const respondedAt = new Date();
    const { count } = await tx.introductionRequest.updateMany({
      where: { id: intro.id, status: 'PENDING' },
      data: { status, respondedAt, ...(status === 'WITHDRAWN' ? {} : { responseMessage }) },
    });
    if (count !== 1) {
      const current = await tx.introductionRequest.findUniqueOrThrow({
        where: { id: intro.id },
        select: { status: true },
      });
      throw new ConflictError(`This request is already ${current.status.toLowerCase()}: it can no longer change.`);
    }
    await recordAudit(tx, {
      ...actor(ctx),
      action: `introduction.${status.toLowerCase()}`,
      targetType: 'IntroductionRequest',
      targetId: intro.id,
    });
    if (status === 'ACCEPTED') await enqueueIntroductionAccepted(tx, intro, respondedAt);
    if (!notifies) return [];
    const by = await tx.member.findUniqueOrThrow({
      where: { id: intro.recipientId },
      select: { handle: true, displayName: true },
    });
    return [
      await notify(tx, {
        memberId: intro.requesterId,
        kind: `introduction.${status.toLowerCase()}`,
        data: { introductionId: encodeGlobalID('IntroductionRequest', intro.id), member: by, message: responseMessage },
      }),
    ];
  });
  publish(ctx, events);
  return { introductionId: intro.id };
}

builder.mutationFields((t) => ({
  requestIntroduction: t.field({
    type: IntroductionSuccess,
    description:
      'Asks to be put in touch with an active member (mise en relation), with a message. They are notified and accept or decline; ' +
      'contact details are revealed to both only on acceptance. One open request per pair; after a decline, wait ' +
      `${DECLINE_COOLDOWN_DAYS} days before asking again.`,
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'Who you would like to meet.' }),
      message: t.arg.string({ required: true, description: 'Who you are and why you ask (20–2000 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const requesterId = me(ctx);
      const message = parseInput(requestMessage, args.message, ['message']);
      const recipientId = args.memberId.id;
      if (!isUuid(recipientId)) throw new NotFoundError('No active member has this id.');
      if (recipientId === requesterId) throw new ConflictError('You cannot ask to be put in touch with yourself.');
      const { id, events } = await ctx.prisma.$transaction(async (tx) => {
        // Both rows, in id order: two requests between the same pair (either way) wait for each other.
        const people = await tx.$queryRaw<{ id: string; status: string; handle: string; displayName: string }[]>`
          SELECT "id"::text, "status"::text, "handle", "displayName" FROM "Member"
          WHERE "id" IN (${requesterId}::uuid, ${recipientId}::uuid) ORDER BY "id" FOR NO KEY UPDATE`;
        const recipient = people.find((person) => person.id === recipientId);
        const requester = people.find((person) => person.id === requesterId)!;
        if (recipient?.status !== 'ACTIVE') throw new NotFoundError('No active member has this id.');
        await refuseIfAlreadyInTouch(tx, requesterId, recipient);
        const intro = await tx.introductionRequest.create({
          data: { requesterId, recipientId, message },
          select: { id: true },
        });
        await recordAudit(tx, {
          ...actor(ctx),
          action: 'introduction.requested',
          targetType: 'IntroductionRequest',
          targetId: intro.id,
        });
        const event = await notify(tx, {
          memberId: recipientId,
          kind: 'introduction.requested',
          data: {
            introductionId: encodeGlobalID('IntroductionRequest', intro.id),
            member: { handle: requester.handle, displayName: requester.displayName },
          },
        });
        return { id: intro.id, events: [event] };
      });
      publish(ctx, events);
      return { introductionId: id };
    },
  }),

  acceptIntroduction: t.field({
    type: IntroductionSuccess,
    description:
      'Accepts an introduction request you received: you both see each other’s contact details from now on. The requester is notified.',
    authScopes: actingAs('recipientId'),
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: {
      id: t.arg.globalID({ required: true, for: [IntroductionRequestType], description: 'The pending request.' }),
      message: t.arg.string({ required: false, description: 'A word for the requester (up to 1000 characters).' }),
    },
    resolve: (_root, args, ctx) => answer(ctx, args.id, args.message, { status: 'ACCEPTED', notifies: 'requester' }),
  }),

  declineIntroduction: t.field({
    type: IntroductionSuccess,
    description:
      'Declines an introduction request you received; your contact details stay hidden. The requester is notified.',
    authScopes: actingAs('recipientId'),
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: {
      id: t.arg.globalID({ required: true, for: [IntroductionRequestType], description: 'The pending request.' }),
      message: t.arg.string({
        required: false,
        description: 'A word for the requester, e.g. why or who to ask instead (up to 1000 characters).',
      }),
    },
    resolve: (_root, args, ctx) => answer(ctx, args.id, args.message, { status: 'DECLINED', notifies: 'requester' }),
  }),

  withdrawIntroduction: t.field({
    type: IntroductionSuccess,
    description: 'Takes back an introduction request you made, while it is still pending.',
    authScopes: actingAs('requesterId'),
    errors: { types: [NotFoundError, ConflictError] },
    args: {
      id: t.arg.globalID({ required: true, for: [IntroductionRequestType], description: 'Your pending request.' }),
    },
    resolve: (_root, args, ctx) => answer(ctx, args.id, null, { status: 'WITHDRAWN', notifies: null }),
  }),
}));

async function refuseIfAlreadyInTouch(
  tx: Prisma.TransactionClient,
  requesterId: string,
  recipient: { id: string; displayName: string },
) {
  const between = [
    { requesterId, recipientId: recipient.id },
    { requesterId: recipient.id, recipientId: requesterId },
  ];
  const open = await tx.introductionRequest.findFirst({
    where: { OR: between, status: { in: ['PENDING', 'ACCEPTED'] } },
    select: { requesterId: true, status: true },
  });
  if (open?.status === 'ACCEPTED')
    throw new ConflictError(
      `You are already in touch with ${recipient.displayName}: their contact details are on their profile.`,
    );
  if (open) {
    throw new ConflictError(
      open.requesterId === requesterId
        ? `You already asked ${recipient.displayName}; they have not answered yet.`
        : `${recipient.displayName} already asked to be put in touch with you: answer their request instead.`,
    );
  }
  const since = new Date(Date.now() - DECLINE_COOLDOWN_DAYS * DAY);
  const declined = await tx.introductionRequest.findFirst({
    where: { ...between[0], status: 'DECLINED', respondedAt: { gt: since } },
    select: { respondedAt: true },
  });
  if (declined?.respondedAt) {
    const again = new Date(declined.respondedAt.getTime() + DECLINE_COOLDOWN_DAYS * DAY).toISOString().slice(0, 10);
    throw new ConflictError(`${recipient.displayName} declined your last request; you may ask again from ${again}.`);
  }
}
