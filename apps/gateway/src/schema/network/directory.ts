// The member directory (annuaire): `members` (search and filters) and `member(handle:)`. Who is
// listed follows the visibility rule (visibility/member.ts): visitors and integrators without
// read:network find the members listed to visitors, members every active member, admins may list
// other statuses.
import { MemberStatus, SkillDomain } from '@ekoacteurs/db/enums';
import { Prisma } from '@ekoacteurs/db';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { Context } from '../../context.ts';
import { requestError } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../search/cursor.ts';
import {
  byRelevance,
  directoryPage,
  PAGE_MEMBER,
  type DirectoryFilter,
  type DirectoryRow,
} from '../../search/directory.ts';
import { compileSelect } from '../../search/select-json.ts';
import { fold, searchTerms } from '../../search/fold.ts';
import { asksFor } from '../asks-for.ts';
import { builder } from '../builder.ts';
import { MemberStatusEnum, MemberType, PaceEnum, SkillLevelEnum } from './member.ts';
import { SkillDomainEnum, SkillType } from './skill.ts';
import { isUuid } from '../validate.ts';
import { audienceOf, findableSql, findableWhere, selfId, type Audience } from '../../visibility/member.ts';
import { foundPublished } from '../../visibility/published-pages.ts';

const MAX_SEARCH_LENGTH = 200;
const MAX_LIST = 50;
/** The alias of the member's row in member(handle:)'s statement. */
const PROFILE_MEMBER = 'pm';

interface DirectoryArgs {
  search?: string | null;
  skills?: { id: string }[] | null;
  domains?: SkillDomain[] | null;
  minLevel?: DirectoryFilter['minLevel'] | null;
  regions?: string[] | null;
  pace?: DirectoryFilter['paces'] | null;
  statuses?: MemberStatus[] | null;
  updatedSince?: Date | null;
}

const onlyActive = (statuses: MemberStatus[] | null | undefined) =>
  !statuses || statuses.every((status) => status === MemberStatus.ACTIVE);

function badInput(message: string) {
  return requestError('BAD_USER_INPUT', message);
}

/** The arguments as a filter; unusable values are refused before any SQL runs. */
function directoryFilter(args: DirectoryArgs, audience: Audience): DirectoryFilter {
  const search = args.search ?? '';
  if (search.length > MAX_SEARCH_LENGTH) throw badInput(`Search with at most ${MAX_SEARCH_LENGTH} characters.`);
  for (const [name, list] of Object.entries({
    skills: args.skills,
    domains: args.domains,
    regions: args.regions,
    pace: args.pace,
    statuses: args.statuses,
  })) {
    if (list && list.length > MAX_LIST) throw badInput(`Give at most ${MAX_LIST} values in ${name}.`);
  }
  const regions = args.regions?.map((region) => fold(region.trim())).filter((region) => region.length > 0);
  return {
    statuses: args.statuses?.length ? [...new Set(args.statuses)] : [MemberStatus.ACTIVE],
    terms: searchTerms(search),
    // A skill id that cannot exist matches nobody, as an unknown one does.
    skillIds: args.skills?.length ? args.skills.map((skill) => skill.id).filter(isUuid) : null,
    domains: args.domains?.length ? args.domains : null,
    minLevel: args.minLevel ?? null,
    regions: regions?.length ? regions : null,
    paces: args.pace?.length ? args.pace : null,
    audience,
    updatedSince: args.updatedSince ?? null,
  };
}

function cursorRow(cursor: string | undefined, filter: DirectoryFilter): DirectoryRow | undefined {
  if (cursor === undefined) return undefined;
  const row = decodeCursor(cursor, byRelevance(filter) ? 'number' : 'string');
  if (!row)
    throw badInput('This cursor does not belong to this list (was the search changed?). Start again without it.');
  return row;
}

export const QueryMembersConnection = builder.connectionObject(
  {
    type: MemberType,
    name: 'QueryMembersConnection',
    description: 'A page of the member directory.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many members match, over all pages.',
        resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  },
  { name: 'QueryMembersEdge', description: 'A member in the directory, with the cursor of their position.' },
);

