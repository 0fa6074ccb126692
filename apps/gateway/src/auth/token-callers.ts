// API tokens this replica has already checked, kept in memory so that an integrator's next request
// sends no SQL to say who is calling. Never kept past a change: an entry goes at once when the
// event bus says its owner's access changed (token revoked, account suspended or left, role or
// password changed — events/bus.ts, on every replica through Redis), at the token's own expiry,
// and after TTL_MS in any case (a safety net for a message lost while Redis was down; lastUsedAt
// is then refreshed as before). Only tokens that check out with an ACTIVE owner are kept: refusals
// always ask the database.
import type { PrismaClient } from '@ekoacteurs/db';
import type { EventBus } from '../events/bus.ts';
import { checkApiToken, type TokenCheck } from './api-tokens.ts';
import { hashSecret } from './secrets.ts';

const TTL_MS = 60_000;
/** Owners watched at most (the oldest is dropped, with its tokens). */
const MAX_OWNERS = 10_000;

type Valid = Extract<TokenCheck, { ok: true }>;

interface Owner {
  /** Their tokens kept: hash → the check and until when it answers (token expiry or TTL_MS, the sooner). */
  tokens: Map<string, { check: Valid; until: number }>;
  /** Every token hash read for them (ownerOf's keys), forgotten with them. */
  hashes: Set<string>;
  /** Access changes heard so far: a read that saw one happen meanwhile is not kept. */
  changes: number;
  /** When a token of theirs was last checked: owners unseen for TTL_MS stop being watched. */
  lastSeen: number;
  stop: () => void;
}

export function createTokenCallers(deps: { prisma: PrismaClient; events: EventBus }) {
  const owners = new Map<string, Owner>();
  /** Token hash → its owner, as last read: where to look it up, and whose changes to watch. */
  const ownerOf = new Map<string, string>();

  function forget(memberId: string, owner: Owner): void {
    owners.delete(memberId);
    owner.stop();
    for (const hash of owner.hashes) ownerOf.delete(hash);
  }

  /** Owners are kept oldest-seen first: those unseen for TTL_MS (none of their tokens kept any more) go. */
  function forgetIdle(now: number): void {
    for (const [memberId, owner] of owners) {
      if (owner.lastSeen > now - TTL_MS) return;
      forget(memberId, owner);
    }
  }

  /** Listens for the owner's access changes; the listener is registered before this returns. */
  function watch(memberId: string): Owner {
    if (owners.size >= MAX_OWNERS) {
      const [oldest, dropped] = owners.entries().next().value!;
      forget(oldest, dropped);
    }
    const iterator = deps.events.subscribe('access', memberId)[Symbol.asyncIterator]();
    const owner: Owner = {
      tokens: new Map(),
      hashes: new Set(),
      changes: 0,
      lastSeen: Date.now(),
      stop: () => void iterator.return?.(),
    };
    const changed = () => {
      owner.changes += 1;
      owner.tokens.clear();
    };
    const listen = (): void => {
      iterator.next().then((result) => {
        if (result.done) return;
        changed();
        listen();
      }, changed);
    };
    listen();
    owners.set(memberId, owner);
    return owner;
  }

  return {
    /**
     * checkApiToken, answered from memory when this replica read the same token moments ago while
     * already listening for its owner's access changes, and heard none since.
     */
    async check(secret: string): Promise<TokenCheck> {
      const hash = hashSecret(secret);
      const now = Date.now();
      forgetIdle(now);
      const known = ownerOf.get(hash);
      const owner = known === undefined ? undefined : owners.get(known);
      if (owner && known !== undefined) {
        // Seen again: to the back of the line (a Map keeps insertion order).
        owners.delete(known);
        owners.set(known, owner);
        owner.lastSeen = now;
      }
      const kept = owner?.tokens.get(hash);
      if (kept && kept.until > now) return kept.check;
      owner?.tokens.delete(hash);
      const changesBefore = owner?.changes;
      const check = await checkApiToken(deps.prisma, secret);
      if (!check.ok || check.token.owner.status !== 'ACTIVE') return check;
      const ownerId = check.token.owner.id;
      ownerOf.set(hash, ownerId);
      const watched = owners.get(ownerId);
      (watched ?? watch(ownerId)).hashes.add(hash);
      // Kept only when the owner was watched before the read began and nothing changed since:
      // a revocation published while the row was in flight must not be forgotten.
      if (watched && watched === owner && watched.changes === changesBefore) {
        const expiry = check.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
        watched.tokens.set(hash, { check, until: Math.min(Date.now() + TTL_MS, expiry) });
      }
      return check;
    },
  };
}
