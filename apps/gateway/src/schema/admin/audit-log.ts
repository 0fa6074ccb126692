// The audit log, for admins: sign-ins, admissions, role changes, tokens, suspensions…
import type { Prisma } from '@ekoacteurs/db';
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import { isUuid } from '../validate.ts';

export const AuditLogEntryType = builder.prismaNode('AuditLogEntry', {
  description: 'One recorded action: who, what, on what, when, from where. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: 'What happened, e.g. "auth.signed_in", "membership.admitted", "token.revoked".' }),
    actor: t.relation('actor', { nullable: true, description: 'Who did it; null for anonymous actions (e.g. a sign-in link request).' }),
    targetType: t.exposeString('targetType', { description: 'Kind of object acted on, e.g. "Member", "ApiToken", "Email".' }),
    targetId: t.exposeString('targetId', { description: 'Its id (or the email address for sign-in requests).' }),
    data: t.string({ description: 'Details, as JSON.', resolve: (entry) => JSON.stringify(entry.data) }),
    ip: t.exposeString('ip', { description: 'Address the request came from.' }),
    userAgent: t.exposeString('userAgent', { description: 'Browser or program that made the request.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: AuditLogEntryType,
    cursor: 'id',
    description: 'The audit log, newest first, with optional filters (admins).',
    authScopes: { admin: true },
    args: {
      actorId: t.arg.globalID({ required: false, for: [MemberType], description: 'Only actions by this member.' }),
      action: t.arg.string({ required: false, description: 'Only this action, or actions starting with it when it ends with "." (e.g. "auth.").' }),
      since: t.arg({ type: 'DateTime', required: false, description: 'Only actions at or after this instant.' }),
      until: t.arg({ type: 'DateTime', required: false, description: 'Only actions before this instant.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.auditLogEntry.count({ where: auditWhere(args) }),
    // By when it happened (ids follow insertion: imported and seeded entries were written after the
    // fact); the id breaks ties for the cursor.
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.auditLogEntry.findMany({ ...query, where: auditWhere(args), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
);

function auditWhere(args: { actorId?: { id: string } | null; action?: string | null; since?: Date | null; until?: Date | null }): Prisma.AuditLogEntryWhereInput {
  return {
    ...(args.actorId ? { actorId: isUuid(args.actorId.id) ? args.actorId.id : '00000000-0000-0000-0000-000000000000' } : {}),
    ...(args.action ? { action: args.action.endsWith('.') ? { startsWith: args.action } : args.action } : {}),
    ...(args.since || args.until ? { createdAt: { ...(args.since ? { gte: args.since } : {}), ...(args.until ? { lt: args.until } : {}) } } : {}),
  };
}
