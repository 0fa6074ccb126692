// The member directory's SQL: filters, full-text relevance and keyset pagination. Prisma cannot
// order by a text-search rank, so the page of ids comes from here, and the members themselves (with
// whatever the query selects) in the same statement as JSON (select-json.ts) or else from Prisma.
// The statement is sent with the hot reads' `read` (@ekoacteurs/db: prepared, past Prisma's engine).
//
// Order and cursors. With search terms, members come by relevance (an integer score: ts_rank × 10⁶,
// so it survives a round trip through a cursor exactly), then by id; without, by folded display
// name, then by id. A cursor holds the sort key and the id of its member, and the next page starts
// strictly after that pair: members added or edited meanwhile never make a page repeat or skip
// one that did not move.
//
// Visitors (the visibility rule's audience 'visitor') find only members listed to them, search only
// what those members show them (publicSearchVector), and filter only on the parts they show: a
// filter on a hidden part never reveals it.
import { Prisma, type MemberStatus, type Pace, type ReadSql, type SkillDomain, type SkillLevel } from '@ekoacteurs/db';
import { findableSql, partSql, type Audience } from '../visibility/member.ts';

export interface DirectoryFilter {
  statuses: MemberStatus[];
  /** Folded search words (see fold.ts); empty: no text search. */
  terms: string[];
  /** Members with at least one of these skills (ids); null: no filter. */
  skillIds: string[] | null;
  /** Members with at least one skill in one of these domains; null: no filter. */
  domains: SkillDomain[] | null;
  /** With skillIds or domains: only skills held at this level or above. */
  minLevel: SkillLevel | null;
  /** Folded region names; null: no filter. */
  regions: string[] | null;
  paces: Pace[] | null;
  /** Sync: only members whose profile row changed at or after this instant; null: no filter. */
  updatedSince?: Date | null;
  /** Members left out (e.g. the viewer). */
  excludeIds?: string[];
  /** Who is looking (the visibility rule); default 'member' (statuses decide). */
  audience?: Audience;
}

const forVisitors = (filter: DirectoryFilter) => filter.audience === 'visitor';

/** The search document the audience may search. */
const vector = (filter: DirectoryFilter) =>
  forVisitors(filter) ? Prisma.sql`m."publicSearchVector"` : Prisma.sql`m."searchVector"`;

export type SortKey = number | string;

export interface DirectoryRow {
  id: string;
  key: SortKey;
}

export interface PageRequest {
  after?: DirectoryRow;
  before?: DirectoryRow;
  limit: number;
  /** Read backwards (last/before): the caller reverses the rows. */
  inverted: boolean;
}

/** ts_rank weights, in PostgreSQL's order {D, C, B, A}: story, places, names, what the member offers. */
const WEIGHTS = Prisma.sql`'{0.1, 0.3, 1.0, 0.7}'::float4[]`;

function textQueries(terms: string[]) {
  // "graph:* & desi:*" finds "graphiste", "design"; the stemmed query finds "photographie" for
  // "photographes". Terms are letters and digits only (searchTerms), so no tsquery syntax gets in.
  const prefix = Prisma.sql`to_tsquery('simple', ${terms.map((term) => `${term}:*`).join(' & ')})`;
  const stemmed = Prisma.sql`plainto_tsquery('french', ${terms.join(' ')})`;
  return { prefix, stemmed };
}

export function directoryWhere(filter: DirectoryFilter): Prisma.Sql {
  return Prisma.join(
    [Prisma.sql`m."status" = ANY(${filter.statuses}::text[]::"MemberStatus"[])`, ...conditionsBeyondStatus(filter)],
    ' AND ',
  );
}

/** Every condition of the filter but the statuses, on the member aliased m. */
function conditionsBeyondStatus(filter: DirectoryFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const visitor = forVisitors(filter);
  if (visitor) conditions.push(findableSql('visitor'));
  if (filter.terms.length > 0) {
    const { prefix, stemmed } = textQueries(filter.terms);
    conditions.push(Prisma.sql`(${vector(filter)} @@ ${prefix} OR ${vector(filter)} @@ ${stemmed})`);
  }
  if (visitor && (filter.skillIds || filter.domains)) conditions.push(partSql('SKILLS'));
  if (visitor && filter.regions) conditions.push(partSql('PLACE'));
  if (visitor && filter.paces) conditions.push(partSql('PACE'));
  const level = filter.minLevel ? Prisma.sql`AND ms."level" >= ${filter.minLevel}::"SkillLevel"` : Prisma.empty;
  if (filter.skillIds) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "MemberSkill" ms WHERE ms."memberId" = m."id" AND ms."skillId" = ANY(${filter.skillIds}::uuid[]) ${level})`,
    );
  }
  if (filter.domains) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "MemberSkill" ms JOIN "Skill" s ON s."id" = ms."skillId"
      WHERE ms."memberId" = m."id" AND s."domain" = ANY(${filter.domains}::text[]::"SkillDomain"[]) ${level})`);
  }
  if (filter.regions) conditions.push(Prisma.sql`search_fold(m."region") = ANY(${filter.regions}::text[])`);
  if (filter.paces) conditions.push(Prisma.sql`m."pace" = ANY(${filter.paces}::text[]::"Pace"[])`);
  if (filter.updatedSince) conditions.push(Prisma.sql`m."updatedAt" >= ${filter.updatedSince}`);
  if (filter.excludeIds?.length) conditions.push(Prisma.sql`m."id" <> ALL(${filter.excludeIds}::uuid[])`);
  return conditions;
}

/**
 * Every matching member's id and sort key: the folded name, or with search terms the relevance.
 * Then the text match, the statuses and both ranks come from "member_search_ranked" (through the
 * GIN index, each match's search document read once: see its migrations, 20261207140000 and
 * 20261207203000); the member's row is read only for the other conditions. Two ranks added rather
 * than one over "prefix || stemmed": ts_rank merges query words that look alike ("graph":* and
 * "graph") and would then drop the prefix match.
 */
