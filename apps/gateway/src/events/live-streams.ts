// Live streams (SSE subscriptions) that end when their caller's right to them ends: the session is
// signed out or ended, the token revoked or expired, the member suspended. Each stream re-checks the
// caller against the database when an access change is published for its member (across replicas
// through the event bus), before each event it would deliver, and every RECHECK_MS as a safety net
// for a missed message. The gateway ends every stream when it shuts down.
import type { PrismaClient } from '@ekoacteurs/db';
import { Repeater } from 'graphql-yoga';
import type { Caller } from '../auth/caller.ts';
import type { AccessChange, EventBus } from './bus.ts';

/** How often an open stream re-checks its caller even when nothing was published. */
export const RECHECK_MS = 60_000;
/** setTimeout's ceiling (about 24.8 days); later expiries are caught by the periodic re-check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type Identified = Exclude<Caller, { kind: 'anonymous' }>;

/** Tells the member's open streams, on every replica, to re-check their access now. */
export function publishAccessChange(events: EventBus, memberId: string, reason: AccessChange['reason']): void {
  events.publish('access', memberId, { reason });
}

/**
 * Until when the caller's session or token is still good (null: no end date), or false when it has
 * ended or the member is no longer active.
 */
export async function accessUntil(prisma: PrismaClient, caller: Identified): Promise<Date | null | false> {
  const now = new Date();
  if (caller.kind === 'session') {
    const session = await prisma.session.findUnique({
      where: { id: caller.sessionId },
      select: { revokedAt: true, expiresAt: true, member: { select: { status: true } } },
    });
    if (!session || session.revokedAt || session.expiresAt <= now || session.member.status !== 'ACTIVE') return false;
    return session.expiresAt;
  }
  const token = await prisma.apiToken.findUnique({
    where: { id: caller.tokenId },
    select: { revokedAt: true, expiresAt: true, owner: { select: { status: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.owner.status !== 'ACTIVE')
    return false;
  return token.expiresAt;
}

/** Every open stream of this process, so a shutdown can end them instead of waiting for them. */
export interface LiveStreams {
  /** Registers a stream's stop function; returns its unregister. */
  track(end: () => void): () => void;
  /** Ends every open stream (their clients get the SSE "complete" event). */
  endAll(): void;
  readonly size: number;
}

export function createLiveStreams(): LiveStreams {
  const open = new Set<() => void>();
  return {
    track(end) {
      open.add(end);
      return () => open.delete(end);
    },
    endAll() {
      for (const end of [...open]) end();
      open.clear();
    },
    get size() {
      return open.size;
    },
  };
}

/**
 * `source` filtered by the caller's continuing access: the stream ends (SSE "complete") as soon as
 * the caller's session or token ends or their membership is no longer active.
 */
export function guardedStream<T>(deps: {
  prisma: PrismaClient;
  events: EventBus;
  streams: LiveStreams;
  caller: Identified;
  source: AsyncIterableIterator<T>;
}): Repeater<T> {
  const { prisma, events, streams, caller, source } = deps;
  return new Repeater<T>(async (push, stop) => {
    const changes = events.subscribe('access', caller.memberId);
    let timer: NodeJS.Timeout | undefined;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stop();
    };
    const untrack = streams.track(end);
    /** Re-reads the caller's access; ends the stream when it is gone, else arms the expiry timer. */
    const check = async (): Promise<boolean> => {
      let until: Date | null | false;
      try {
        until = await accessUntil(prisma, caller);
      } catch {
        // The database is unreachable: keep the stream, the next check decides.
        return !ended;
      }
      if (until === false) {
        end();
        return false;
      }
      clearTimeout(timer);
      const wait = Math.min(RECHECK_MS, until ? until.getTime() - Date.now() : RECHECK_MS, MAX_TIMER_MS);
      timer = setTimeout(() => void check(), Math.max(wait, 0));
      return !ended;
    };
    if (!(await check())) {
      untrack();
      await changes.return?.();
      await source.return?.();
      return;
    }
    void (async () => {
      for await (const _change of changes) if (!(await check())) return;
    })();
    void (async () => {
      for await (const event of source) {
        if (!(await check())) return;
        await push(event);
      }
    })();
    await stop;
    ended = true;
    untrack();
    clearTimeout(timer);
    await Promise.all([changes.return?.(), source.return?.()]);
  });
}
