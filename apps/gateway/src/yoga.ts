// The GraphQL endpoint: graphql-yoga serving the Pothos schema at /graphql.
import { languageOf } from './i18n/language.ts';
import { languagePlugin } from './i18n/plugin.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import persistedDocuments from '@ekoacteurs/client/persisted-documents.json' with { type: 'json' };
import { createYoga, type Plugin } from 'graphql-yoga';
import type { PrismaClient, ReadSql } from '@ekoacteurs/db';
import type { CallerOf } from './auth/identify.ts';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { Mailer } from './email/mailer.ts';
import type { EventBus } from './events/bus.ts';
import type { LiveStreams } from './events/live-streams.ts';
import type { Logger } from './logger.ts';
import { eventIdsPlugin } from './events/sse.ts';
import { compressionPlugin } from './graphql-compression.ts';
import { resiliencePlugin } from './resilience/plugin.ts';
import { schema } from './schema/index.ts';
import { createSecurityPlugins, type Limiters, type RedisLike } from './security/index.ts';

/** What the node:http server hands to Yoga for each request. */
export interface ServerContext {
  req: IncomingMessage & { id: string; log: Logger };
  res: ServerResponse;
}

export function createGraphQLHandler(deps: {
  config: Config;
  prisma: PrismaClient;
  read: ReadSql;
  logger: Logger;
  mailer: Mailer;
  callerOf: CallerOf;
  redis: RedisLike | null;
  /** The gateway's limiter (security/limiter.ts): cost budgets per request, attempts in resolvers. */
  limiters: Limiters;
  events: EventBus;
  /** More plugins (e.g. metrics), after the security and resilience ones. */
  plugins?: Plugin[];
  streams: LiveStreams;
}) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Our own CORS allow-list replaces Yoga's default, which echoes any origin.
    cors: false,
    // The body's size limit is security/body-size.ts's (Yoga's streams every body through a transform).
    maxRequestBodySize: false,
    plugins: [
      ...createSecurityPlugins({
        config: deps.config,
        logger: deps.logger,
        redis: deps.redis,
        limiter: deps.limiters.requests,
        persistedDocuments,
        callerOf: deps.callerOf,
      }),
      resiliencePlugin({ logger: deps.logger, callerOf: deps.callerOf }),
      languagePlugin(),
      eventIdsPlugin(),
      ...(deps.plugins ?? []),
      // Last: whatever the others answered (the public cache's too) is compressed once, on its way out.
      compressionPlugin(),
    ],
    graphiql: deps.config.GRAPHIQL ? { title: 'ÉkôActeurs — GraphQL' } : false,
    // In production unexpected errors become "Unexpected error." with the request id to quote;
    // expected errors keep their message and their stable extensions.code.
    maskedErrors: deps.config.NODE_ENV === 'production',
    logging: {
      debug: (...args) => deps.logger.debug(args.map(String).join(' ')),
      info: (...args) => deps.logger.info(args.map(String).join(' ')),
      warn: (...args) => deps.logger.warn(args.map(String).join(' ')),
      error: (...args) => deps.logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
    },
    context: async ({ req, res, request }) => ({
      prisma: deps.prisma,
      read: deps.read,
      config: deps.config,
      mailer: deps.mailer,
      events: deps.events,
      streams: deps.streams,
      requestId: req.id,
      logger: req.log,
      caller: await deps.callerOf(request),
      userAgent: request.headers.get('user-agent') ?? '',
      lang: languageOf(request.headers.get('accept-language')),
      limiter: deps.limiters.attempts,
      setCookie: (cookie: string) => res.appendHeader('set-cookie', cookie),
    }),
  });
}
