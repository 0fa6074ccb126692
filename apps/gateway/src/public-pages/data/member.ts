// A member's public page: their published visibility page and the public parts of their profile.
// Who has one and which parts it shows is the visibility rule's (visibility/member.ts): an ACTIVE
// member listed to visitors with a published page, showing the parts they made public. Private
// fields (email, concerns, contact links, ledger…) are never selected, so they cannot leak.
import {
  Prisma,
  type MemberListing,
  type MemberStatus,
  type Pace,
  type PublicField,
  type SkillDomain,
  type SkillLevel,
} from '@ekoacteurs/db';
import { canFind, findableSql, forVisitors, partSql } from '../../visibility/member.ts';
import { cleanText } from '../../markdown/index.ts';
import { readSections, type StoredSection } from '../../schema/pages/page-sections.ts';
import { isSlug, ownerOfPageSlug, pageState, type Db, type Lookup } from './lookup.ts';
import { bySkill } from './order.ts';
import { isErasedHandle } from '../../privacy/erased-handles.ts';
import type { WorkshopSummary } from './workshops.ts';

/** The public parts of the profile; private ones (email, concerns, links, motivation) are not read. */
interface MemberRow {
  id: string;
  handle: string;
  displayName: string;
  headline: string;
  city: string;
  region: string;
  avatarUrl: string | null;
  canDo: string;
  cannotDo: string;
  wishes: string;
  /** Null when the member keeps their pace for members. */
  pace: Pace | null;
  paceNote: string;
  status: MemberStatus;
  listing: MemberListing;
  publicFields: PublicField[];
}

interface PageRow extends MemberRow {
  pageTitle: string | null;
  pageSeoDescription: string | null;
  pageSections: unknown;
  pagePublished: boolean | null;
  pagePublishedAt: Date | null;
  /** Aggregated only when the page is public (null otherwise). */
  skills: MemberPageData['skills'] | null;
  collectives: MemberPageData['collectives'] | null;
  workshops:
    | (Omit<WorkshopSummary, 'startsAt' | 'endsAt' | '_count'> & {
        id: string;
        startsAt: string;
        endsAt: string;
        confirmed: number;
      })[]
    | null;
}

export interface MemberPageData {
  member: MemberRow;
  page: { title: string; seoDescription: string; sections: StoredSection[] };
  skills: { slug: string; name: string; nameEn: string; domain: SkillDomain; level: SkillLevel }[];
  collectives: { slug: string; name: string; purpose: string }[];
  workshops: WorkshopSummary[];
}

export const UPCOMING_FACILITATED = 12;

/** The aggregates are computed only for a public page (the visibility rule, for visitors). */
const PUBLIC = findableSql('visitor');

/**
 * One statement: the member and their page, and, only when the page is public, their skills, their
 * active collectives and the published workshops to come that they facilitate (with the seats
 * taken), aggregated as JSON. This is the page visitors open most: it costs one round trip.
 */
