// Visibility pages (pages de visibilité): the public page of a member, a collective or the
// federation. Who may read a page is decided by pageReadScopes, who may change it by
// pageWriteScopes; both are used as authScopes, nowhere as ad-hoc checks.
import { auditActor } from '../caller.ts';
import { PageOwnerKind, type CollectiveStatus, type MemberListing, type MemberStatus } from '@ekoacteurs/db/enums';
import { Prisma } from '@ekoacteurs/db';
import type { AuthScopeMap } from '@pothos/plugin-scope-auth';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { PAGE_LIMITS, PAGE_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { viewerId, type Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { cleanText } from '../../markdown/index.ts';
import { enqueuePagePublished, publicPageUrl } from '../../webhooks/payloads.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { CollectiveType, lockActiveCollective } from '../collectives/collective.ts';
import { MemberType } from '../network/member.ts';
import {
  PageSectionInput,
  PageSectionInterface,
  plainText,
  readSections,
  sectionsSchema,
  type StoredSection,
} from './page-sections.ts';
import { isUuid, parseInput } from '../validate.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';
import { describedEnum } from '../described-enum.ts';
import { errorUnion } from '../errors.ts';

type ScopeMap = AuthScopeMap<typeof builder.$inferSchemaTypes>;

export const PageOwnerKindEnum = describedEnum('PageOwnerKind', 'Whose page it is.', {
  MEMBER: 'A member’s own page, at their handle.',
  COLLECTIVE: 'A collective’s (collectif) page, written by its coordinators.',
  FEDERATION: 'The federation’s own page, written by admins.',
});

/** What deciding access needs: the flags and the owner's status. */
export interface PageAccess {
  published: boolean;
  ownerKind: PageOwnerKind;
  memberId: string | null;
  collectiveId: string | null;
  /** The owner's status and, for a member, who they are listed to (the visibility rule). */
  member: { status: MemberStatus; listing: MemberListing } | null;
  collective: { status: CollectiveStatus } | null;
}

/** What deciding access needs, in one statement (Prisma would send one per relation). */
export async function loadPageAccess(
  ctx: Pick<Context, 'prisma'>,
  by: { slug: string } | { id: string },
): Promise<(PageAccess & { id: string }) | null> {
  const where = 'slug' in by ? Prisma.sql`p."slug" = ${by.slug}` : Prisma.sql`p."id" = ${by.id}::uuid`;
  const rows = await ctx.prisma.$queryRaw<
    {
      id: string;
      published: boolean;
      ownerKind: PageOwnerKind;
      memberId: string | null;
      collectiveId: string | null;
      memberStatus: MemberStatus | null;
      memberListing: MemberListing | null;
      collectiveStatus: CollectiveStatus | null;
    }[]
  >`
    SELECT p."id"::text AS "id", p."published", p."ownerKind"::text AS "ownerKind", p."memberId"::text AS "memberId", p."collectiveId"::text AS "collectiveId",
           m."status"::text AS "memberStatus", m."listing"::text AS "memberListing", c."status"::text AS "collectiveStatus"
    FROM "VisibilityPage" AS p
    LEFT JOIN "Member" AS m ON m."id" = p."memberId"
    LEFT JOIN "Collective" AS c ON c."id" = p."collectiveId"
    WHERE ${where}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    published: row.published,
    ownerKind: row.ownerKind,
    memberId: row.memberId,
    collectiveId: row.collectiveId,
    member: row.memberStatus ? { status: row.memberStatus, listing: row.memberListing! } : null,
    collective: row.collectiveStatus ? { status: row.collectiveStatus } : null,
  };
}

/** Published, and its owner is an ACTIVE member listed to visitors, an ACTIVE collective or the federation. */
export function isPublicPage(page: PageAccess): boolean {
  if (!page.published) return false;
  if (page.ownerKind === 'MEMBER') return page.member?.status === 'ACTIVE' && page.member.listing === 'VISITORS';
  if (page.ownerKind === 'COLLECTIVE') return page.collective?.status === 'ACTIVE';
  return true;
}

/** The owner (the member, the collective's coordinators) and admins. */
export function pageOwnerScopes(page: Pick<PageAccess, 'memberId' | 'collectiveId'>): ScopeMap {
  return {
    ...(page.memberId ? { self: page.memberId } : {}),
    ...(page.collectiveId ? { coordinatorOf: page.collectiveId } : {}),
    admin: true,
  };
}

/** Everyone reads a public page; drafts and unpublished pages are for their owner and admins. */
export function pageReadScopes(page: PageAccess): ScopeMap | true {
  if (isPublicPage(page)) return true;
  // A published page of an active member listed to members only: for members (visibility/member.ts).
  const forMembers = page.published && page.ownerKind === 'MEMBER' && page.member?.status === 'ACTIVE';
  return forMembers ? { member: true, ...pageOwnerScopes(page) } : pageOwnerScopes(page);
}

/** Who changes a page: the member (write:profile), a coordinator of the collective, admins for the federation's. */
export function pageWriteScopes(page: Pick<PageAccess, 'ownerKind' | 'memberId' | 'collectiveId'>): ScopeMap {
  if (page.ownerKind === 'MEMBER' && page.memberId)
    return { $all: { self: page.memberId, memberCan: 'write:profile' } };
  if (page.ownerKind === 'COLLECTIVE' && page.collectiveId) return { coordinatorOf: page.collectiveId };
  return { admin: true };
}

/** What the VisibilityPage type always reads: who may see the page, and its owner's address. */
const PAGE_ACCESS = {
  id: true,
  published: true,
  ownerKind: true,
  memberId: true,
  collectiveId: true,
  member: { select: { status: true, listing: true, handle: true } },
  collective: { select: { status: true, slug: true } },
} satisfies Prisma.VisibilityPageSelect;

/** A page as the VisibilityPage type loads it (at least). */
type PageWithOwner = Prisma.VisibilityPageGetPayload<{ select: typeof PAGE_ACCESS }>;

export const VisibilityPageType = builder.prismaNode('VisibilityPage', {
  description:
    'A public page (page de visibilité) of a member, a collective or the federation. Everyone sees published pages of active owners (a member’s only when they are listed to visitors, else members only); drafts and unpublished pages only their owner and admins.',
  id: { field: 'id' },
  // Select mode: only the columns a query asks for are read (a profile's link to its page never reads
  // the page's sections). The owner's status decides who may read the page, and its handle or slug
  // the page's address: always selected.
  select: PAGE_ACCESS,
  authScopes: (page) => pageReadScopes(page),
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'The page’s unique name: its member’s handle, its collective’s slug, or "federation".',
    }),
    url: t.string({
      description: 'The public address where visitors read the page.',
      resolve: (page, _args, ctx) => publicPageUrl(ctx.config.PUBLIC_URL, page),
    }),
    ownerKind: t.expose('ownerKind', { type: PageOwnerKindEnum, description: 'Whose page it is.' }),
    title: t.string({
      description: 'The page’s title, plain text.',
      select: { title: true },
      resolve: (page) => cleanText(page.title),
    }),
    seoDescription: t.string({
      description: 'The description search engines and link previews show (about 160 characters), plain text.',
      select: { seoDescription: true },
      resolve: (page) => cleanText(page.seoDescription),
    }),
    sections: t.field({
      type: [PageSectionInterface],
      description: 'The sections, in page order.',
      select: { sections: true },
      resolve: (page) => readSections(page.sections),
    }),
    published: t.exposeBoolean('published', { description: 'True when the page is online for everyone.' }),
    publishedAt: t.expose('publishedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was last published; null for a draft never published.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
    member: t.relation('member', {
      nullable: true,
      description: 'The member whose page it is (for a MEMBER page), else null.',
    }),
    collective: t.relation('collective', {
      nullable: true,
      description: 'The collective whose page it is (for a COLLECTIVE page), else null.',
    }),
    unpublishedReason: t.exposeString('unpublishedReason', {
      nullable: true,
      description:
        'Private: why an admin took the page offline. Null when it was not, or unless you are its owner or an admin.',
      authScopes: (page) => pageOwnerScopes(page),
      unauthorizedResolver: nullUnlessScopeMissing,
    }),
    unpublishedAt: t.expose('unpublishedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'Private: when an admin took the page offline. Null when it was not, or unless you are its owner or an admin.',
      authScopes: (page) => pageOwnerScopes(page),
      unauthorizedResolver: nullUnlessScopeMissing,
    }),
  }),
});

// Handles and collective slugs: lowercase letters, digits and hyphens (src/slug.ts).
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

builder.queryField('visibilityPage', (t) =>
  t.prismaField({
    type: VisibilityPageType,
    nullable: true,
    description:
      'A page by its address. Null when there is none, or when it is not public and you are neither its owner nor an admin.',
    args: {
      slug: t.arg.string({ required: true, description: 'The page’s slug, e.g. "federation" or a member’s handle.' }),
    },
    authScopes: async (_root, args, ctx) => {
      const page = SLUG.test(args.slug) ? await loadPageAccess(ctx, { slug: args.slug }) : null;
      return page ? pageReadScopes(page) : true;
    },
    unauthorizedResolver: nullUnlessScopeMissing,
    resolve: (query, _root, args, ctx) =>
      SLUG.test(args.slug) ? ctx.prisma.visibilityPage.findUnique({ ...query, where: { slug: args.slug } }) : null,
  }),
);

/** Published pages of active owners: what the public directory and the sitemap list. */
export const PUBLIC_PAGES: Prisma.VisibilityPageWhereInput = {
  published: true,
  OR: [
    { ownerKind: 'FEDERATION' },
    { ownerKind: 'MEMBER', member: { status: 'ACTIVE', listing: 'VISITORS' } },
    { ownerKind: 'COLLECTIVE', collective: { status: 'ACTIVE' } },
  ],
};

builder.queryField('publicPages', (t) =>
  t.prismaConnection(
    {
      type: VisibilityPageType,
      cursor: 'id',
      description:
        'Every public page (published, active owner), most recently published first: for the directory and the sitemap.',
      args: {
        ownerKind: t.arg({
          type: PageOwnerKindEnum,
          required: false,
          description: 'Only pages of this kind of owner.',
        }),
      },
      totalCount: (_parent, args, ctx) =>
        ctx.prisma.visibilityPage.count({
          where: { ...PUBLIC_PAGES, ...(args.ownerKind ? { ownerKind: args.ownerKind } : {}) },
        }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.visibilityPage.findMany({
          ...query,
          where: { ...PUBLIC_PAGES, ...(args.ownerKind ? { ownerKind: args.ownerKind } : {}) },
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'QueryPublicPagesConnection', description: 'A page of public visibility pages.' },
    { name: 'QueryPublicPagesEdge', description: 'A public page in a list.' },
  ),
);

builder.prismaObjectFields(MemberType, (t) => ({
  page: t.field({
    type: VisibilityPageType,
    nullable: true,
    description:
      'The member’s visibility page: null when they have none, or when it is not public and you are neither them nor an admin.',
    select: (_args, _ctx, nestedSelection) => ({ status: true, listing: true, page: nestedSelection(true) }),
    // The owner is the parent member: its status is at hand.
    authScopes: (member) =>
      member.page
        ? pageReadScopes({
            ...member.page,
            member: { status: member.status, listing: member.listing },
            collective: null,
          })
        : true,
    unauthorizedResolver: nullUnlessScopeMissing,
    // nestedSelection(true) carries the page type's own select (its owner's status).
    resolve: (member) => member.page as PageWithOwner | null,
  }),
}));

builder.prismaObjectFields(CollectiveType, (t) => ({
  page: t.field({
    type: VisibilityPageType,
    nullable: true,
    description:
      'The collective’s visibility page: null when it has none, or when it is not public and you are neither one of its coordinators nor an admin.',
    select: (_args, _ctx, nestedSelection) => ({ status: true, page: nestedSelection(true) }),
    authScopes: (collective) =>
      collective.page
        ? pageReadScopes({ ...collective.page, member: null, collective: { status: collective.status } })
        : true,
    unauthorizedResolver: nullUnlessScopeMissing,
    resolve: (collective) => collective.page as PageWithOwner | null,
  }),
}));

// ───────────────────────── writing ─────────────────────────

const SavePageInput = builder.inputType('SavePageInput', {
  description:
    'The whole content of a page; saving replaces what was there. A published page shows the change at once.',
  fields: (t) => ({
    title: t.string({
      required: true,
      description: `The page’s title (${PAGE_RULES.title.min}–${PAGE_RULES.title.max} characters).`,
    }),
    seoDescription: t.string({
      required: false,
      description: `What search engines and link previews show (up to ${PAGE_RULES.seoDescription.max} characters; about 160 is best).`,
    }),
    sections: t.field({
      type: [PageSectionInput],
      required: true,
      description: `The sections, in order (up to ${PAGE_LIMITS.sections}).`,
    }),
  }),
});

const savePageSchema = z.object({
  title: plainText(PAGE_RULES.title.min, PAGE_RULES.title.max, 'title'),
  seoDescription: z
    .string()
    .nullish()
    .transform((v) => v ?? '')
    .pipe(plainText(0, PAGE_RULES.seoDescription.max, 'description')),
  sections: sectionsSchema,
});

export const VisibilityPageSuccess = builder.objectRef<{ pageId: string }>('VisibilityPageSuccess').implement({
  description: 'The page after the change.',
  fields: (t) => ({
    page: t.prismaField({
      type: VisibilityPageType,
      description: 'The page.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.visibilityPage.findUniqueOrThrow({ ...query, where: { id: payload.pageId } }),
    }),
  }),
});

type Owner =
  { kind: 'MEMBER'; memberId: string } | { kind: 'COLLECTIVE'; collectiveId: string } | { kind: 'FEDERATION' };

async function ownerSlug(tx: Prisma.TransactionClient, owner: Owner): Promise<string> {
  if (owner.kind === 'MEMBER')
    return (await tx.member.findUniqueOrThrow({ where: { id: owner.memberId }, select: { handle: true } })).handle;
  if (owner.kind === 'COLLECTIVE')
    return (await tx.collective.findUniqueOrThrow({ where: { id: owner.collectiveId }, select: { slug: true } })).slug;
  return 'federation';
}

/**
 * Creates or replaces the owner's page. Saving never changes whether it is published. The slug
 * follows the owner's handle or slug, like the public address does.
 */
async function savePage(ctx: Context, owner: Owner, raw: unknown): Promise<{ pageId: string }> {
  const input = parseInput(savePageSchema, raw);
  const ownerWhere: Prisma.VisibilityPageWhereInput =
    owner.kind === 'MEMBER'
      ? { memberId: owner.memberId }
      : owner.kind === 'COLLECTIVE'
        ? { collectiveId: owner.collectiveId }
        : { ownerKind: 'FEDERATION' };
  const content = {
    title: input.title,
    seoDescription: input.seoDescription,
    sections: input.sections as StoredSection[] as Prisma.InputJsonArray,
  };
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      // A collective cannot be archived while its page is being saved.
      if (owner.kind === 'COLLECTIVE') await lockActiveCollective(tx, owner.collectiveId, 'SHARE');
      // One save per owner at a time: two first saves must not create two pages.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`visibility-page:${JSON.stringify(ownerWhere)}`}))`;
      const existing = await tx.visibilityPage.findFirst({ where: ownerWhere, select: { id: true } });
      const slug = await ownerSlug(tx, owner);
      const page = existing
        ? await tx.visibilityPage.update({
            where: { id: existing.id },
            data: { ...content, slug },
            select: { id: true },
          })
        : await tx.visibilityPage.create({
            data: {
              ...content,
              slug,
              ownerKind: owner.kind,
              memberId: owner.kind === 'MEMBER' ? owner.memberId : null,
              collectiveId: owner.kind === 'COLLECTIVE' ? owner.collectiveId : null,
            },
            select: { id: true },
          });
      await recordAudit(tx, {
        ...auditActor(ctx),
        action: 'page.saved',
        targetType: 'VisibilityPage',
        targetId: page.id,
        data: { slug, created: !existing },
      });
      return { pageId: page.id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') {
      throw new ConflictError('Another page already uses this name: ask the federation to sort it out.');
    }
    throw error;
  }
}

/** A global ID argument as scope-auth sees it (before the relay plugin parses it): the raw id, or ''. */
function rawId(value: unknown, typename: string): string {
  if (typeof value === 'object' && value !== null && 'id' in value) return String((value as { id: unknown }).id);
  try {
    const decoded = decodeGlobalID(String(value));
    return decoded.typename === typename && isUuid(decoded.id) ? decoded.id : '';
  } catch {
    return '';
  }
}

/** Scopes to change the page with this id; an unknown id needs a member who can write (then NotFound). */
async function writeScopesForPage(ctx: Context, id: string): Promise<ScopeMap> {
  const page = isUuid(id)
    ? await ctx.prisma.visibilityPage.findUnique({
        where: { id },
        select: { ownerKind: true, memberId: true, collectiveId: true },
      })
    : null;
  return page ? pageWriteScopes(page) : { memberCan: 'write:profile' };
}

builder.mutationFields((t) => ({
  saveMyPage: t.field({
    type: VisibilityPageSuccess,
    description: 'Creates or replaces your own visibility page (a new page is a draft until you publish it).',
    authScopes: { memberCan: 'write:profile' },
    errors: errorUnion('The saved page, or why nothing was saved.', ValidationError, ConflictError),
    args: { input: t.arg({ type: SavePageInput, required: true, description: 'The whole content of the page.' }) },
    resolve: (_root, args, ctx) => savePage(ctx, { kind: 'MEMBER', memberId: viewerId(ctx)! }, args.input),
  }),

  saveCollectivePage: t.field({
    type: VisibilityPageSuccess,
    description:
      'Creates or replaces a collective’s visibility page (its coordinators). A new page is a draft until published.',
    authScopes: (_root, args) => ({ coordinatorOf: rawId(args.collectiveId, 'Collective') }),
    errors: errorUnion('The saved page, or why nothing was saved.', ValidationError, ConflictError, NotFoundError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      input: t.arg({ type: SavePageInput, required: true, description: 'The whole content of the page.' }),
    },
    resolve: (_root, args, ctx) => {
      if (!isUuid(args.collectiveId.id)) throw new NotFoundError('No collective has this id.');
      return savePage(ctx, { kind: 'COLLECTIVE', collectiveId: args.collectiveId.id }, args.input);
    },
  }),

  saveFederationPage: t.field({
    type: VisibilityPageSuccess,
    description: 'Creates or replaces the federation’s own page (admins).',
    authScopes: { admin: true },
    errors: errorUnion('The saved page, or why nothing was saved.', ValidationError, ConflictError),
    args: { input: t.arg({ type: SavePageInput, required: true, description: 'The whole content of the page.' }) },
    resolve: (_root, args, ctx) => savePage(ctx, { kind: 'FEDERATION' }, args.input),
  }),

  publishPage: t.field({
    type: VisibilityPageSuccess,
    description:
      'Puts a page online for everyone (its owner). A page an admin took offline can be published again once it was changed since. Publishing sends the page.published webhook.',
    authScopes: (_root, args, ctx) => writeScopesForPage(ctx, rawId(args.id, 'VisibilityPage')),
    errors: errorUnion('The published page, or why it cannot be published.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [VisibilityPageType], description: 'The page.' }) },
    resolve: async (_root, args, ctx) => {
      if (!isUuid(args.id.id)) throw new NotFoundError('No page has this id.');
      const id = args.id.id;
      await ctx.prisma.$transaction(async (tx) => {
        // Locks in the order saving takes them (collective, then page): an archiving, an admin's
        // unpublishing and the owner's publishing are never interleaved, and never deadlock.
        const owner = await tx.visibilityPage.findUnique({ where: { id }, select: { collectiveId: true } });
        if (!owner) throw new NotFoundError('No page has this id.');
        if (owner.collectiveId) await lockActiveCollective(tx, owner.collectiveId, 'SHARE');
        await tx.$queryRaw`SELECT 1 AS locked FROM "VisibilityPage" WHERE "id" = ${id}::uuid FOR UPDATE`;
        const page = await tx.visibilityPage.findUniqueOrThrow({
          where: { id },
          include: { member: { select: { handle: true } }, collective: { select: { slug: true } } },
        });
        if (page.published) return;
        if (readSections(page.sections).length === 0)
          throw new ConflictError('Add at least one section before publishing.');
        if (page.unpublishedAt && page.updatedAt <= page.unpublishedAt) {
          throw new ConflictError(
            `An admin took this page offline: revise it (save it) before publishing it again. Their reason: ${page.unpublishedReason ?? ''}`,
          );
        }
        const published = await tx.visibilityPage.update({
          where: { id },
          data: {
            published: true,
            publishedAt: new Date(),
            unpublishedAt: null,
            unpublishedReason: null,
            unpublishedById: null,
          },
        });
        await enqueuePagePublished(tx, published, publicPageUrl(ctx.config.PUBLIC_URL, page));
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'page.published',
          targetType: 'VisibilityPage',
          targetId: id,
          data: { slug: page.slug },
        });
      });
      return { pageId: id };
    },
  }),

  withdrawPage: t.field({
    type: VisibilityPageSuccess,
    description: 'Takes your page offline (back to draft); you can publish it again whenever you want (its owner).',
    authScopes: (_root, args, ctx) => writeScopesForPage(ctx, rawId(args.id, 'VisibilityPage')),
    errors: errorUnion('The page, now a draft, or why not.', NotFoundError),
    args: { id: t.arg.globalID({ required: true, for: [VisibilityPageType], description: 'The page.' }) },
    resolve: async (_root, args, ctx) => {
      const page = isUuid(args.id.id)
        ? await ctx.prisma.visibilityPage.findUnique({ where: { id: args.id.id }, select: { id: true, slug: true } })
        : null;
      if (!page) throw new NotFoundError('No page has this id.');
      await ctx.prisma.$transaction(async (tx) => {
        const { count } = await tx.visibilityPage.updateMany({
          where: { id: page.id, published: true },
          data: { published: false },
        });
        if (count === 1)
          await recordAudit(tx, {
            ...auditActor(ctx),
            action: 'page.withdrawn',
            targetType: 'VisibilityPage',
            targetId: page.id,
            data: { slug: page.slug },
          });
      });
      return { pageId: page.id };
    },
  }),
}));
