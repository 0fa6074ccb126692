// What every resolver receives. Built once per request by yoga.ts.
import type { Lang } from './i18n/language.ts';
import type { PrismaClient, ReadSql } from '@ekoacteurs/db';
import type { Caller } from './auth/caller.ts';
import type { Config } from './config.ts';
import type { Mailer } from './email/mailer.ts';
import type { EventBus } from './events/bus.ts';
import type { LiveStreams } from './events/live-streams.ts';
import type { Logger } from './logger.ts';
import type { RateLimiter } from './security/limiter.ts';

export interface Context {
  prisma: PrismaClient;
  /** The hot reads' raw statements (directory page, profile): prepared, past Prisma's engine (@ekoacteurs/db). */
  read: ReadSql;
  config: Config;
  mailer: Mailer;
  /** Live events (notifications) to subscribers, across replicas with Redis. */
  events: EventBus;
  /** This process's open live streams (ended on shutdown). */
  streams: LiveStreams;
  requestId: string;
  logger: Logger;
  /** Who is calling (anonymous, a session or a token). */
  caller: Caller;
  userAgent: string;
  /** The language of people-facing messages (Accept-Language: French when preferred, else English). */
  lang: Lang;
  /** Counts rare events across replicas (sign-in attempts, reports): security/limiter.ts. */
  limiter: RateLimiter;
  /** Adds a Set-Cookie header to the response (sign-in, sign-out). */
  setCookie(cookie: string): void;
}

/** The member behind the request, when there is one. */
export function viewerId(ctx: Context): string | null {
  return ctx.caller.kind === 'anonymous' ? null : ctx.caller.memberId;
}