builder.queryField('members', (t) =>
  t.connection(
    {
      type: MemberType,
      description:
        'The member directory (annuaire). Without `search`, members come by name (A→Z); with it, by relevance: words are matched ' +
        'whatever their accents and case, as prefixes ("graph" finds "graphiste") and in French stemmed form ("photographes" finds ' +
        '"photographie"), in what members offer (headline, skills, what they can do) first, then names, places, bio and wishes. ' +
        'All filters combine (AND); inside one list, any value matches (OR). Visitors (and tokens without read:network) find only ' +
        'members listed to visitors whose page is published, and search and filter only what each shows them (see docs/api.md). Cursors are keyset cursors (sort key + id): a page never ' +
        'repeats nor skips a member who did not change meanwhile. Only ACTIVE members, unless an admin asks for other `statuses`.',
      args: {
        search: t.arg.string({
          required: false,
          description: `Words to look for (at most ${MAX_SEARCH_LENGTH} characters); every word must match.`,
        }),
        skills: t.arg.globalIDList({
          required: false,
          for: [SkillType],
          description: 'Members with at least one of these skills.',
        }),
        domains: t.arg({
          type: [SkillDomainEnum],
          required: false,
          description: 'Members with at least one skill in one of these domains.',
        }),
        minLevel: t.arg({
          type: SkillLevelEnum,
          required: false,
          description: 'With `skills` or `domains`: only count skills held at this level or above.',
        }),
        regions: t.arg.stringList({
          required: false,
          description: 'Members in one of these regions (accents and case ignored), e.g. ["Bretagne"].',
        }),
        pace: t.arg({
          type: [PaceEnum],
          required: false,
          description: 'Members whose pace (rythme) is one of these, e.g. [AVAILABLE, STEADY].',
        }),
        statuses: t.arg({
          type: [MemberStatusEnum],
          required: false,
          description: 'Admins only: members with one of these statuses (default [ACTIVE]).',
        }),
        updatedSince: t.arg({
          type: 'DateTime',
          required: false,
          description:
            'Sync: only members whose profile changed at or after this instant (keep the largest `updatedAt` you saw). Members who leave or are suspended drop out of the directory: follow the `member.left` and `member.suspended` webhooks.',
        }),
      },
      // Other statuses than ACTIVE are private: only admins may ask for them.
      nullable: true,
      authScopes: (_root, args) => (onlyActive(args.statuses) ? true : { admin: true }),
      resolve: async (_root, args, ctx, info) => {
        const filter = directoryFilter(args, audienceOf(ctx.caller));
        const withTotal = asksFor(info, 'totalCount');
        // What the query selects below edges.node, planned once: compiled into the page's statement
        // when select-json.ts translates it exactly, else read by Prisma after the page.
        const query = await queryFromInfo({ context: ctx, info, typeName: 'Member', path: ['edges', 'node'] });
        const compiled = compileSelect('Member', PAGE_MEMBER, query);
        const loaded = new Map<string, Record<string, unknown>>();
        let total: number | null = null;
        const connection = await resolveCursorConnection(
          { args, toCursor: (row: DirectoryRow) => encodeCursor(row) },
          async ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) => {
            if (filter.skillIds?.length === 0) {
              total = 0;
              return [];
            }
            // The page and the total in one statement, matching once.
            const page = await directoryPage(ctx.read, filter, {
              after: cursorRow(after, filter),
              before: cursorRow(before, filter),
              limit,
              inverted,
              withTotal,
              member: compiled?.sql,
            });
            total = page.total;
            if (compiled) for (const row of page.rows) loaded.set(row.id, compiled.revive(row.member));
            return page.rows;
          },
        );
        const ids = connection.edges.map((edge) => edge.node.id);
        const members = compiled
          ? // The ids come from the rule's SQL: no need to ask again whether their pages are published.
            new Map(
              foundPublished(ctx, ids.map((id) => loaded.get(id)!) as { id: string }[]).map((row) => [row.id, row]),
            )
          : await loadMembers(ctx, query, ids);
        return {
          ...connection,
          edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: members.get(edge.node.id)! })),
          totalCount: () => Promise.resolve(total ?? 0),
        };
      },
    },
    QueryMembersConnection,
  ),
);

/** The page's members with everything the query selects below `edges.node` (`query`), in one Prisma call. */
async function loadMembers(ctx: Context, query: Awaited<ReturnType<typeof queryFromInfo>>, ids: string[]) {
  if (ids.length === 0) return new Map();
  // The ids come from the rule's SQL: no need to ask again whether their pages are published.
  const rows = foundPublished(ctx, await ctx.prisma.member.findMany({ ...query, where: { id: { in: ids } } }));
  return new Map(rows.map((row) => [row.id, row]));
}

builder.queryField('member', (t) =>
  t.prismaField({
    type: MemberType,
    nullable: true,
    description:
      'An active member by handle (the name in their page’s address); null when there is none or you may not find them (a visitor finds only members listed to visitors whose page is published).',
    args: { handle: t.arg.string({ required: true, description: 'The member’s handle, e.g. "camille-martin".' }) },
    resolve: async (query, _root, args, ctx) => {
      if (args.handle.length > 200) return null;
      const handle = args.handle.trim().toLowerCase();
      const audience = audienceOf(ctx.caller);
      const self = selfId(ctx.caller);
      // What the query selects, in one statement as JSON when select-json.ts translates it exactly.
      const compiled = compileSelect('Member', PROFILE_MEMBER, query);
      if (compiled) {
        const row = Prisma.raw(`"${PROFILE_MEMBER}"`);
        const [hit] = await ctx.read<{ member: string }>(Prisma.sql`
          SELECT ${compiled.sql}::text AS "member" FROM "Member" ${row}
          WHERE ${row}."handle" = ${handle} AND ${row}."status" = 'ACTIVE'
            AND (${findableSql(audience, PROFILE_MEMBER)}${self ? Prisma.sql` OR ${row}."id" = ${self}::uuid` : Prisma.empty})`);
        // The rule's SQL found them: no need to ask again whether their page is published.
        return hit ? (foundPublished(ctx, [compiled.revive(hit.member) as { id: string }])[0] as never) : null;
      }
      const found = await ctx.prisma.member.findFirst({
        ...query,
        where: {
          handle,
          status: 'ACTIVE',
          AND: [findableWhere(audience, self)],
        },
      });
      return found && foundPublished(ctx, [found])[0]!;
    },
  }),
);
