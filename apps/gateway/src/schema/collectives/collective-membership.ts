// Who belongs to a collective, and how: invitations, join requests, leaving, roles and written
// responsibilities (rôles et responsabilités), and accepting the charter.
import { auditActor, callerId, notifyEach } from '../caller.ts';
import type { Prisma } from '@ekoacteurs/db';
import { COLLECTIVE_RULES } from '@ekoacteurs/contract/input-rules';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { viewerId } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import type { NotificationEvent } from '../../events/bus.ts';
import { notify, publish } from '../../notify.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { charterRevisedAt } from './charter.ts';
import {
  CollectiveSuccess,
  CollectiveType,
  coordinatorIds,
  lockActiveCollective,
  collectivePart,
  NOBODY,
  uuidOf,
} from './collective.ts';
import { MemberType } from '../network/member.ts';
import { audienceOf, findableWhere, selfId } from '../../visibility/member.ts';
import { isUuid, parseInput, ruledText } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { describedEnum } from '../described-enum.ts';

type Tx = Prisma.TransactionClient;

export const CollectiveRoleEnum = describedEnum(
  'CollectiveRole',
  'A member’s role in a collective; it decides what they may do there.',
  {
    COORDINATOR:
      'Coordinator (coordinateur·rice): manages the collective, its charter, its members and their commitments.',
    MEMBER: 'Member: reads everything, writes in the journal and makes their own commitments.',
  },
);

export const MembershipStatusEnum = describedEnum('MembershipStatus', 'Where a membership stands.', {
  INVITED: 'Invited (invité·e) by a coordinator; awaiting their answer.',
  REQUESTED: 'Asked to join; awaiting a coordinator’s answer.',
  ACTIVE: 'An active member of the collective.',
  LEFT: 'Left the collective (a quitté le collectif).',
});

/** Private parts of a membership: the collective's members, the person themself and admins. */
const insiders = {
  authScopes: (m: { collectiveId: string; memberId: string }) => ({
    collectiveMember: m.collectiveId,
    self: m.memberId,
    admin: true,
  }),
  unauthorizedResolver: nullUnlessScopeMissing,
} as const;

export const CollectiveMembershipType = builder.prismaNode('CollectiveMembership', {
  description:
    'A member’s place in a collective: role, written responsibilities, status. Active memberships are public (name and role); pending and former ones are visible to the collective’s members, the person and admins.',
  id: { field: 'id', description: 'Global ID of the membership (Relay).' },
  // Select mode: only the columns a query asks for are read (a public list never reads the private
  // responsibilities); what the rules below read is always selected.
  select: { id: true, status: true, collectiveId: true, memberId: true, role: true },
  authScopes: (m) =>
    m.status === 'ACTIVE' ? true : { collectiveMember: m.collectiveId, self: m.memberId, admin: true },
  // The rule above runs once per object, not around each field (ARCHITECTURE.md, "Type rules on the hot lists").
  runScopesOnType: true,
  fields: (t) => ({
    collective: t.relation('collective', { description: 'The collective.' }),
    member: t.relation('member', { description: 'The member.' }),
    role: t.field({
      type: CollectiveRoleEnum,
      description: 'Their role: COORDINATOR or MEMBER. Public.',
      resolve: (membership) => membership.role,
    }),
    status: t.expose('status', { type: MembershipStatusEnum, description: 'Invited, requested, active or left.' }),
    responsibilities: t.exposeString('responsibilities', {
      nullable: true,
      description:
        'Private: their written responsibilities in the collective (plain text). Null unless you are a member of the collective, this member or an admin.',
      ...insiders,
    }),
    joinedAt: t.expose('joinedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When they became an active member; null while pending.',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the invitation or the request was made (or the collective created, for its founder).',
    }),
    charterAcceptedAt: t.expose('charterAccepted', {
      type: 'DateTime',
      nullable: true,
      description: 'Private: when they last accepted the charter; null if never (or if you may not see it).',
      ...insiders,
    }),
    acceptedCurrentCharter: t.boolean({
      nullable: true,
      description:
        'Private: false when they accepted the charter before its last revision (or never) and should read it again; null if you may not see it.',
      ...insiders,
      select: { charterAccepted: true },
      resolve: async (m, _args, ctx) => {
        if (!m.charterAccepted) return false;
        const revisedAt = await charterRevisedAt(ctx, m.collectiveId);
        return revisedAt === null || m.charterAccepted >= revisedAt;
      },
    }),
  }),
});

