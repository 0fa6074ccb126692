// Loads something once per request: authorization (authScopes) and the resolver after it share the
// answer instead of each asking the database. Keyed by the request's context, forgotten with it.
import type { Context } from '../context.ts';

const loaded = new WeakMap<Context, Map<string, Promise<unknown>>>();

/** `load()` the first time `key` is asked for in this request; the same promise after. */
export function oncePerRequest<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  let cache = loaded.get(ctx);
  if (!cache) loaded.set(ctx, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}