function memberPageQuery(handle: string, now: Date) {
  return Prisma.sql`
    SELECT m."id", m."handle", m."displayName", m."headline", m."city", m."region", m."avatarUrl",
      m."canDo", m."cannotDo", m."wishes", m."pace"::text AS "pace", m."paceNote", m."status"::text AS "status",
      m."listing"::text AS "listing", m."publicFields"::text[] AS "publicFields",
      p."title" AS "pageTitle", p."seoDescription" AS "pageSeoDescription", p."sections" AS "pageSections",
      p."published" AS "pagePublished", p."publishedAt" AS "pagePublishedAt",
      CASE WHEN ${PUBLIC} AND ${partSql('SKILLS')} THEN (
        SELECT coalesce(json_agg(json_build_object('slug', s."slug", 'name', s."name", 'nameEn', s."nameEn", 'domain', s."domain", 'level', ms."level")), '[]'::json)
        FROM "MemberSkill" ms JOIN "Skill" s ON s."id" = ms."skillId"
        WHERE ms."memberId" = m."id"
      ) END AS "skills",
      CASE WHEN ${PUBLIC} THEN (
        SELECT coalesce(json_agg(json_build_object('slug', c."slug", 'name', c."name", 'purpose', c."purpose") ORDER BY c."name"), '[]'::json)
        FROM "CollectiveMembership" cm JOIN "Collective" c ON c."id" = cm."collectiveId"
        WHERE cm."memberId" = m."id" AND cm."status" = 'ACTIVE' AND c."status" = 'ACTIVE'
      ) END AS "collectives",
      CASE WHEN ${PUBLIC} THEN (
        SELECT coalesce(json_agg(w ORDER BY w."startsAt", w."id"), '[]'::json) FROM (
          SELECT w."id", w."slug", w."kind", w."title", w."startsAt", w."endsAt", w."timeZone", w."format", w."place", w."capacity",
            (SELECT count(*) FROM "WorkshopRegistration" r WHERE r."workshopId" = w."id" AND r."status" = 'CONFIRMED')::int AS "confirmed"
          FROM "Workshop" w JOIN "WorkshopFacilitator" f ON f."workshopId" = w."id"
          WHERE f."memberId" = m."id" AND w."status" = 'PUBLISHED' AND w."endsAt" >= ${now}
          ORDER BY w."startsAt", w."id"
          LIMIT ${UPCOMING_FACILITATED}
        ) w
      ) END AS "workshops"
    FROM "Member" m LEFT JOIN "VisibilityPage" p ON p."memberId" = m."id"
    WHERE m."handle" = ${handle}`;
}

export async function findMemberPage(prisma: Db, handle: string, now: Date): Promise<Lookup<MemberPageData>> {
  if (!isSlug(handle)) return { kind: 'missing' };
  const [row] = await prisma.$queryRaw<PageRow[]>(memberPageQuery(handle, now));
  if (!row) {
    const owner = await ownerOfPageSlug(prisma, handle);
    if (owner?.memberHandle && owner.memberHandle !== handle) return { kind: 'moved', to: owner.memberHandle };
    // A member who left the federation: their address is gone for good (src/privacy/).
    return (await isErasedHandle(prisma, handle)) ? { kind: 'gone' } : { kind: 'missing' };
  }
  const page = row.pagePublished === null ? null : { published: row.pagePublished, publishedAt: row.pagePublishedAt };
  // Not listed to visitors (any more): as if the page were offline (410 once it was public, else 404).
  const state = pageState(page, canFind('visitor', row, page?.published === true, null));
  if (state !== 'public') return { kind: state };

  const {
    pageTitle,
    pageSeoDescription,
    pageSections,
    pagePublished: _published,
    pagePublishedAt: _publishedAt,
    skills,
    collectives,
    workshops,
    ...member
  } = row;
  return {
    kind: 'found',
    data: {
      member: forVisitors(member),
      page: {
        title: cleanText(pageTitle ?? ''),
        seoDescription: cleanText(pageSeoDescription ?? ''),
        sections: readSections(pageSections),
      },
      skills: (skills ?? []).sort(bySkill),
      collectives: collectives ?? [],
      workshops: (workshops ?? []).map(({ id: _id, confirmed, startsAt, endsAt, ...workshop }) => ({
        ...workshop,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        _count: { registrations: confirmed },
      })),
    },
  };
}

/** What the contact form needs: whether the member may be written to, and where to. */
export async function findContactRecipient(prisma: Db, handle: string) {
  if (!isSlug(handle)) return { kind: 'missing' as const };
  const row = await prisma.member.findUnique({
    where: { handle },
    select: {
      id: true,
      handle: true,
      displayName: true,
      email: true,
      locale: true,
      status: true,
      listing: true,
      page: { select: { published: true, publishedAt: true } },
    },
  });
  if (!row) return { kind: 'missing' as const };
  const state = pageState(row.page, canFind('visitor', row, row.page?.published === true, null));
  if (state !== 'public') return { kind: state };
  return {
    kind: 'found' as const,
    recipient: { id: row.id, handle: row.handle, displayName: row.displayName, email: row.email, locale: row.locale },
  };
}
