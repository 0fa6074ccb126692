// Visitors' answers kept in the shared public cache (src/cache/): the rendered pages and the public
// .ics calendars go through `throughCache`, the one way an HTTP answer is cached. An answer is kept
// as a line of JSON (status, type, policy, ETag…) then its body as it is: a hit reads that one line
// and slices the body off, never re-parses or re-escapes it (a calendar is hundreds of kilobytes),
// and the ETag is computed once, when the answer is rendered.
import type { CachedEntry, SharedCache } from '../cache/store.ts';
import type { Tag } from '../cache/tags.ts';
import { etagOf } from './caching.ts';
import type { Reply } from './http.ts';

/** A public answer: a reply, or a redirect (a handle or a slug that moved). */
export type Outcome = { kind: 'reply'; reply: Reply } | { kind: 'redirect'; location: string };

/** Keys longer than this (a directory address with a long query) are not worth keeping. */
const MAX_KEY_LENGTH = 512;

export function encodeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'redirect') return `${JSON.stringify(outcome)}\n`;
  const { body, ...head } = outcome.reply;
  return `${JSON.stringify({ kind: 'reply', reply: head })}\n${body}`;
}

export function decodeOutcome(value: string): Outcome {
  const end = value.indexOf('\n');
  const head = JSON.parse(value.slice(0, end)) as Outcome;
  if (head.kind === 'redirect') return head;
  return { kind: 'reply', reply: { ...head.reply, body: value.slice(end + 1) } };
}

/** Each entry decoded once while the memory store holds it (its entries are the same object at every hit). */
const decoded = new WeakMap<CachedEntry, Outcome>();

function decodedEntry(entry: CachedEntry): Outcome {
  let outcome = decoded.get(entry);
  if (!outcome) decoded.set(entry, (outcome = decodeOutcome(entry.value)));
  return outcome;
}

/**
 * The answer for `key` from the shared cache, else rendered by `render` and kept until a write to
 * one of `tags` (or `ttlMs`). A reply gets its ETag here, from its `etagSource` when its body has
 * parts each visitor gets their own (a form token): that source is not kept, only the ETag and the
 * mark that the body varies.
 */
export async function throughCache(
  cache: SharedCache | null,
  key: string,
  tags: readonly Tag[],
  ttlMs: number,
  render: () => Promise<Outcome>,
): Promise<Outcome> {
  if (!cache || key.length > MAX_KEY_LENGTH) return render();
  const found = await cache.get(key, tags);
  if (found.hit) return decodedEntry(found.hit);
  const outcome = await render();
  if (outcome.kind === 'reply') {
    const { etagSource, ...reply } = outcome.reply;
    outcome.reply = { ...reply, etag: etagOf(etagSource ?? reply.body), ...(etagSource ? { bodyVaries: true } : {}) };
  }
  await cache.set(key, found.versions, encodeOutcome(outcome), ttlMs);
  return outcome;
}
