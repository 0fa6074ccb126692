// Joining the federation, and how admins run membership: admit, decline, suspend, roles.
import { Locale } from '@ekoacteurs/db/enums';
import { z } from 'zod';
import { revokeSessions } from '../../auth/sessions.ts';
import { publishAccessChange } from '../../events/live-streams.ts';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { admittedEmail, declinedEmail } from '../../email/templates.ts';
import { ConflictError, NotFoundError, ValidationError, requestError } from '../../errors.ts';
import { enqueueMemberAdmitted, enqueueMemberSuspended } from '../../webhooks/payloads.ts';
import { localize } from '../../i18n/localize.ts';
import { builder } from '../builder.ts';
import { refuseBurstFromIp } from './sign-in.ts';
import { APPLIED, applySchema, takeApplication } from './apply.ts';
import { MemberType, PlatformRoleEnum } from '../network/member.ts';
import { SkillType } from '../network/skill.ts';
import { isUuid, parseInput } from '../validate.ts';

const LocaleEnum = builder.enumType(Locale, {
  name: 'Locale',
  description: 'Language of the emails and of the apps for a member: FR (default) or EN.',
});

const ApplyInput = builder.inputType('ApplyForMembershipInput', {
  description: 'A candidature to join the federation.',
  fields: (t) => ({
    displayName: t.string({
      required: true,
      description: 'Your name or your structure’s, as it will be shown (2–80 characters).',
    }),
    email: t.string({ required: true, description: 'Where we write to you, and your sign-in address.' }),
    region: t.string({ required: true, description: 'Your French region, e.g. "Bretagne".' }),
    city: t.string({ required: false, description: 'Your city (optional).' }),
    skillIds: t.globalIDList({
      required: true,
      for: [SkillType],
      description: 'Your skills (1 to 15) from the taxonomy (`skills`).',
    }),
    motivation: t.string({
      required: true,
      description: 'Why you want to join, what you bring and hope for (30–3000 characters).',
    }),
    locale: t.field({ type: LocaleEnum, required: false, description: 'Language for our emails (default FR).' }),
  }),
});

const ApplicationPayload = builder.objectRef<{ message: string }>('ApplyForMembershipSuccess').implement({
  description:
    'The application was taken. The same answer is given when the address already has an account (its owner gets an email instead).',
  fields: (t) => ({
    message: t.string({
      description:
        'What happens next, for a person: in French when the request prefers French (Accept-Language), else English.',
      resolve: (payload, _args, ctx) => localize(payload.message, ctx.lang),
    }),
  }),
});

const MemberSuccess = builder.objectRef<{ memberId: string }>('MemberSuccess').implement({
  description: 'The member after the change.',
  fields: (t) => ({
    member: t.prismaField({
      type: MemberType,
      description: 'The member, as they are now.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.member.findUniqueOrThrow({ ...query, where: { id: payload.memberId } }),
    }),
  }),
});

async function findMember(ctx: Context, globalId: { id: string }) {
  const member = isUuid(globalId.id)
    ? await ctx.prisma.member.findUnique({
        where: { id: globalId.id },
        select: { id: true, handle: true, status: true, role: true, email: true, displayName: true, locale: true },
      })
    : null;
  if (!member) throw new NotFoundError('No member has this id.');
  return member;
}

function actor(ctx: Context) {
  if (ctx.caller.kind === 'anonymous') throw requestError('UNAUTHENTICATED', 'Sign in first.');
  return { actorId: ctx.caller.memberId, ip: ctx.caller.ip, userAgent: ctx.userAgent };
}

