// The workshops list (`workshops(…)`): its filters, once as Prisma's condition and once as SQL (the two
// are compared in test/workshops/workshop-list.test.ts), and its page read in ONE statement — the page's
// workshops as JSON (search/select-json.ts compiles what the query selects), and the total when asked —
// sent with the hot reads' `read` (prepared, past Prisma's engine).
//
// Pages follow the connection's cursor (a workshop's id) in the list's order: soonest first (latest first
// for past ones), then by id. A page starts strictly after (or before) its cursor's workshop, wherever
// that workshop now stands; a cursor whose workshop is gone gives an empty page.
import { Prisma, type PrismaClient, type ReadSql } from '@ekoacteurs/db';
import { WorkshopStatus, type WorkshopFormat, type WorkshopKind } from '@ekoacteurs/db/enums';
import type { CompiledSelect } from '../../search/select-json.ts';
import { isUuid } from '../validate.ts';

export interface ListArgs {
  upcoming?: boolean | null;
  kind?: WorkshopKind | null;
  format?: WorkshopFormat | null;
  skill?: { id: string } | null;
  from?: Date | null;
  to?: Date | null;
  status?: WorkshopStatus | null;
  updatedSince?: Date | null;
}

/** Published and completed workshops (or the one status an admin asks for), by the list's filters. */
export function listWhere(args: ListArgs, now = new Date()): Prisma.WorkshopWhereInput {
  const and: Prisma.WorkshopWhereInput[] = [
    { status: args.status ?? { in: [WorkshopStatus.PUBLISHED, WorkshopStatus.COMPLETED] } },
  ];
  if (args.upcoming === true) and.push({ endsAt: { gte: now } });
  if (args.upcoming === false) and.push({ endsAt: { lt: now } });
  if (args.kind) and.push({ kind: args.kind });
  if (args.format) and.push({ format: args.format });
  // An id that cannot exist matches nothing, rather than failing in the database.
  if (args.skill)
    and.push(isUuid(args.skill.id) ? { skills: { some: { skillId: args.skill.id } } } : { id: { in: [] } });
  if (args.from) and.push({ startsAt: { gte: args.from } });
  if (args.to) and.push({ startsAt: { lt: args.to } });
  if (args.updatedSince) and.push({ updatedAt: { gte: args.updatedSince } });
  return { AND: and };
}

/** The same condition in SQL, on the workshop aliased w. */
export function listWhereSql(args: ListArgs, now = new Date()): Prisma.Sql {
  const and: Prisma.Sql[] = [
    args.status
      ? Prisma.sql`w."status"::text = ${args.status}`
      : Prisma.sql`w."status"::text IN (${WorkshopStatus.PUBLISHED}, ${WorkshopStatus.COMPLETED})`,
  ];
  if (args.upcoming === true) and.push(Prisma.sql`w."endsAt" >= ${now}`);
  if (args.upcoming === false) and.push(Prisma.sql`w."endsAt" < ${now}`);
  if (args.kind) and.push(Prisma.sql`w."kind"::text = ${args.kind}`);
  if (args.format) and.push(Prisma.sql`w."format"::text = ${args.format}`);
  if (args.skill)
    and.push(
      isUuid(args.skill.id)
        ? Prisma.sql`EXISTS (SELECT 1 FROM "WorkshopSkill" ws WHERE ws."workshopId" = w."id" AND ws."skillId" = ${args.skill.id}::uuid)`
        : Prisma.sql`FALSE`,
    );
  if (args.from) and.push(Prisma.sql`w."startsAt" >= ${args.from}`);
  if (args.to) and.push(Prisma.sql`w."startsAt" < ${args.to}`);
  if (args.updatedSince) and.push(Prisma.sql`w."updatedAt" >= ${args.updatedSince}`);
  return Prisma.join(and, ' AND ');
}

/** The list's order: by start (latest first for past workshops), then by id. */
export function listOrder(args: ListArgs): Prisma.WorkshopOrderByWithRelationInput[] {
  return [{ startsAt: args.upcoming === false ? 'desc' : 'asc' }, { id: 'asc' }];
}

/** The alias of the workshop's row the compiled selection reads. */
export const LISTED_WORKSHOP = 'lw';

/** What the connection asks for: Pothos' page size (negative: backwards) and cursor. */
export interface PageQuery {
  take: number;
  skip: number;
  cursor?: { id: string };
}

/**
 * A page of the list with its workshops as `compiled` selects them (Prisma's shape), and the total when
 * `withTotal`: one statement.
 */
export async function workshopPage(
  read: ReadSql,
  args: ListArgs,
  page: PageQuery,
  compiled: CompiledSelect,
  withTotal: boolean,
): Promise<{ rows: Record<string, unknown>[]; total: number | null }> {
  const now = new Date();
  const where = listWhereSql(args, now);
  const backwards = page.take < 0;
  // Latest first for past workshops; reading backwards turns every direction round.
  const startsDescending = (args.upcoming === false) !== backwards;
  const idDescending = backwards;
  const keyset = page.cursor
    ? Prisma.sql`AND (w."startsAt" ${Prisma.raw(startsDescending ? '<' : '>')} c."startsAt"
        OR (w."startsAt" = c."startsAt" AND w."id" ${Prisma.raw(idDescending ? '<' : '>')} c."id"))`
    : Prisma.empty;
  const from = page.cursor
    ? Prisma.sql`"Workshop" w, (SELECT "startsAt", "id" FROM "Workshop" WHERE "id" = ${page.cursor.id}::uuid) c`
    : Prisma.sql`"Workshop" w`;
  const order = (alias: string) =>
    Prisma.raw(
      `${alias}."startsAt" ${startsDescending ? 'DESC' : 'ASC'}, ${alias}."id" ${idDescending ? 'DESC' : 'ASC'}`,
    );
  const row = Prisma.raw(`"${LISTED_WORKSHOP}"`);
  const pageSql = Prisma.sql`SELECT w."id", w."startsAt" FROM ${from} WHERE ${where} ${keyset}
    ORDER BY ${order('w')} LIMIT ${Math.abs(page.take)}`;
  const workshop = Prisma.sql`(SELECT ${compiled.sql} FROM "Workshop" ${row} WHERE ${row}."id" = page."id")::text AS "workshop"`;
  const rows = withTotal
    ? await read<{ id: string | null; workshop: string | null; total: number }>(Prisma.sql`
        WITH page AS (${pageSql})
        SELECT page."id", ${workshop}, counted."total"
        FROM (SELECT count(*)::int AS "total" FROM "Workshop" w WHERE ${where}) counted
        LEFT JOIN page ON true
        ORDER BY ${order('page')}`)
    : await read<{ id: string; workshop: string; total?: undefined }>(Prisma.sql`
        WITH page AS (${pageSql})
        SELECT page."id", ${workshop} FROM page ORDER BY ${order('page')}`);
  const found = rows.filter((r) => r.id !== null).map((r) => compiled.revive(r.workshop));
  // Backwards pages were read nearest first: they are shown in the list's order.
  return { rows: backwards ? found.reverse() : found, total: withTotal ? (rows[0]?.total ?? 0) : null };
}

/** The total the slow way (Prisma), when the page's statement did not bring it. */
export function countWorkshops(prisma: Pick<PrismaClient, 'workshop'>, args: ListArgs): Promise<number> {
  return prisma.workshop.count({ where: listWhere(args) });
}
