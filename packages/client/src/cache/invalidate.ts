// Lists only the server can filter (boards, directories, collectives to join): after a change that
// may move something in or out of them, every cached page of the list is dropped and read again
// when next shown.
import type { Cache } from '@urql/exchange-graphcache';

/** Drops every cached page of a root query field (whatever its arguments). */
export function invalidateRootField(cache: Cache, fieldName: string) {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}
