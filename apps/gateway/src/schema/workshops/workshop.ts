// Workshops (ateliers): the federation's calendar. The Workshop and WorkshopRegistration types, the
// `workshops` and `workshop(slug:)` queries, and what the other workshop files share: who may see a
// draft, manage a workshop or see its visio link, the row lock, notification data, the payload.
import type { Prisma } from '@ekoacteurs/db';
import { RegistrationStatus, WorkshopFormat, WorkshopKind, WorkshopStatus } from '@ekoacteurs/db/enums';
import { RequestCache, type AuthScopeMap } from '@pothos/plugin-scope-auth';
import { workshopIcsUrl } from '../../calendar/urls.ts';
import { viewerId, type Context } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';
import { markdownToHtml } from '../../markdown/index.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { audienceOf, findableWhere, selfId } from '../../visibility/member.ts';
import { foundPublished } from '../../visibility/published-pages.ts';
import { MemberType } from '../network/member.ts';
import { SkillType } from '../network/skill.ts';
import { oncePerRequest } from '../once-per-request.ts';
import { compileSelect } from '../../search/select-json.ts';
import { isUuid } from '../validate.ts';
import { asksFor } from '../asks-for.ts';
import {
  countWorkshops,
  LISTED_WORKSHOP,
  listOrder,
  listWhere,
  workshopPage,
  type PageQuery,
} from './workshop-list.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';

export type Tx = Prisma.TransactionClient;
type Scopes = AuthScopeMap<typeof builder.$inferSchemaTypes>;

/** Transactions that wait for a workshop's row lock: many members may queue for the same one. */
export const LOCKING_TX = { maxWait: 10_000, timeout: 20_000 } as const;

// ───────────────────────────── Who may do what ─────────────────────────────

/** The workshops the caller facilitates: one statement per request, only when a rule needs it. */
function facilitatedIds(ctx: Context): Promise<Set<string>> {
  const memberId = viewerId(ctx);
  if (!memberId) return Promise.resolve(new Set());
  return oncePerRequest(ctx, 'workshops.facilitated', async () => {
    const rows = await ctx.prisma.workshopFacilitator.findMany({ where: { memberId }, select: { workshopId: true } });
    return new Set(rows.map((row) => row.workshopId));
  });
}

/** The workshops where the caller holds a confirmed seat. */
function confirmedSeatIds(ctx: Context): Promise<Set<string>> {
  const memberId = viewerId(ctx);
  if (!memberId) return Promise.resolve(new Set());
  return oncePerRequest(ctx, 'workshops.confirmed', async () => {
    const rows = await ctx.prisma.workshopRegistration.findMany({
      where: { memberId, status: 'CONFIRMED' },
      select: { workshopId: true },
    });
    return new Set(rows.map((row) => row.workshopId));
  });
}

/** Whether the caller passes a scope map, judged by the scopes of builder.ts (cached per request). */
export async function passes(ctx: Context, scopes: Scopes | boolean): Promise<boolean> {
  return (await RequestCache.fromContext(ctx, builder).evaluateScopeMap(scopes)) === null;
}

// A scope absent from a map is never granted; a scope present with `false` would still be
// evaluated, so the facilitator's scope is added only when it applies.

/** Who sees a draft and the participants: admins, and the workshop's facilitators (active members). */
export async function insiders(ctx: Context, workshopId: string): Promise<Scopes> {
  return (await facilitatedIds(ctx)).has(workshopId) ? { admin: true, member: true } : { admin: true };
}

/** Who runs a workshop (edit, attendance, completion): admins, and its facilitators with write:workshops. */
export async function managers(ctx: Context, workshopId: string): Promise<Scopes> {
  return (await facilitatedIds(ctx)).has(workshopId) ? { admin: true, memberCan: 'write:workshops' } : { admin: true };
}

/** Who sees the visio link: admins, the facilitators and the confirmed participants. */
async function linkReaders(ctx: Context, workshopId: string): Promise<Scopes> {
  const [facilitated, confirmed] = await Promise.all([facilitatedIds(ctx), confirmedSeatIds(ctx)]);
  return facilitated.has(workshopId) || confirmed.has(workshopId) ? { admin: true, member: true } : { admin: true };
}

