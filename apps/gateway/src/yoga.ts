// The GraphQL endpoint: graphql-yoga serving the Pothos schema at /graphql.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga } from 'graphql-yoga';
import type { PrismaClient } from '@ekoacteurs/db';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { Logger } from './logger.ts';
import { schema } from './schema/index.ts';

/** What the node:http server hands to Yoga for each request. */
export interface ServerContext {
  req: IncomingMessage & { id: string; log: Logger };
  res: ServerResponse;
}

export function createGraphQLHandler(deps: { config: Config; prisma: PrismaClient; logger: Logger }) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
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
    context: ({ req }) => ({
      prisma: deps.prisma,
      requestId: req.id,
      logger: req.log,
      viewer: null,
    }),
  });
}