export const MembershipPayload = builder.objectRef<{ membershipId: string }>('CollectiveMembershipSuccess').implement({
  description: 'The membership after the change.',
  fields: (t) => ({
    membership: t.prismaField({
      type: CollectiveMembershipType,
      description: 'The membership, as it is now.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.collectiveMembership.findUniqueOrThrow({ ...query, where: { id: payload.membershipId } }),
    }),
  }),
});

// ───────────────────────────── Reading ─────────────────────────────

/** The people the caller finds (visibility/member.ts): admins everyone, members the active, visitors the listed. */
function activePeopleUnlessAdmin(ctx: Context): Prisma.CollectiveMembershipWhereInput {
  const audience = audienceOf(ctx.caller);
  return audience === 'admin' ? {} : { member: findableWhere(audience, selfId(ctx.caller)) };
}

const NO_MEMBER = '00000000-0000-0000-0000-000000000000';

builder.prismaObjectFields(CollectiveType, (t) => ({
  members: t.relatedConnection(
    'memberships',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Its active members, coordinators first, then by arrival. Public: names and roles.',
      query: (_args, ctx) => ({
        where: { status: 'ACTIVE', ...activePeopleUnlessAdmin(ctx) },
        orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }, { id: 'asc' }],
      }),
    },
    { name: 'CollectiveMembersConnection', description: 'A page of a collective’s active members.' },
    { name: 'CollectiveMembersEdge', description: 'An active member in a page.' },
  ),
  memberships: t.relatedConnection(
    'memberships',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description:
        'Private: memberships by status (pending invitations and requests by default), oldest first. Null unless you are one of its members or an admin.',
      args: {
        statuses: t.arg({
          type: [MembershipStatusEnum],
          required: false,
          defaultValue: ['INVITED', 'REQUESTED'],
          description: 'Which statuses to list (default INVITED and REQUESTED).',
        }),
      },
      query: (args, ctx) => ({
        where: { status: { in: args.statuses ?? ['INVITED', 'REQUESTED'] }, ...activePeopleUnlessAdmin(ctx) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      authScopes: (collective) => ({ collectiveMember: collective.id, admin: true }),
      unauthorizedResolver: nullUnlessScopeMissing,
    },
    { name: 'CollectiveMembershipsConnection', description: 'A page of a collective’s memberships.' },
    { name: 'CollectiveMembershipsEdge', description: 'A membership in a page.' },
  ),
  viewerMembership: t.field({
    type: CollectiveMembershipType,
    nullable: true,
    description:
      'Your own membership, whatever its status (invited, requested, active, left); null if you have none or are anonymous.',
    select: (_args, ctx, nestedSelection) => ({
      memberships: { ...nestedSelection(true), where: { memberId: viewerId(ctx) ?? NO_MEMBER }, take: 1 },
    }),
    resolve: (collective) => collective.memberships[0] ?? null,
  }),
}));

