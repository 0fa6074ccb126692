// The member visibility rule: which members a caller finds, and which parts of each profile they
// see. The GraphQL fields, the public pages (member page, directory, collectives, workshops,
// sitemap, home) and the federation's counts all ask here, so they can never disagree. The Member
// type's `authScopes` is `findsMember` below, and node(id:), nodes(ids:) and the supergraph's
// _entities evaluate that same type rule (schema/node.ts), so no path decides on its own.
//
//   audience   who                                                   finds                              sees
//   visitor    anonymous; a token without read:network;              ACTIVE members listed to VISITORS  name, handle, headline, page, collectives
//              a signed-in member who is not ACTIVE                  whose page is published            + the parts they made public
//   member     an ACTIVE member (session, or token with read:network) every ACTIVE member                the whole public profile
//   self       that member themself                                  themself                           everything of their own
//   admin      an ACTIVE admin (token: admin scope)                  every member, any status           everything
import { Prisma, type MemberListing, type MemberStatus, type PublicField } from '@ekoacteurs/db';
import type { Caller } from '../auth/caller.ts';
import type { Context } from '../context.ts';
import { pagePublished as isPagePublished } from './published-pages.ts';

export type Audience = 'visitor' | 'member' | 'admin';

/** The parts of a profile a member may show to visitors, each switched on or off (Member.publicFields). */
export const PUBLIC_FIELDS = ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'] as const satisfies readonly PublicField[];

/** The Member fields each part covers. */
export const FIELDS_OF_PART: Record<PublicField, readonly string[]> = {
  PLACE: ['city', 'region'],
  PHOTO: ['avatarUrl'],
  SKILLS: ['skills'],
  CARD: ['canDo', 'cannotDo', 'wishes'],
  PACE: ['pace', 'paceNote'],
};

/** The caller's audience. Tokens act for their owner within their scopes (builder.ts's scopes, alike). */
export function audienceOf(caller: Caller): Audience {
  if (caller.kind === 'anonymous' || caller.status !== 'ACTIVE') return 'visitor';
  const granted = (scope: 'read:network' | 'admin') => caller.kind === 'session' || caller.scopes.includes(scope);
  if (caller.role === 'ADMIN' && granted('admin')) return 'admin';
  return granted('read:network') ? 'member' : 'visitor';
}

/** The caller's own member id when they may read their own profile (ACTIVE, read:network). */
export function selfId(caller: Caller): string | null {
  return audienceOf(caller) === 'visitor' || caller.kind === 'anonymous' ? null : caller.memberId;
}

export interface VisibleMember {
  id: string;
  status: MemberStatus;
  listing: MemberListing;
  publicFields: PublicField[];
}

/**
 * Whether the caller finds this member at all. `pagePublished` matters to visitors only (a
 * visitor never finds a member whose page is not published: /membres/<handle> would answer 404).
 */
export function canFind(
  audience: Audience,
  member: Pick<VisibleMember, 'status' | 'listing'> & { id: string },
  pagePublished: boolean,
  self: string | null,
): boolean {
  if (audience === 'admin' || member.id === self) return true;
  if (member.status !== 'ACTIVE') return false;
  return audience === 'member' || (member.listing === 'VISITORS' && pagePublished);
}

/**
 * The Member type's rule (its `authScopes`): `canFind` for the caller, the member's page looked up
 * (batched per tick, see published-pages.ts) only when it decides — a visitor looking at an ACTIVE
 * member listed to visitors.
 */
export function findsMember(
  ctx: Context,
  member: Pick<VisibleMember, 'id' | 'status' | 'listing'>,
): boolean | Promise<boolean> {
  const audience = audienceOf(ctx.caller);
  const self = selfId(ctx.caller);
  if (canFind(audience, member, false, self)) return true;
  if (!canFind(audience, member, true, self)) return false;
  return isPagePublished(ctx, member.id);
}

/** Whether the caller sees this part of a member they found. */
export function showsPart(audience: Audience, member: Pick<VisibleMember, 'publicFields'>, part: PublicField): boolean {
  return audience !== 'visitor' || member.publicFields.includes(part);
}

/** Whether the caller sees a members-only profile field (bio, role, dates, posted opportunities). */
export function showsMembersOnly(audience: Audience): boolean {
  return audience !== 'visitor';
}

/** The Prisma condition on Member for the members the audience finds (`self` is always found). */
export function findableWhere(audience: Audience, self: string | null = null): Prisma.MemberWhereInput {
  if (audience === 'admin') return {};
  const listed: Prisma.MemberWhereInput =
    audience === 'member'
      ? { status: 'ACTIVE' }
      : { status: 'ACTIVE', listing: 'VISITORS', page: { is: { published: true } } };
  return self ? { OR: [listed, { id: self }] } : listed;
}

/** The same condition in SQL, for the member aliased `alias` (default m), for raw statements. */
export function findableSql(audience: Audience, alias = 'm'): Prisma.Sql {
  const m = Prisma.raw(`"${alias}"`);
  if (audience === 'admin') return Prisma.sql`TRUE`;
  if (audience === 'member') return Prisma.sql`${m}."status" = 'ACTIVE'`;
  return Prisma.sql`(${m}."status" = 'ACTIVE' AND ${m}."listing" = 'VISITORS'
    AND EXISTS (SELECT 1 FROM "VisibilityPage" vp WHERE vp."memberId" = ${m}."id" AND vp."published"))`;
}

/** The SQL condition for "visitors see this part of the member aliased `alias`". */
export function partSql(part: PublicField, alias = 'm'): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."publicFields" @> ARRAY[${part}]::"PublicField"[]`;
}

/** A member's profile as a visitor sees it: the parts they keep for members emptied. */
export function forVisitors<
  T extends { publicFields: PublicField[] } & Partial<
    Record<'city' | 'region' | 'avatarUrl' | 'canDo' | 'cannotDo' | 'wishes' | 'paceNote', string | null>
  >,
>(member: T): T {
  const shown = (part: PublicField) => member.publicFields.includes(part);
  const out: Record<string, unknown> = { ...member };
  for (const part of PUBLIC_FIELDS) {
    if (shown(part)) continue;
    for (const field of FIELDS_OF_PART[part]) {
      if (field in out) out[field] = field === 'avatarUrl' || field === 'pace' ? null : field === 'skills' ? [] : '';
    }
  }
  return out as T;
}