/**
 * Who sees a registration: the registered member (also through a token that may register, so an
 * integrator reads back what it wrote), the workshop's facilitators, admins.
 */
async function registrationReaders(
  ctx: Context,
  registration: { memberId: string; workshopId: string },
): Promise<Scopes> {
  const own =
    viewerId(ctx) === registration.memberId
      ? { self: registration.memberId, memberCan: 'write:workshops' as const }
      : {};
  return { ...own, ...(await insiders(ctx, registration.workshopId)) };
}

/** Never published (a draft, or a draft that was cancelled): only its insiders know of it. */
export function isPrivate(workshop: { status: WorkshopStatus; publishedAt: Date | null }): boolean {
  return workshop.status === 'DRAFT' || workshop.publishedAt === null;
}

/** The same rule as a database filter. */
export const PUBLISHED_ONCE = {
  status: { not: 'DRAFT' },
  publishedAt: { not: null },
} satisfies Prisma.WorkshopWhereInput;

// ───────────────────────────── Shared by the workshop mutations ─────────────────────────────

export interface LockedWorkshop {
  id: string;
  slug: string;
  title: string;
  status: WorkshopStatus;
  capacity: number;
  startsAt: Date;
  endsAt: Date;
  publishedAt: Date | null;
}

/**
 * Locks the workshop's row until the transaction ends. Every change to its seats, waitlist,
 * status or attendance takes this lock first, so they happen one after the other.
 */
