// Whether members' visibility pages are published, asked member by member while a visitor's query
// resolves (the visibility rule needs it for visitors only) and answered in one statement per tick.
import type { Context } from '../context.ts';

interface Batch {
  ids: Set<string>;
  result: Promise<Set<string>>;
}

const pending = new WeakMap<Context, Batch>();
const known = new WeakMap<Context, Map<string, Promise<boolean>>>();

/** Whether the member's page is published; members asked in the same tick share one query. */
export function pagePublished(ctx: Context, memberId: string): Promise<boolean> {
  let cache = known.get(ctx);
  if (!cache) known.set(ctx, (cache = new Map()));
  const cached = cache.get(memberId);
  if (cached) return cached;
  let batch = pending.get(ctx);
  if (!batch) {
    const ids = new Set<string>();
    const result = new Promise<Set<string>>((resolve, reject) => {
      queueMicrotask(() => {
        pending.delete(ctx);
        ctx.prisma.visibilityPage
          .findMany({ where: { memberId: { in: [...ids] }, published: true }, select: { memberId: true } })
          .then((rows) => resolve(new Set(rows.map((row) => row.memberId!))), reject);
      });
    });
    batch = { ids, result };
    pending.set(ctx, batch);
  }
  batch.ids.add(memberId);
  const answer = batch.result.then((published) => published.has(memberId));
  cache.set(memberId, answer);
  return answer;
}

/** Members a statement already found through the visibility rule's SQL (their page is published). */
export function foundPublished<T extends { id: string }>(ctx: Context, members: T[]): T[] {
  let cache = known.get(ctx);
  if (!cache) known.set(ctx, (cache = new Map()));
  for (const member of members) cache.set(member.id, Promise.resolve(true));
  return members;
}
