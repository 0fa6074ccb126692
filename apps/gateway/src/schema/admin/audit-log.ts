// The audit log, for admins: sign-ins, admissions, role changes, tokens, suspensions…
import type { Prisma, PrismaClient } from '@ekoacteurs/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import { isUuid } from '../validate.ts';

export const AuditLogEntryType = builder.prismaNode('AuditLogEntry', {
  description: 'One recorded action: who, what, on what, when, from where. Admins only.',
  id: { field: 'id' },
  authScopes: { admin: true },
  // What the target's fields look up (targetOf) is always read.
  select: { id: true, targetType: true, targetId: true },
  fields: (t) => ({
    action: t.exposeString('action', {
      description: 'What happened, e.g. "auth.signed_in", "membership.admitted", "token.revoked".',
    }),
    actor: t.relation('actor', {
      nullable: true,
      description: 'Who did it; null for anonymous actions (e.g. a sign-in link request).',
    }),
    targetType: t.exposeString('targetType', {
      description: 'Kind of object acted on, e.g. "Member", "ApiToken", "Email".',
    }),
    targetId: t.exposeString('targetId', { description: 'Its id (or the email address for sign-in requests).' }),
    data: t.field({
      type: 'JSON',
      description: 'Details, a JSON object.',
      select: { data: true },
      resolve: (entry) => entry.data,
    }),
    ip: t.exposeString('ip', { description: 'Address the request came from.' }),
    userAgent: t.exposeString('userAgent', { description: 'Browser or program that made the request.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
    targetLabel: t.string({
      nullable: true,
      description:
        'What the target is called today (a member’s name, a token’s or workshop’s title, an email address); null when it no longer exists or has no name.',
      resolve: async (entry, _args, ctx) => (await targetOf(entry, ctx.prisma))?.label ?? null,
    }),
    targetNodeId: t.id({
      nullable: true,
      description:
        'The target’s global ID when it still exists and is a node (Member, Workshop, Collective, ApiToken, Webhook, VisibilityPage, Opportunity).',
      resolve: async (entry, _args, ctx) =>
        READERS[entry.targetType] && (await targetOf(entry, ctx.prisma))
          ? encodeGlobalID(entry.targetType, entry.targetId)
          : null,
    }),
    targetSlug: t.string({
      nullable: true,
      description: 'The target’s slug when it has one (workshops, collectives, pages), for addresses.',
      resolve: async (entry, _args, ctx) => (await targetOf(entry, ctx.prisma))?.slug ?? null,
    }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: AuditLogEntryType,
    cursor: 'id',
    description: 'The audit log, newest first, with optional filters (admins).',
    nullable: true,
    authScopes: { admin: true },
    args: {
      actorId: t.arg.globalID({ required: false, for: [MemberType], description: 'Only actions by this member.' }),
      action: t.arg.string({
        required: false,
        description: 'Only this action, or actions starting with it when it ends with "." (e.g. "auth.").',
      }),
      since: t.arg({ type: 'DateTime', required: false, description: 'Only actions at or after this instant.' }),
      until: t.arg({ type: 'DateTime', required: false, description: 'Only actions before this instant.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.auditLogEntry.count({ where: auditWhere(args) }),
    // By when it happened (ids follow insertion: imported and seeded entries were written after the
    // fact); the id breaks ties for the cursor.
    // Targets are named in one query per kind for the whole page (no query per row).
    resolve: async (query, _root, args, ctx) => {
      const entries = await ctx.prisma.auditLogEntry.findMany({
        ...query,
        where: auditWhere(args),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      await nameTargets(entries, ctx.prisma);
      return entries;
    },
  }),
);

function auditWhere(args: {
  actorId?: { id: string } | null;
  action?: string | null;
  since?: Date | null;
  until?: Date | null;
}): Prisma.AuditLogEntryWhereInput {
  return {
    ...(args.actorId
      ? { actorId: isUuid(args.actorId.id) ? args.actorId.id : '00000000-0000-0000-0000-000000000000' }
      : {}),
    ...(args.action ? { action: args.action.endsWith('.') ? { startsWith: args.action } : args.action } : {}),
    ...(args.since || args.until
      ? { createdAt: { ...(args.since ? { gte: args.since } : {}), ...(args.until ? { lt: args.until } : {}) } }
      : {}),
  };
}

/** A target as the console names it and links to it. */
interface Target {
  label: string;
  slug: string | null;
}

type Entry = { targetType: string; targetId: string };
/** Targets already looked up, per entry object (filled a page at a time by `nameTargets`). */
const targets = new WeakMap<object, Target | null>();

/** Kinds of target whose name the log can show, and how to read them by id, many at once. */
const READERS: Record<
  string,
  (prisma: PrismaClient, ids: string[]) => Promise<Array<{ id: string; label: string; slug: string | null }>>
> = {
  Member: async (prisma, ids) =>
    (await prisma.member.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map(
      (m) => ({ id: m.id, label: m.displayName, slug: null }),
    ),
  ApiToken: async (prisma, ids) =>
    (await prisma.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      id: r.id,
      label: r.name,
      slug: null,
    })),
  Workshop: async (prisma, ids) =>
    (await prisma.workshop.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, slug: true } })).map(
      (r) => ({ id: r.id, label: r.title, slug: r.slug }),
    ),
  Collective: async (prisma, ids) =>
    (
      await prisma.collective.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } })
    ).map((r) => ({ id: r.id, label: r.name, slug: r.slug })),
  VisibilityPage: async (prisma, ids) =>
    (
      await prisma.visibilityPage.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, slug: true },
      })
    ).map((r) => ({ id: r.id, label: r.title, slug: r.slug })),
  Opportunity: async (prisma, ids) =>
    (await prisma.opportunity.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({
      id: r.id,
      label: r.title,
      slug: null,
    })),
  Webhook: async (prisma, ids) =>
    (await prisma.webhook.findMany({ where: { id: { in: ids } }, select: { id: true, url: true } })).map((r) => ({
      id: r.id,
      label: r.url,
      slug: null,
    })),
};

/** Looks up the targets of a page of entries: one query per kind of target. */
async function nameTargets(entries: Entry[], prisma: PrismaClient): Promise<void> {
  const byType = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.targetType === 'Email') targets.set(entry, { label: entry.targetId, slug: null });
    else if (READERS[entry.targetType] && isUuid(entry.targetId))
      byType.set(entry.targetType, [...(byType.get(entry.targetType) ?? []), entry]);
    else targets.set(entry, null);
  }
  await Promise.all(
    [...byType].map(async ([type, list]) => {
      const found = new Map(
        (await READERS[type]!(prisma, [...new Set(list.map((e) => e.targetId))])).map((r) => [r.id, r]),
      );
      for (const entry of list) {
        const row = found.get(entry.targetId);
        targets.set(entry, row ? { label: row.label, slug: row.slug } : null);
      }
    }),
  );
}

/** The target of one entry (looked up alone only when it was not read with its page, e.g. through `node`). */
async function targetOf(entry: Entry, prisma: PrismaClient): Promise<Target | null> {
  if (!targets.has(entry)) await nameTargets([entry], prisma);
  return targets.get(entry) ?? null;
}