function matchedSql(filter: DirectoryFilter): Prisma.Sql {
  if (!byRelevance(filter))
    return Prisma.sql`SELECT m."id", search_fold(m."displayName") AS "key" FROM "Member" m WHERE ${directoryWhere(filter)}`;
  const { prefix, stemmed } = textQueries(filter.terms);
  const ranked = Prisma.sql`"member_search_ranked"(${prefix} || ${stemmed}, ${prefix}, ${stemmed}, ${WEIGHTS}, ${forVisitors(filter)}, ${filter.statuses}::text[])`;
  const others = conditionsBeyondStatus({ ...filter, terms: [] });
  if (others.length === 0) return Prisma.sql`SELECT hit."id", hit."key" FROM ${ranked} hit`;
  return Prisma.sql`SELECT m."id", hit."key" FROM ${ranked} hit JOIN "Member" m ON m."id" = hit."id"
    WHERE ${Prisma.join(others, ' AND ')}`;
}

export function byRelevance(filter: DirectoryFilter): boolean {
  return filter.terms.length > 0;
}

/** The alias of the member's row that `PageRequest.member` reads (select-json.ts compiles for it). */
export const PAGE_MEMBER = 'dm';

/**
 * A page of ids, and (when asked) how many members match over all pages: one statement, matching
 * once. With `member` (a JSON expression over the member's row aliased PAGE_MEMBER), each row also
 * brings its member as the query selects it: the page and its members in one statement. The member
 * comes as JSON text, parsed once by the caller (Prisma would walk every value of a json column).
 */
export async function directoryPage(
  read: ReadSql,
  filter: DirectoryFilter,
  page: PageRequest & { withTotal?: boolean; member?: Prisma.Sql },
): Promise<{ rows: (DirectoryRow & { member?: unknown })[]; total: number | null }> {
  // Relevance reads high to low (ties: later ids first); names read A to Z (ties: earlier ids first).
  const forwardDescending = byRelevance(filter);
  const direction = forwardDescending !== page.inverted ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const key = forwardDescending ? Prisma.sql`ranked."key"` : Prisma.sql`ranked."key" COLLATE "C"`;
  const position = Prisma.sql`(${key}, ranked."id")`;
  const of = (row: DirectoryRow) =>
    typeof row.key === 'number'
      ? Prisma.sql`(${row.key}::int, ${row.id}::uuid)`
      : Prisma.sql`(${row.key}::text COLLATE "C", ${row.id}::uuid)`;
  const keyset: Prisma.Sql[] = [];
  if (page.after) keyset.push(Prisma.sql`${position} ${Prisma.raw(forwardDescending ? '<' : '>')} ${of(page.after)}`);
  if (page.before) keyset.push(Prisma.sql`${position} ${Prisma.raw(forwardDescending ? '>' : '<')} ${of(page.before)}`);
  const matched = matchedSql(filter);
  const pageOf = (source: Prisma.Sql) => Prisma.sql`
    SELECT ranked."id", ranked."key" FROM (${source}) ranked
    ${keyset.length > 0 ? Prisma.sql`WHERE ${Prisma.join(keyset, ' AND ')}` : Prisma.empty}
    ORDER BY ${key} ${direction}, ranked."id" ${direction}
    LIMIT ${page.limit}`;
  const member = page.member
    ? Prisma.sql`, (SELECT ${page.member} FROM "Member" ${Prisma.raw(`"${PAGE_MEMBER}"`)} WHERE ${Prisma.raw(`"${PAGE_MEMBER}"`)}."id" = page."id")::text AS "member"`
    : Prisma.empty;
  const pageOrder = Prisma.sql`${forwardDescending ? Prisma.sql`page."key"` : Prisma.sql`page."key" COLLATE "C"`} ${direction}, page."id" ${direction}`;
  if (!page.withTotal) {
    const rows = page.member
      ? await read<DirectoryRow & { member: unknown }>(Prisma.sql`
        SELECT page."id", page."key" ${member} FROM (${pageOf(matched)}) page ORDER BY ${pageOrder}`)
      : await read<DirectoryRow>(pageOf(matched));
    return { rows, total: null };
  }
  // One statement for the page and the total; the total row comes back even when the page is
  // empty (id null). With search terms the matches are computed once (MATERIALIZED) and serve both.
  // Without, the page walks the name index ("Member_name_order_idx") for its few rows and the total
  // counts from the status index: folding every member's name to sort them all would cost the
  // database ~10× more at 10 000 members.
  const sources = byRelevance(filter)
    ? Prisma.sql`WITH matched AS MATERIALIZED (${matched}), page AS (${pageOf(Prisma.sql`SELECT * FROM matched`)})
      SELECT page."id", page."key", counted."total"`
    : Prisma.sql`WITH page AS (${pageOf(matched)})
      SELECT page."id", page."key", counted."total"`;
  const counted = byRelevance(filter) ? Prisma.sql`matched` : Prisma.sql`"Member" m WHERE ${directoryWhere(filter)}`;
  const rows = await read<{ id: string | null; key: SortKey | null; total: number; member?: unknown }>(Prisma.sql`
    ${sources} ${member}
    FROM (SELECT count(*)::int AS "total" FROM ${counted}) counted
    LEFT JOIN page ON true
    ORDER BY ${pageOrder}`);
  return {
    rows: rows
      .filter((row) => row.id !== null)
      .map((row) =>
        page.member ? { id: row.id!, key: row.key!, member: row.member } : { id: row.id!, key: row.key! },
      ),
    total: rows[0]?.total ?? 0,
  };
}