export async function lockWorkshop(tx: Tx, workshopId: string): Promise<LockedWorkshop> {
  const rows = await tx.$queryRaw<LockedWorkshop[]>`
    SELECT id::text AS id, slug, title, status::text AS status, capacity, "startsAt", "endsAt", "publishedAt"
    FROM "Workshop" WHERE id = ${workshopId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFoundError('No workshop has this id.');
  return {
    ...row,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    publishedAt: row.publishedAt && new Date(row.publishedAt),
  };
}

/** The id inside a Workshop global ID, or NotFoundError when it cannot be one. */
export function workshopIdOf(globalId: { id: string }): string {
  if (!isUuid(globalId.id)) throw new NotFoundError('No workshop has this id.');
  return globalId.id;
}

/** What a workshop notification carries, as the seed writes it. */
export function aboutWorkshop(workshop: { id: string; slug: string; title: string; startsAt: Date }) {
  return {
    workshopId: workshop.id,
    workshopTitle: workshop.title,
    workshopSlug: workshop.slug,
    startsAt: workshop.startsAt.toISOString(),
  };
}

// ───────────────────────────── Types ─────────────────────────────

export const WorkshopKindEnum = builder.enumType(WorkshopKind, {
  name: 'WorkshopKind',
  description:
    'ATELIER (a skills workshop), RENCONTRE (a networking meeting), CO_CREATION (session de co-création: members build something together).',
});

export const WorkshopFormatEnum = builder.enumType(WorkshopFormat, {
  name: 'WorkshopFormat',
  description: 'IN_PERSON (en présentiel, at `place`), ONLINE (en ligne, through `onlineUrl`), HYBRID (hybride: both).',
});

export const WorkshopStatusEnum = builder.enumType(WorkshopStatus, {
  name: 'WorkshopStatus',
  description:
    'DRAFT (brouillon: seen only by admins and its facilitators), PUBLISHED (open for registration until it starts), CANCELLED (annulé; a draft cancelled before publication stays private), COMPLETED (terminé: attendance and feedback recorded).',
});

export const RegistrationStatusEnum = builder.enumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description:
    'CONFIRMED (a seat is yours), WAITLISTED (liste d’attente: you get the next free seat in turn, automatically), CANCELLED (annulée, by you or because the workshop was cancelled).',
});

/** No member has it: anonymous callers' own registration is looked up under it, and never found. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const WAITING_ORDER = [{ status: 'asc' }, { waitlistRank: 'asc' }, { confirmedAt: 'asc' }, { id: 'asc' }] as const;

export const WorkshopType = builder.prismaNode('Workshop', {
  description: 'A workshop (atelier), meeting (rencontre) or co-creation session of the federation.',
  id: { field: 'id' },
  // Select mode: only the columns a query asks for are read (a public list never reads the private
  // visio link nor the long description it does not show); what the rule below reads is always
  // selected, and so are the short columns every list shows, read by plain resolvers (ARCHITECTURE.md, "Select mode").
  select: {
    id: true,
    status: true,
    publishedAt: true,
    slug: true,
    kind: true,
    title: true,
    startsAt: true,
    endsAt: true,
    format: true,
    capacity: true,
  },
  authScopes: (workshop, ctx) => (isPrivate(workshop) ? insiders(ctx, workshop.id) : true),
  // The rule above runs once per object, not around each field (ARCHITECTURE.md, "Type rules on the hot lists").
  runScopesOnType: true,
  fields: (t) => ({
    slug: t.string({
      description: 'Stable, URL-safe identifier, used in page and calendar addresses.',
      resolve: (workshop) => workshop.slug,
    }),
    kind: t.field({ type: WorkshopKindEnum, description: 'What sort of session it is.', resolve: (w) => w.kind }),
    title: t.string({ description: 'Title, in French.', resolve: (workshop) => workshop.title }),
    description: t.exposeString('description', { description: 'Description as markdown, without raw HTML.' }),
    descriptionHtml: t.string({
      description: 'The description rendered to HTML through an allow-list: safe to put in a page as is.',
      select: { description: true },
      resolve: (workshop) => markdownToHtml(workshop.description),
    }),
    startsAt: t.field({ type: 'DateTime', description: 'When it starts.', resolve: (workshop) => workshop.startsAt }),
    endsAt: t.field({ type: 'DateTime', description: 'When it ends.', resolve: (workshop) => workshop.endsAt }),
    timeZone: t.exposeString('timeZone', {
      description: 'IANA time zone the times are shown in, e.g. "Europe/Paris" (the default).',
    }),
    format: t.field({ type: WorkshopFormatEnum, description: 'In person, online or both.', resolve: (w) => w.format }),
    place: t.exposeString('place', {
      description: 'Address or venue when in person or hybrid; empty when online only.',
    }),
    onlineUrl: t.exposeString('onlineUrl', {
      nullable: true,
      description:
        'Private: the visio link (lien de visio). Null unless you hold a confirmed seat, facilitate it or are an admin, and when it has none.',
      authScopes: (workshop, _args, ctx) => linkReaders(ctx, workshop.id),
      unauthorizedResolver: nullUnlessScopeMissing,
    }),
    capacity: t.int({ description: 'Number of seats.', resolve: (workshop) => workshop.capacity }),
    status: t.expose('status', {
      type: WorkshopStatusEnum,
      description: 'Where it is in its life: draft, published, cancelled or completed.',
    }),
    publishedAt: t.expose('publishedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was published; null for a draft.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When its own fields last changed (the watermark for `workshops(updatedSince:)`).',
    }),
    cancelledAt: t.expose('cancelledAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was cancelled; null unless CANCELLED.',
    }),
    confirmedCount: t.relationCount('registrations', {
      where: { status: 'CONFIRMED' },
      description: 'Number of confirmed participants.',
    }),
    // The waitlist's rows (ids only), not a second filtered count: one relation's two filtered counts
    // (this and the confirmed one) cannot share a statement, so asking for both cost a statement more.
    waitlistCount: t.int({
      description: 'Number of members on the waitlist.',
      select: { registrations: { where: { status: 'WAITLISTED' }, select: { id: true } } },
      resolve: (workshop) => workshop.registrations.length,
    }),
    seatsLeft: t.int({
      description: 'Seats still free (0 when full: new registrations join the waitlist).',
      select: { capacity: true, _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } } },
      resolve: (workshop) => Math.max(0, workshop.capacity - workshop._count.registrations),
    }),
    facilitators: t.field({
      type: [MemberType],
      description:
        'Members who lead it (animateurs), among the active members of the federation you may find (visitors: those listed to visitors).',
      select: (_args, ctx, nestedSelection) => ({
        facilitators: {
          where: { member: { status: 'ACTIVE', AND: [findableWhere(audienceOf(ctx.caller), selfId(ctx.caller))] } },
          select: { member: nestedSelection(true) },
        },
      }),
      // Found through the rule's SQL: their pages need not be asked about again.
      resolve: (workshop, _args, ctx) =>
        foundPublished(
          ctx,
          workshop.facilitators.map((f) => f.member),
        ),
    }),
    skills: t.field({
      type: [SkillType],
      description: 'Skills it helps build (compétences).',
      select: (_args, _ctx, nestedSelection) => ({
        skills: { select: { skill: nestedSelection(true) } },
      }),
      resolve: (workshop) => workshop.skills.map((s) => s.skill),
    }),
    viewerRegistration: t.field({
      type: RegistrationType,
      nullable: true,
      description:
        'Your own registration (its status and waitlist position), cancelled ones included; null when you never registered or are anonymous.',
      select: (_args, ctx, nestedSelection) => ({
        // Anonymous callers select no row: no member has the nil UUID.
        registrations: nestedSelection({ where: { memberId: viewerId(ctx) ?? NIL_UUID }, take: 1 }),
      }),
      resolve: (workshop) => workshop.registrations[0] ?? null,
    }),
    participants: t.relatedConnection(
      'registrations',
      {
        cursor: 'id',
        nullable: true,
        totalCount: true,
        description:
          'Private: the registrations, confirmed ones first (in the order they got their seat), then the waitlist in order. Null unless you facilitate it or are an admin.',
        args: {
          status: t.arg({
            type: RegistrationStatusEnum,
            required: false,
            description: 'Only registrations with this status (default: CONFIRMED and WAITLISTED).',
          }),
        },
        authScopes: (workshop, _args, ctx) => insiders(ctx, workshop.id),
        unauthorizedResolver: nullUnlessScopeMissing,
        query: (args) => ({
          where: { status: args.status ?? { in: ['CONFIRMED', 'WAITLISTED'] } },
          orderBy: [...WAITING_ORDER],
        }),
      },
      { description: 'A page of a workshop’s registrations, with their total.' },
      { description: 'One registration, with its cursor.' },
    ),
    calendarUrl: t.string({
      description: 'Address of its .ics file (iCalendar), to add it to a calendar. The visio link is never in it.',
      select: { slug: true },
      resolve: (workshop, _args, ctx) => workshopIcsUrl(ctx.config.PUBLIC_URL, workshop.slug),
    }),
  }),
});

export const RegistrationType = builder.prismaNode('WorkshopRegistration', {
  description:
    'A member’s registration (inscription) for a workshop. Seen by that member, the workshop’s facilitators and admins.',
  id: { field: 'id' },
  authScopes: (registration, ctx) => registrationReaders(ctx, registration),
  select: { id: true, memberId: true, workshopId: true },
  fields: (t) => ({
    status: t.expose('status', {
      type: RegistrationStatusEnum,
      description: 'Confirmed, on the waitlist, or cancelled.',
    }),
    waitlistPosition: t.exposeInt('waitlistRank', {
      nullable: true,
      description:
        'Place on the waitlist: 1 gets the next free seat. Positions stay 1, 2, 3… as people ahead leave. Null unless WAITLISTED.',
    }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', description: 'When the member (last) registered.' }),
    confirmedAt: t.expose('confirmedAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When the seat was given (at registration or on promotion from the waitlist); null while waiting.',
    }),
    cancelledAt: t.expose('cancelledAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When it was cancelled; null unless CANCELLED.',
    }),
    attended: t.exposeBoolean('attended', {
      nullable: true,
      description: 'Whether the member came, as marked by a facilitator or an admin; null until marked.',
    }),
    feedbackRating: t.exposeInt('feedbackRating', {
      nullable: true,
      description: 'The member’s rating of the workshop, 1 (poor) to 5 (excellent); null until given.',
    }),
    feedbackComment: t.exposeString('feedbackComment', {
      nullable: true,
      description: 'The member’s comment (plain text); null when none.',
    }),
    feedbackAt: t.expose('feedbackAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When the feedback was last given; null until then.',
    }),
    member: t.relation('member', { description: 'The registered member.' }),
    workshop: t.relation('workshop', { description: 'The workshop.' }),
  }),
});

export const WorkshopSuccess = builder.objectRef<{ workshopId: string }>('WorkshopSuccess').implement({
  description: 'The workshop after the change.',
  fields: (t) => ({
    workshop: t.prismaField({
      type: WorkshopType,
      description: 'The workshop, as it is now.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.workshop.findUniqueOrThrow({ ...query, where: { id: payload.workshopId } }),
    }),
  }),
});

// ───────────────────────────── Queries ─────────────────────────────

/** A page read with its total, by the arguments object Pothos hands to both the list and its totalCount. */
const pages = new WeakMap<object, ReturnType<typeof workshopPage>>();

builder.queryField('workshops', (t) =>
  t.prismaConnection(
    {
      type: WorkshopType,
      cursor: 'id',
      description:
        'Workshops, soonest first: published and completed ones for everyone; admins may ask for one status (drafts, cancelled ones). `upcoming: true` (the default) keeps those that have not ended, `false` past ones (latest first), `null` both.',
      args: {
        upcoming: t.arg.boolean({
          required: false,
          defaultValue: true,
          description: 'true (default): not ended yet; false: ended, latest first; null: both.',
        }),
        kind: t.arg({ type: WorkshopKindEnum, required: false, description: 'Only this kind.' }),
        format: t.arg({ type: WorkshopFormatEnum, required: false, description: 'Only this format.' }),
        skill: t.arg.globalID({
          required: false,
          for: [SkillType],
          description: 'Only workshops that teach this skill.',
        }),
        from: t.arg({
          type: 'DateTime',
          required: false,
          description: 'Only workshops starting at or after this instant.',
        }),
        to: t.arg({ type: 'DateTime', required: false, description: 'Only workshops starting before this instant.' }),
        status: t.arg({
          type: WorkshopStatusEnum,
          required: false,
          description: 'Admins only: workshops with this status instead of published and completed ones.',
        }),
        updatedSince: t.arg({
          type: 'DateTime',
          required: false,
          description:
            'Sync: only workshops whose own fields (title, times, place, status…) changed at or after this instant; keep the largest `updatedAt` you saw and pass it next time (with `upcoming: null` for every date). Seats left change with registrations, not here.',
        }),
      },
      nullable: true,
      authScopes: (_root, args) => (args.status ? { admin: true } : true),
      // Read with the page when the query asks for both (one statement), else counted on its own.
      totalCount: async (_parent, args, ctx) => (await pages.get(args))?.total ?? countWorkshops(ctx.prisma, args),
      resolve: async (query, _root, args, ctx, info) => {
        const { take, skip, cursor, ...selection } = query as typeof query & PageQuery;
        // What the query selects, compiled into the page's statement when select-json.ts translates it exactly.
        const compiled = compileSelect('Workshop', LISTED_WORKSHOP, selection);
        if (!compiled)
          return ctx.prisma.workshop.findMany({ ...query, where: listWhere(args), orderBy: listOrder(args) });
        const page = workshopPage(ctx.read, args, { take, skip, cursor }, compiled, asksFor(info, 'totalCount'));
        pages.set(args, page);
        return (await page).rows as never;
      },
    },
    { description: 'A page of workshops, with their total.' },
    { description: 'A workshop in the page, with its cursor.' },
  ),
);

builder.queryField('workshop', (t) =>
  t.prismaField({
    type: WorkshopType,
    nullable: true,
    description: 'A workshop by its slug; null when there is none, or when it is a draft you may not see.',
    args: {
      slug: t.arg.string({ required: true, description: 'Its slug, e.g. "repondre-a-un-appel-d-offres-a-plusieurs".' }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (args.slug.length > 200) return null;
      const workshop = await ctx.prisma.workshop.findUnique({ ...query, where: { slug: args.slug } });
      if (workshop && isPrivate(workshop) && !(await passes(ctx, await insiders(ctx, workshop.id)))) return null;
      return workshop;
    },
  }),
);
