// The public directory (/annuaire): the members visitors find (the visibility rule: ACTIVE, listed
// to visitors, with a published page), searched and filtered from the query string (q, region,
// domaine, competence, page), each showing the parts they made public. Text search and filters are
// the API directory's own SQL for visitors (search/directory.ts); numbered pages (rather than
// cursors, so links work without JavaScript) are added here.
import { Prisma, type Pace, type SkillDomain } from '@ekoacteurs/db';
import { findableSql, forVisitors, partSql } from '../../visibility/member.ts';
import { directoryWhere, type DirectoryFilter } from '../../search/directory.ts';
import { fold, searchTerms } from '../../search/fold.ts';
import { isSlug, type Db } from './lookup.ts';
import { byName, bySkill } from './order.ts';

export const PAGE_SIZE = 24;
const MAX_Q = 200;
const MAX_PAGE = 10_000;

/** The domaine parameter's values: French, as in the address bar. */
export const DOMAIN_PARAMS: Record<string, SkillDomain> = {
  strategie: 'STRATEGY',
  communication: 'COMMUNICATION',
  prospection: 'PROSPECTING',
  administratif: 'ADMINISTRATION',
  production: 'PRODUCTION',
};

export const domainParam = (domain: SkillDomain) =>
  Object.keys(DOMAIN_PARAMS).find((key) => DOMAIN_PARAMS[key] === domain)!;

export interface DirectoryQuery {
  q: string;
  region: string;
  domain: SkillDomain | null;
  /** A skill's slug, or ''. */
  skill: string;
  page: number;
}

/** The query string as filters; a value that cannot be used is dropped rather than failing the page. */
export function parseDirectoryQuery(search: URLSearchParams): DirectoryQuery {
  const page = /^\d{1,5}$/.test(search.get('page') ?? '') ? Number(search.get('page')) : 1;
  const skill = (search.get('competence') ?? '').trim().toLowerCase();
  return {
    q: (search.get('q') ?? '').trim().slice(0, MAX_Q),
    region: (search.get('region') ?? '').trim().slice(0, 100),
    domain: DOMAIN_PARAMS[(search.get('domaine') ?? '').trim().toLowerCase()] ?? null,
    skill: isSlug(skill) ? skill : '',
    page: Math.min(Math.max(page, 1), MAX_PAGE),
  };
}

/** The filters that narrow the list (the page number does not). */
export const isFiltered = (query: DirectoryQuery) => Boolean(query.q || query.region || query.domain || query.skill);

/**
 * Regions offered as filters: only of members who show their place to visitors. In SQL: Prisma's
 * `publicFields: { has }` on an enum array fails on the embedded database (PGlite: "malformed array
 * literal"), while `@>` with an explicit cast works on both.
 */
const regionsShowingPlace = (prisma: Db) =>
  prisma.$queryRaw<{ region: string }[]>`SELECT DISTINCT m."region" FROM "Member" m
    WHERE ${findableSql('visitor')} AND ${partSql('PLACE')} AND m."region" <> '' ORDER BY m."region"`;

export interface DirectoryEntry {
  handle: string;
  displayName: string;
  headline: string;
  city: string;
  region: string;
  /** Null when the member keeps their pace for members. */
  pace: Pace | null;
  skills: { name: string; nameEn: string }[];
}

export interface DirectoryPageData {
  entries: DirectoryEntry[];
  total: number;
  pages: number;
  skills: { slug: string; name: string; nameEn: string; domain: SkillDomain }[];
  regions: string[];
}

/** Statements: skills and regions side by side (the filters' options); the page of ids with the total; the members. */
export async function findDirectoryPage(prisma: Db, query: DirectoryQuery): Promise<DirectoryPageData> {
  const [skills, regionGroups] = await Promise.all([
    prisma.skill.findMany({
      select: { id: true, slug: true, name: true, nameEn: true, domain: true },
      orderBy: [{ domain: 'asc' }, { name: 'asc' }],
    }),
    regionsShowingPlace(prisma),
  ]);
  const skillId = query.skill ? (skills.find((skill) => skill.slug === query.skill)?.id ?? null) : null;
  const filter: DirectoryFilter = {
    statuses: ['ACTIVE'],
    terms: searchTerms(query.q),
    // An unknown skill matches nobody, as in the API.
    skillIds: query.skill ? (skillId ? [skillId] : []) : null,
    domains: query.domain ? [query.domain] : null,
    minLevel: null,
    regions: query.region ? [fold(query.region)] : null,
    paces: null,
    audience: 'visitor',
  };
  const offset = (query.page - 1) * PAGE_SIZE;
  const rows = await prisma.$queryRaw<{ id: string; total: number }[]>`
    SELECT m."id", count(*) OVER ()::int AS "total"
    FROM "Member" m
    WHERE ${directoryWhere(filter)}
    ORDER BY ${orderBy(filter.terms)}
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const total = rows[0]?.total ?? (offset > 0 ? await count(prisma, filter) : 0);
  const members = rows.length
    ? await prisma.member.findMany({
        where: { id: { in: rows.map((row) => row.id) } },
        select: {
          id: true,
          handle: true,
          displayName: true,
          headline: true,
          city: true,
          region: true,
          pace: true,
          publicFields: true,
          skills: { select: { skill: { select: { name: true, nameEn: true } } }, orderBy: { level: 'desc' }, take: 4 },
        },
      })
    : [];
  const byId = new Map(members.map((member) => [member.id, member]));
  return {
    entries: rows.flatMap((row) => {
      const member = byId.get(row.id);
      if (!member) return [];
      const {
        id: _id,
        publicFields: _parts,
        ...rest
      } = forVisitors({ ...member, skills: member.skills.map((entry) => entry.skill) });
      return [rest];
    }),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    skills: skills.map(({ id: _id, ...skill }) => skill).sort(bySkill),
    regions: regionGroups.map((group) => group.region).sort(byName),
  };
}

/** Relevance when searching (the prefix and the stemmed queries, as in the API, on what visitors may search), else the name. */
function orderBy(terms: string[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`search_fold(m."displayName"), m."id"`;
  const prefix = terms.map((term) => `${term}:*`).join(' & ');
  return Prisma.sql`ts_rank(m."publicSearchVector", to_tsquery('simple', ${prefix}) || plainto_tsquery('french', ${terms.join(' ')})) DESC, m."id"`;
}

async function count(prisma: Db, filter: DirectoryFilter): Promise<number> {
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM "Member" m
    WHERE ${directoryWhere(filter)}`;
  return row?.total ?? 0;
}
