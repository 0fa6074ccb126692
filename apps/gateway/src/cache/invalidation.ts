// Invalidation of the public cache by the writes themselves: the gateway's Prisma client is wrapped
// so that every write (model operations and raw SQL alike) bumps the tags of the tables it touches
// (cache/tags.ts), whoever makes it — a resolver, a public form, a background job.
//
// When the bump happens matters: a bump sent before the write's transaction commits would let a
// reader compute the old data under the new version. So:
//   - inside a write scope (every GraphQL operation runs in one, cache/graphql-plugin.ts), the tags
//     are collected and bumped once the operation's resolvers are done — after their transactions
//     committed, before the response leaves;
//   - outside one, a write that is not part of a transaction is committed when it returns and bumps
//     then; one inside a transaction bumps then and once more a moment later, after its commit.
import { AsyncLocalStorage } from 'node:async_hooks';
import { READ_OPERATIONS, type PrismaClient } from '@ekoacteurs/db';
import type { SharedCache } from './store.ts';
import { tagOfModel, tagsOfSql, type Tag } from './tags.ts';

const READS = new Set([...READ_OPERATIONS, '$queryRaw', '$queryRawUnsafe']);
const RAW = new Set(['$executeRaw', '$executeRawUnsafe', '$queryRaw', '$queryRawUnsafe']);
/** After a write inside a transaction outside any scope, when the second bump is sent. */
const AFTER_COMMIT_MS = 1_000;

/** The tags a scope's writes touched; once closed, later writes (work left running) bump at once. */
interface Scope {
  tags: Set<Tag>;
  open: boolean;
}

const scope = new AsyncLocalStorage<Scope>();

/** Runs `work` collecting the tags its writes bump; `done` receives them (after `work` settles). */
export async function inWriteScope<T>(work: () => Promise<T> | T, done: (tags: Set<Tag>) => Promise<void>): Promise<T> {
  const current: Scope = { tags: new Set(), open: true };
  try {
    return await scope.run(current, work);
  } finally {
    current.open = false;
    if (current.tags.size > 0) await done(current.tags);
  }
}

/** The SQL text of a raw operation's arguments (a template's strings, Prisma.sql, or a string). */
function sqlOf(args: unknown): string {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) {
    const [first] = args as unknown[];
    if (typeof first === 'string') return first;
    if (Array.isArray(first)) return first.join('?');
    return sqlOf(first);
  }
  if (args && typeof args === 'object') {
    const value = args as { sql?: unknown; strings?: unknown };
    if (typeof value.sql === 'string') return value.sql;
    if (Array.isArray(value.strings)) return value.strings.join('?');
  }
  // Unknown shape: "write" with no table named bumps everything (tagsOfSql).
  return 'update';
}

function tagsOfWrite(model: string | undefined, operation: string, args: unknown): Tag[] {
  if (RAW.has(operation)) return tagsOfSql(sqlOf(args));
  if (READS.has(operation) || !model) return [];
  const tag = tagOfModel(model);
  return tag ? [tag] : [];
}

/** The gateway's Prisma client, whose writes invalidate `cache`. */
export function invalidatingClient(prisma: PrismaClient, cache: SharedCache): PrismaClient {
  const extended = prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query, ...rest }) {
        const result = await query(args);
        const tags = tagsOfWrite(model, operation, args);
        if (tags.length === 0) return result;
        const collecting = scope.getStore();
        if (collecting?.open) {
          for (const tag of tags) collecting.tags.add(tag);
          return result;
        }
        await cache.bump(tags);
        const internal = (rest as { __internalParams?: { transaction?: unknown } }).__internalParams;
        if (internal?.transaction !== undefined) setTimeout(() => void cache.bump(tags), AFTER_COMMIT_MS).unref();
        return result;
      },
    },
  });
  return extended as unknown as PrismaClient;
}