builder.mutationFields((t) => ({
  applyForMembership: t.field({
    type: ApplicationPayload,
    description:
      'Applies to join the federation. An admin reviews it; the applicant cannot use member features until admitted.',
    errors: { types: [ValidationError] },
    args: {
      input: t.arg({ type: ApplyInput, required: true, description: 'Who you are, where, what you bring, why.' }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(applySchema, args.input);
      await refuseBurstFromIp(ctx, 'application');
      await takeApplication(
        {
          prisma: ctx.prisma,
          mailer: ctx.mailer,
          publicUrl: ctx.config.PUBLIC_URL,
          ip: ctx.caller.ip,
          userAgent: ctx.userAgent,
        },
        input,
      );
      return { message: APPLIED };
    },
  }),

  admitApplicant: t.field({
    type: MemberSuccess,
    description: 'Admits an applicant (status becomes ACTIVE) and emails them a welcome with the optional message.',
    authScopes: { admin: true },
    errors: { types: [NotFoundError, ConflictError] },
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }),
      message: t.arg.string({ required: false, description: 'A personal word added to the welcome email.' }),
    },
    resolve: async (_root, args, ctx) => {
      const member = await findMember(ctx, args.memberId);
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        const updated = await tx.member.updateMany({
          where: { id: member.id, status: 'APPLICANT' },
          data: { status: 'ACTIVE', admittedAt: new Date() },
        });
        if (updated.count === 1)
          await recordAudit(tx, {
            ...actor(ctx),
            action: 'membership.admitted',
            targetType: 'Member',
            targetId: member.id,
          });
        if (updated.count === 1) await enqueueMemberAdmitted(tx, member.id); // webhooks: member.admitted (pages & webhooks)
        return updated;
      });
      if (count !== 1) throw new ConflictError(`This member is ${member.status}, not an applicant.`);
      await ctx.mailer.send({
        to: member.email,
        ...admittedEmail(member.locale, member.displayName, args.message ?? '', `${ctx.config.PUBLIC_URL}/connexion`),
      });
      return { memberId: member.id };
    },
  }),

  declineApplicant: t.field({
    type: MemberSuccess,
    description: 'Declines an application (status becomes DECLINED) and emails the applicant the message.',
    authScopes: { admin: true },
    errors: { types: [NotFoundError, ConflictError] },
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }),
      message: t.arg.string({ required: false, description: 'Why, or what to do instead; included in the email.' }),
    },
    resolve: async (_root, args, ctx) => {
      const member = await findMember(ctx, args.memberId);
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        const updated = await tx.member.updateMany({
          where: { id: member.id, status: 'APPLICANT' },
          data: { status: 'DECLINED' },
        });
        if (updated.count === 1)
          await recordAudit(tx, {
            ...actor(ctx),
            action: 'membership.declined',
            targetType: 'Member',
            targetId: member.id,
            data: { message: args.message ?? '' },
          });
        return updated;
      });
      if (count !== 1) throw new ConflictError(`This member is ${member.status}, not an applicant.`);
      await ctx.mailer.send({
        to: member.email,
        ...declinedEmail(member.locale, member.displayName, args.message ?? ''),
      });
      return { memberId: member.id };
    },
  }),

  suspendMember: t.field({
    type: MemberSuccess,
    description:
      'Suspends an active member. It takes effect at once: their sessions end and their tokens stop working.',
    authScopes: { admin: true },
    errors: { types: [NotFoundError, ConflictError, ValidationError] },
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }),
      reason: t.arg.string({ required: true, description: 'Why (kept in the audit log).' }),
    },
    resolve: async (_root, args, ctx) => {
      const reason = parseInput(
        z.string().trim().min(3, { error: 'Say why, in a few words.' }).max(1000),
        args.reason,
        ['reason'],
      );
      const member = await findMember(ctx, args.memberId);
      if (ctx.caller.kind !== 'anonymous' && member.id === ctx.caller.memberId)
        throw new ConflictError('You cannot suspend yourself.');
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        const suspendedAt = new Date();
        const updated = await tx.member.updateMany({
          where: { id: member.id, status: 'ACTIVE' },
          data: { status: 'SUSPENDED', suspendedAt },
        });
        if (updated.count === 1) {
          await revokeSessions(tx, { memberId: member.id });
          await enqueueMemberSuspended(tx, member, suspendedAt);
          await recordAudit(tx, {
            ...actor(ctx),
            action: 'member.suspended',
            targetType: 'Member',
            targetId: member.id,
            data: { reason },
          });
        }
        return updated;
      });
      if (count !== 1) throw new ConflictError(`This member is ${member.status}, not active.`);
      publishAccessChange(ctx.events, member.id, 'suspended');
      return { memberId: member.id };
    },
  }),

  reactivateMember: t.field({
    type: MemberSuccess,
    description: 'Lifts a suspension (status becomes ACTIVE again). The member signs in again to get a session.',
    authScopes: { admin: true },
    errors: { types: [NotFoundError, ConflictError] },
    args: { memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }) },
    resolve: async (_root, args, ctx) => {
      const member = await findMember(ctx, args.memberId);
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        const updated = await tx.member.updateMany({
          where: { id: member.id, status: 'SUSPENDED' },
          data: { status: 'ACTIVE', suspendedAt: null },
        });
        if (updated.count === 1)
          await recordAudit(tx, {
            ...actor(ctx),
            action: 'member.reactivated',
            targetType: 'Member',
            targetId: member.id,
          });
        return updated;
      });
      if (count !== 1) throw new ConflictError(`This member is ${member.status}, not suspended.`);
      return { memberId: member.id };
    },
  }),

  setMemberRole: t.field({
    type: MemberSuccess,
    description: 'Makes a member an ADMIN or a MEMBER. The federation always keeps at least one active admin.',
    authScopes: { admin: true },
    errors: { types: [NotFoundError, ConflictError] },
    args: {
      memberId: t.arg.globalID({ required: true, for: [MemberType], description: 'The member’s global ID.' }),
      role: t.arg({ type: PlatformRoleEnum, required: true, description: 'The new platform role.' }),
    },
    resolve: async (_root, args, ctx) => {
      const member = await findMember(ctx, args.memberId);
      if (member.role === args.role) return { memberId: member.id };
      await ctx.prisma.$transaction(async (tx) => {
        if (args.role === 'MEMBER') {
          const admins = await tx.member.count({ where: { role: 'ADMIN', status: 'ACTIVE', id: { not: member.id } } });
          if (admins === 0) throw new ConflictError('This is the last active admin: name another admin first.');
        }
        await tx.member.update({ where: { id: member.id }, data: { role: args.role } });
        await recordAudit(tx, {
          ...actor(ctx),
          action: 'member.role_changed',
          targetType: 'Member',
          targetId: member.id,
          data: { from: member.role, to: args.role },
        });
      });
      publishAccessChange(ctx.events, member.id, 'role_changed');
      return { memberId: member.id };
    },
  }),
}));

builder.queryField('applicants', (t) =>
  t.prismaConnection({
    type: MemberType,
    cursor: 'id',
    description: 'Applications waiting for a decision, oldest first (admins).',
    nullable: true,
    authScopes: { admin: true },
    totalCount: (_parent, _args, ctx) => ctx.prisma.member.count({ where: { status: 'APPLICANT' } }),
    // By when they applied (ids follow insertion, not the application date: imported and seeded
    // applications were written later than they were made); the id breaks ties for the cursor.
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.member.findMany({
        ...query,
        where: { status: 'APPLICANT' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);
