// Members: the public profile, with private fields shown only to the member and to admins.
import { MemberStatus, PlatformRole } from '@ekoacteurs/db/enums';
import { builder } from './builder.ts';

export const MemberStatusEnum = builder.enumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'APPLICANT (candidature en attente), ACTIVE, SUSPENDED, LEFT (a quitté la fédération), DECLINED (candidature refusée).',
});

export const PlatformRoleEnum = builder.enumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'MEMBER, or ADMIN (runs the federation from the console).',
});

/** Visible to the member themself and to admins; null for everyone else. */
const privateField = { authScopes: (member: { id: string }) => ({ self: member.id, admin: true }), unauthorizedResolver: () => null } as const;

export const MemberType = builder.prismaNode('Member', {
  description: 'A member of the federation (membre): an independent, a collective or an association.',
  id: { field: 'id' },
  // Applicants, suspended and former members are visible only to themselves and to admins.
  authScopes: (member) => (member.status === 'ACTIVE' ? true : { self: member.id, admin: true }),
  fields: (t) => ({
    handle: t.exposeString('handle', { description: 'Unique, URL-safe name, used in public page addresses.' }),
    displayName: t.exposeString('displayName', { description: 'Name as the member wants it shown.' }),
    headline: t.exposeString('headline', { description: 'One line on what the member does.' }),
    city: t.exposeString('city', { description: 'City (ville); may be empty.' }),
    region: t.exposeString('region', { description: 'French region (région); may be empty.' }),
    email: t.exposeString('email', { nullable: true, description: 'Private: the member’s sign-in address. Null unless you are this member or an admin.', ...privateField }),
    status: t.expose('status', { type: MemberStatusEnum, nullable: true, description: 'Private: membership status. Null unless you are this member or an admin.', ...privateField }),
    role: t.expose('role', { type: PlatformRoleEnum, description: 'Platform role: ADMIN for the federation’s team.' }),
    motivation: t.exposeString('motivation', { nullable: true, description: 'Private: the application letter. Null unless you are this member or an admin.', ...privateField }),
    concerns: t.exposeString('concerns', {
      nullable: true,
      description: 'Private part of the cooperation card: what the member fears (ce que je redoute). Null unless you are this member or an admin.',
      ...privateField,
    }),
    hasPassword: t.boolean({
      nullable: true,
      description: 'Private: whether the member set a password (else they sign in by emailed link).',
      ...privateField,
      select: { passwordHash: true },
      resolve: (member) => member.passwordHash !== null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the member applied.' }),
    admittedAt: t.expose('admittedAt', { type: 'DateTime', nullable: true, description: 'When the application was accepted.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: MemberType,
    nullable: true,
    description: 'The member making the request (session or token owner), whatever their status; null when anonymous.',
    resolve: (query, _root, _args, ctx) =>
      ctx.caller.kind === 'anonymous' ? null : ctx.prisma.member.findUnique({ ...query, where: { id: ctx.caller.memberId } }),
  }),
);
