// Leaving the federation: what leaving would keep and erase (leavingPreview), leaving oneself
// (leaveFederation, confirmed by typing one's handle) and an admin carrying out an erasure request
// (eraseMember). Both go through src/privacy/erasure.ts, in one transaction, audited.
import { publishAccessChange } from '../../events/live-streams.ts';
import { z } from 'zod';
import { serializeSessionCookie } from '../../auth/cookies.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { publish } from '../../notify.ts';
import {
  eraseMember,
  erasurePreview,
  LastCoordinatorError,
  WrongConfirmationError,
  type CollectiveRef,
  type ErasureOutcome,
} from '../../privacy/erasure.ts';
import { builder } from '../builder.ts';
import { auditActor, callerId } from '../caller.ts';
import { ErrorInterface, errorUnion } from '../errors.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput } from '../validate.ts';

const LeavingCollective = builder.objectRef<CollectiveRef>('LeavingCollective').implement({
  description: 'A collective concerned by a member leaving.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Its address: /collectifs/<slug>.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
  }),
});

builder.objectType(LastCoordinatorError, {
  name: 'LastCoordinatorError',
  description:
    'The member is the last coordinator of active collectives that have other members: they must hand over first. Code LAST_COORDINATOR.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    collectives: t.field({
      type: [LeavingCollective],
      description: 'The collectives that need another coordinator first.',
      resolve: (error) => error.collectives,
    }),
  }),
});

builder.objectType(WrongConfirmationError, {
  name: 'ConfirmationMismatchError',
  description: 'The confirmation typed does not match your handle; nothing was changed. Code CONFIRMATION_MISMATCH.',
  interfaces: [ErrorInterface],
});

const LeavingPreview = builder.objectRef<Awaited<ReturnType<typeof erasurePreview>>>('LeavingPreview').implement({
  description: 'What leaving the federation would do, before you confirm.',
  fields: (t) => ({
    blockingCollectives: t.field({
      type: [LeavingCollective],
      description:
        'Collectives you coordinate alone while others remain: name another coordinator first (leaving is refused until then).',
      resolve: (p) => p.blocking,
    }),
    collectivesToArchive: t.field({
      type: [LeavingCollective],
      description: 'Collectives you are the only active member of: they are archived when you leave.',
      resolve: (p) => p.toArchive,
    }),
    futureRegistrations: t.exposeInt('futureRegistrations', {
      description: 'Registrations to workshops to come, cancelled (your seat goes to the waitlist).',
    }),
    ledgerEntries: t.exposeInt('ledgerEntries', {
      description:
        'Ledger entries kept, with their amounts, under the pseudonym “Ancien·ne membre” (the shared ledger must stay balanced).',
    }),
    journalEntries: t.exposeInt('journalEntries', {
      description: 'Collective journal entries kept as the collective’s shared memory, signed “Ancien·ne membre”.',
    }),
    commitments: t.exposeInt('commitments', {
      description: 'Commitments kept in their collective’s history, under the pseudonym.',
    }),
    recommendations: t.exposeInt('recommendations', {
      description: 'Recommendations kept for the other member, without what you wrote in them.',
    }),
    opportunities: t.exposeInt('opportunities', {
      description: 'Opportunities you posted, kept (open ones are closed) under the pseudonym.',
    }),
  }),
});

const ErasureSuccess = builder.objectRef<ErasureOutcome>('ErasureSuccess').implement({
  description: 'The erasure, done.',
  fields: (t) => ({
    pseudonym: t.exposeString('pseudonym', {
      description: 'The handle that now stands where the member’s was (shown as “Ancien·ne membre”).',
    }),
    erasedAt: t.expose('erasedAt', { type: 'DateTime', description: 'When it was done.' }),
    registrationsCancelled: t.exposeInt('registrationsCancelled', {
      description: 'Registrations to workshops to come that were cancelled.',
    }),
    collectivesArchived: t.exposeInt('collectivesArchived', {
      description: 'Collectives archived because the member was their only active member.',
    }),
  }),
});

builder.queryField('leavingPreview', (t) =>
  t.field({
    type: LeavingPreview,
    description:
      'What leaving the federation would keep, erase and cancel for you, and whether something must be done first.',
    nullable: true,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => erasurePreview(ctx.prisma, callerId(ctx)),
  }),
);

builder.mutationFields((t) => ({
  leaveFederation: t.field({
    type: ErasureSuccess,
    description:
      'Leaves the federation for good: your personal data is erased or replaced by the pseudonym “Ancien·ne membre”, your sessions and tokens end, your page answers 410, your registrations to workshops to come are cancelled. Ledger entries keep their amounts under the pseudonym. Refused while you are the last coordinator of an active collective with other members.',
    authScopes: { signedIn: true },
    errors: errorUnion(
      'The erasure, or why nothing was changed.',
      WrongConfirmationError,
      LastCoordinatorError,
      ConflictError,
    ),
    args: { confirmHandle: t.arg.string({ required: true, description: 'Your handle, typed to confirm.' }) },
    resolve: async (_root, args, ctx) => {
      const memberId = callerId(ctx);
      const outcome = await eraseMember(ctx.prisma, {
        memberId,
        actor: auditActor(ctx),
        byAdmin: false,
        confirmHandle: args.confirmHandle,
        publicUrl: ctx.config.PUBLIC_URL,
      });
      ctx.setCookie(serializeSessionCookie(ctx.config.PUBLIC_URL, null));
      publish(ctx, outcome.events);
      publishAccessChange(ctx.events, memberId, 'left');
      return outcome;
    },
  }),

  eraseMember: t.field({
    type: ErasureSuccess,
    description:
      'Carries out a member’s erasure request (admins), exactly as if they had left themselves; logged in the audit log with your reason. Refused while they are the last coordinator of an active collective with other members.',
    authScopes: { admin: true },
    errors: errorUnion(
      'The erasure, or why nothing was changed.',
      ValidationError,
      NotFoundError,
      LastCoordinatorError,
      ConflictError,
    ),
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }),
      reason: t.arg.string({
        required: true,
        description:
          'The request being carried out, e.g. "Demande reçue par courrier le 3 mars" (kept in the audit log; no personal data).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = parseInput(
        z
          .string()
          .trim()
          .min(3, { error: 'Say which request this is, in a few words.' })
          .max(500, { error: 'Use at most 500 characters.' }),
        args.reason,
        ['reason'],
      );
      if (!isUuid(args.memberId.id)) throw new NotFoundError('No member has this id.');
      if (args.memberId.id === callerId(ctx))
        throw new ConflictError('Leave the federation from your own “Mes données” screen instead.');
      const outcome = await eraseMember(ctx.prisma, {
        memberId: args.memberId.id,
        actor: auditActor(ctx),
        byAdmin: true,
        reason,
        publicUrl: ctx.config.PUBLIC_URL,
      });
      publish(ctx, outcome.events);
      publishAccessChange(ctx.events, args.memberId.id, 'left');
      return outcome;
    },
  }),
}));