builder.prismaObjectFields(MemberType, (t) => ({
  collectives: t.relation('memberships', {
    description: 'The active collectives this member belongs to (their memberships, with role), oldest first. Public.',
    query: {
      where: { status: 'ACTIVE', collective: { status: 'ACTIVE' } },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
    },
  }),
  pendingCollectiveMemberships: t.relation('memberships', {
    nullable: true,
    description:
      'Private: invitations this member received and requests they sent that await an answer. Null unless you are this member or an admin.',
    query: {
      where: { status: { in: ['INVITED', 'REQUESTED'] }, collective: { status: 'ACTIVE' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    },
    authScopes: (member) => ({ self: member.id, admin: true }),
    unauthorizedResolver: nullUnlessScopeMissing,
  }),
}));

// ───────────────────────────── Changes ─────────────────────────────

/** A membership by id, once per request (authorization and the resolver share it). */
const memberships = collectivePart('membership', (ctx, id) =>
  ctx.prisma.collectiveMembership.findUnique({
    where: { id },
    select: { id: true, collectiveId: true, memberId: true },
  }),
);
type Membership = { id: string; collectiveId: string; memberId: string };

/** The invited person themself, acting (the answer is theirs alone). */
const invitee = async (_root: unknown, args: { id: { id: string } }, ctx: Context) => ({
  $all: { memberCan: 'write:profile' as const, self: (await memberships.of(ctx, args.id.id))?.memberId ?? NOBODY },
});

/** The `id` argument of the invited member's answers: their invitation. */
const invitationArg = builder.args((t) => ({
  id: t.globalID({ required: true, for: [CollectiveMembershipType], description: 'The invitation (your membership).' }),
}));

/** The `id` argument of the coordinators' answers to a request to join. */
const requestArg = builder.args((t) => ({
  id: t.globalID({ required: true, for: [CollectiveMembershipType], description: 'The request (their membership).' }),
}));

const message = ruledText(COLLECTIVE_RULES.message).nullish();
const responsibilities = ruledText(COLLECTIVE_RULES.responsibilities);

function mustAcceptCharter(accepted: boolean) {
  if (!accepted)
    throw new ValidationError([{ path: ['acceptCharter'], message: 'Read the charter and accept it to join.' }]);
}

function displayName(ctx: Context, tx: Tx) {
  return tx.member
    .findUniqueOrThrow({ where: { id: callerId(ctx) }, select: { displayName: true } })
    .then((m) => m.displayName);
}

/** Records a change to a membership in the audit log. */
function auditMembership(tx: Tx, ctx: Context, action: string, membershipId: string, data: Prisma.InputJsonObject) {
  return recordAudit(tx, {
    ...auditActor(ctx),
    action,
    targetType: 'CollectiveMembership',
    targetId: membershipId,
    data,
  });
}

/** A pending membership (an invitation, or a request to join), new or in place of a former one. */
function openPending(
  tx: Tx,
  existing: { id: string } | null,
  ids: { collectiveId: string; memberId: string },
  status: 'INVITED' | 'REQUESTED',
  charterAccepted: Date | null,
) {
  const fresh = {
    status,
    role: 'MEMBER' as const,
    responsibilities: '',
    charterAccepted,
    joinedAt: null,
    createdAt: charterAccepted ?? new Date(),
  };
  return existing
    ? tx.collectiveMembership.update({ where: { id: existing.id }, data: fresh })
    : tx.collectiveMembership.create({ data: { ...fresh, ...ids } });
}

const ANSWERED = {
  INVITED: 'This invitation was already answered.',
  REQUESTED: 'This request was already answered.',
} as const;

/**
 * Makes a pending membership active (with `data`), and audits it. Conditional: of two answers
 * racing, only one finds it still pending. The collective is share-locked (not archived meanwhile).
 */
async function acceptPending(
  tx: Tx,
  ctx: Context,
  membership: Membership,
  pending: 'INVITED' | 'REQUESTED',
  data: { joinedAt: Date; charterAccepted?: Date },
  action: string,
) {
  const collective = await lockActiveCollective(tx, membership.collectiveId, 'SHARE');
  const { count } = await tx.collectiveMembership.updateMany({
    where: { id: membership.id, status: pending },
    data: { status: 'ACTIVE', ...data },
  });
  if (count !== 1) throw new ConflictError(ANSWERED[pending]);
  await auditMembership(tx, ctx, action, membership.id, { collectiveId: collective.id });
  return { collectiveId: collective.id, slug: collective.slug, name: collective.name };
}

/** Withdraws a pending membership (declined), if it still is pending, and audits it. */
async function withdrawPending(
  tx: Tx,
  ctx: Context,
  membership: Membership,
  pending: 'INVITED' | 'REQUESTED',
  action: string,
) {
  const { count } = await tx.collectiveMembership.deleteMany({ where: { id: membership.id, status: pending } });
  if (count !== 1) throw new ConflictError(ANSWERED[pending]);
  const collective = await tx.collective.findUniqueOrThrow({
    where: { id: membership.collectiveId },
    select: { slug: true, name: true },
  });
  await auditMembership(tx, ctx, action, membership.id, { collectiveId: membership.collectiveId });
  return { collectiveId: membership.collectiveId, slug: collective.slug, name: collective.name };
}

/** Refuses to let a collective end up without an active coordinator. */
async function otherCoordinators(tx: Tx, collectiveId: string, memberId: string) {
  return tx.collectiveMembership.count({
    where: { collectiveId, status: 'ACTIVE', role: 'COORDINATOR', memberId: { not: memberId } },
  });
}

builder.mutationFields((t) => ({
  inviteToCollective: t.field({
    type: MembershipPayload,
    description:
      'Invites an active member to join a collective (its coordinators). They are notified and accept (with the charter) or decline.',
    authScopes: (_root, args) => ({ coordinatorOf: args.collectiveId.id }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      memberId: t.arg.globalID({
        required: true,
        for: [MemberType],
        description: 'Who to invite (an active member of the federation).',
      }),
      message: t.arg.string({
        required: false,
        description: 'A personal word sent with the invitation (at most 1000 characters).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const note = parseInput(message, args.message, ['message']) ?? '';
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      const memberId = uuidOf(args.memberId, 'member');
      const { membershipId, events } = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, collectiveId);
        const person = await tx.member.findUnique({ where: { id: memberId }, select: { status: true } });
        if (person?.status !== 'ACTIVE') throw new NotFoundError('No active member has this id.');
        const existing = await tx.collectiveMembership.findUnique({
          where: { collectiveId_memberId: { collectiveId, memberId } },
        });
        if (existing?.status === 'ACTIVE')
          throw new ConflictError('This person is already a member of the collective.');
        if (existing?.status === 'INVITED') throw new ConflictError('This person is already invited.');
        if (existing?.status === 'REQUESTED')
          throw new ConflictError('This person asked to join: accept their request instead.');
        const membership = await openPending(tx, existing, { collectiveId, memberId }, 'INVITED', null);
        await auditMembership(tx, ctx, 'collective.member_invited', membership.id, { collectiveId, memberId });
        const event = await notify(tx, {
          memberId,
          kind: 'collective.invited',
          data: {
            collectiveId,
            slug: collective.slug,
            name: collective.name,
            membershipId: membership.id,
            invitedBy: await displayName(ctx, tx),
            message: note,
          },
        });
        return { membershipId: membership.id, events: [event] };
      });
      publish(ctx, events);
      return { membershipId };
    },
  }),

  requestToJoinCollective: t.field({
    type: MembershipPayload,
    description:
      'Asks to join a collective, accepting its charter as it is now (any active member). Its coordinators are notified and answer.',
    authScopes: { memberCan: 'write:profile' },
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      acceptCharter: t.arg.boolean({
        required: true,
        description: 'You read its charter and accept it (must be true).',
      }),
      message: t.arg.string({
        required: false,
        description: 'What you would bring, for the coordinators (at most 1000 characters).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      mustAcceptCharter(args.acceptCharter);
      const note = parseInput(message, args.message, ['message']) ?? '';
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      const me = callerId(ctx);
      const { membershipId, events } = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, collectiveId);
        const existing = await tx.collectiveMembership.findUnique({
          where: { collectiveId_memberId: { collectiveId, memberId: me } },
        });
        if (existing?.status === 'ACTIVE') throw new ConflictError('You are already a member of this collective.');
        if (existing?.status === 'REQUESTED')
          throw new ConflictError('You already asked to join; the coordinators will answer.');
        if (existing?.status === 'INVITED')
          throw new ConflictError('You are invited to this collective: accept the invitation instead.');
        const membership = await openPending(tx, existing, { collectiveId, memberId: me }, 'REQUESTED', new Date());
        await auditMembership(tx, ctx, 'collective.join_requested', membership.id, { collectiveId });
        const sent = await notifyEach(tx, await coordinatorIds(tx, collectiveId), 'collective.join_requested', {
          collectiveId,
          slug: collective.slug,
          name: collective.name,
          membershipId: membership.id,
          memberName: await displayName(ctx, tx),
          message: note,
        });
        return { membershipId: membership.id, events: sent };
      });
      publish(ctx, events);
      return { membershipId };
    },
  }),

  acceptCollectiveInvitation: t.field({
    type: MembershipPayload,
    description:
      'Accepts an invitation and the collective’s charter (the invited member). The coordinators are notified.',
    authScopes: invitee,
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      ...invitationArg,
      acceptCharter: t.arg.boolean({
        required: true,
        description: 'You read the charter and accept it (must be true).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      mustAcceptCharter(args.acceptCharter);
      const membership = await memberships.existing(ctx, args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const collective = await acceptPending(
          tx,
          ctx,
          membership,
          'INVITED',
          { joinedAt: now, charterAccepted: now },
          'collective.invitation_accepted',
        );
        return notifyEach(tx, await coordinatorIds(tx, collective.collectiveId), 'collective.invitation_accepted', {
          ...collective,
          membershipId: membership.id,
          memberName: await displayName(ctx, tx),
        });
      });
      publish(ctx, events);
      return { membershipId: membership.id };
    },
  }),

  declineCollectiveInvitation: t.field({
    type: CollectiveSuccess,
    description:
      'Declines an invitation (the invited member); it is withdrawn and the coordinators are notified. You may be invited again later.',
    authScopes: invitee,
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      ...invitationArg,
      message: t.arg.string({ required: false, description: 'A word for the coordinators (at most 1000 characters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const note = parseInput(message, args.message, ['message']) ?? '';
      const membership = await memberships.existing(ctx, args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await withdrawPending(tx, ctx, membership, 'INVITED', 'collective.invitation_declined');
        return notifyEach(tx, await coordinatorIds(tx, membership.collectiveId), 'collective.invitation_declined', {
          ...collective,
          memberName: await displayName(ctx, tx),
          message: note,
        });
      });
      publish(ctx, events);
      return { collectiveId: membership.collectiveId };
    },
  }),

  acceptJoinRequest: t.field({
    type: MembershipPayload,
    description:
      'Accepts a request to join (the collective’s coordinators): the person becomes an active member and is notified.',
    authScopes: memberships.coordinatorOf,
    errors: changeErrors(NotFoundError, ConflictError),
    args: requestArg,
    resolve: async (_root, args, ctx) => {
      const membership = await memberships.existing(ctx, args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await acceptPending(
          tx,
          ctx,
          membership,
          'REQUESTED',
          { joinedAt: new Date() },
          'collective.join_accepted',
        );
        return [
          await notify(tx, {
            memberId: membership.memberId,
            kind: 'collective.join_accepted',
            data: {
              ...collective,
              membershipId: membership.id,
              acceptedBy: await displayName(ctx, tx),
            },
          }),
        ];
      });
      publish(ctx, events);
      return { membershipId: membership.id };
    },
  }),

  declineJoinRequest: t.field({
    type: CollectiveSuccess,
    description:
      'Declines a request to join (the collective’s coordinators); it is withdrawn and the person is notified with the message.',
    authScopes: memberships.coordinatorOf,
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      ...requestArg,
      message: t.arg.string({
        required: false,
        description: 'Why, or what instead (sent to them; at most 1000 characters).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const note = parseInput(message, args.message, ['message']) ?? '';
      const membership = await memberships.existing(ctx, args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await withdrawPending(tx, ctx, membership, 'REQUESTED', 'collective.join_declined');
        return [
          await notify(tx, {
            memberId: membership.memberId,
            kind: 'collective.join_declined',
            data: {
              ...collective,
              message: note,
            },
          }),
        ];
      });
      publish(ctx, events);
      return { collectiveId: membership.collectiveId };
    },
  }),

  leaveCollective: t.field({
    type: CollectiveSuccess,
    description:
      'Leaves a collective (status LEFT). The last coordinator names another active member as coordinator (`newCoordinatorId`); the last member archives the collective instead.',
    authScopes: (_root, args) => ({ $all: { collectiveMember: args.collectiveId.id, memberCan: 'write:profile' } }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      newCoordinatorId: t.arg.globalID({
        required: false,
        for: [MemberType],
        description:
          'An active member of the collective who becomes coordinator (required when you are its last coordinator).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      const me = callerId(ctx);
      const successorId = args.newCoordinatorId ? args.newCoordinatorId.id : null;
      const events = await ctx.prisma.$transaction(async (tx) => {
        // The collective's lock serialises leavers: two last coordinators cannot both go.
        const collective = await lockActiveCollective(tx, collectiveId);
        const mine = await tx.collectiveMembership.findUnique({
          where: { collectiveId_memberId: { collectiveId, memberId: me } },
        });
        if (mine?.status !== 'ACTIVE') throw new ConflictError('You are not an active member of this collective.');
        const others = await tx.collectiveMembership.count({
          where: { collectiveId, status: 'ACTIVE', memberId: { not: me } },
        });
        if (others === 0) throw new ConflictError('You are its last member: archive the collective instead.');
        const sent: NotificationEvent[] = [];
        const base = {
          collectiveId,
          slug: collective.slug,
          name: collective.name,
          memberName: await displayName(ctx, tx),
        };
        if (successorId !== null) {
          if (mine.role !== 'COORDINATOR')
            throw new ValidationError([
              { path: ['newCoordinatorId'], message: 'Only a coordinator names a coordinator.' },
            ]);
          const promoted =
            isUuid(successorId) && successorId !== me
              ? await tx.collectiveMembership.updateMany({
                  where: { collectiveId, memberId: successorId, status: 'ACTIVE' },
                  data: { role: 'COORDINATOR' },
                })
              : { count: 0 };
          if (promoted.count !== 1)
            throw new ValidationError([
              { path: ['newCoordinatorId'], message: 'Name another active member of this collective.' },
            ]);
          sent.push(await notify(tx, { memberId: successorId, kind: 'collective.coordinator_named', data: base }));
        } else if (mine.role === 'COORDINATOR' && (await otherCoordinators(tx, collectiveId, me)) === 0) {
          throw new ValidationError([
            {
              path: ['newCoordinatorId'],
              message: 'You are its last coordinator: name another member as coordinator before leaving.',
            },
          ]);
        }
        await tx.collectiveMembership.update({ where: { id: mine.id }, data: { status: 'LEFT' } });
        await auditMembership(tx, ctx, 'collective.member_left', mine.id, {
          collectiveId,
          newCoordinatorId: successorId,
        });
        sent.push(
          ...(await notifyEach(
            tx,
            await coordinatorIds(tx, collectiveId, successorId ?? undefined),
            'collective.member_left',
            base,
          )),
        );
        return sent;
      });
      publish(ctx, events);
      return { collectiveId };
    },
  }),

  updateCollectiveMembership: t.field({
    type: MembershipPayload,
    description:
      'Sets an active member’s role and written responsibilities (the collective’s coordinators). A collective always keeps at least one coordinator. The member is notified.',
    authScopes: memberships.coordinatorOf,
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [CollectiveMembershipType], description: 'The membership.' }),
      role: t.arg({ type: CollectiveRoleEnum, required: false, description: 'New role; unchanged when omitted.' }),
      responsibilities: t.arg.string({
        required: false,
        description: 'New written responsibilities (at most 2000 characters); unchanged when omitted.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const text = parseInput(responsibilities.nullish(), args.responsibilities, ['responsibilities']);
      if (args.role == null && text == null)
        throw new ValidationError([{ path: ['role'], message: 'Give a role or responsibilities to change.' }]);
      const membership = await memberships.existing(ctx, args.id);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const collective = await lockActiveCollective(tx, membership.collectiveId);
        const current = await tx.collectiveMembership.findUniqueOrThrow({ where: { id: membership.id } });
        if (current.status !== 'ACTIVE')
          throw new ConflictError('Only active members have a role and responsibilities.');
        if (
          args.role === 'MEMBER' &&
          current.role === 'COORDINATOR' &&
          (await otherCoordinators(tx, collective.id, current.memberId)) === 0
        ) {
          throw new ConflictError('This is the collective’s last coordinator: name another coordinator first.');
        }
        const data = { role: args.role ?? current.role, responsibilities: text ?? current.responsibilities };
        if (data.role === current.role && data.responsibilities === current.responsibilities) return [];
        await tx.collectiveMembership.update({ where: { id: membership.id }, data });
        await auditMembership(tx, ctx, 'collective.membership_updated', membership.id, {
          collectiveId: collective.id,
          fromRole: current.role,
          toRole: data.role,
          responsibilitiesChanged: data.responsibilities !== current.responsibilities,
        });
        if (current.memberId === callerId(ctx)) return [];
        return [
          await notify(tx, {
            memberId: current.memberId,
            kind: 'collective.membership_updated',
            data: {
              collectiveId: collective.id,
              slug: collective.slug,
              name: collective.name,
              role: data.role,
              responsibilities: data.responsibilities,
            },
          }),
        ];
      });
      publish(ctx, events);
      return { membershipId: membership.id };
    },
  }),

  acceptCollectiveCharter: t.field({
    type: MembershipPayload,
    description: 'Accepts the collective’s current charter again after a revision (its active members).',
    authScopes: (_root, args) => ({ $all: { collectiveMember: args.collectiveId.id, memberCan: 'write:profile' } }),
    errors: changeErrors(NotFoundError, ConflictError),
    args: { collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }) },
    resolve: async (_root, args, ctx) => {
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      const memberId = callerId(ctx);
      const membership = await ctx.prisma.$transaction(async (tx) => {
        // Shares the lock charter edits take, so an acceptance never predates the text it accepted.
        await lockActiveCollective(tx, collectiveId);
        return tx.collectiveMembership.update({
          where: { collectiveId_memberId: { collectiveId, memberId } },
          data: { charterAccepted: new Date() },
        });
      });
      return { membershipId: membership.id };
    },
  }),
}));
