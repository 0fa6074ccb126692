// A real HTTP server running the gateway's schema behind the security plugins, for the tests in
// this folder. Who is calling comes from test headers (the seam callerOf provides):
//   x-test-caller: "session:<memberId>" | "token:<tokenId>" | absent (anonymous)
//   x-test-ip:     the anonymous caller's address (default 127.0.0.1)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import type { PrismaClient, ReadSql } from '@ekoacteurs/db';
import type { Caller } from '../../src/auth/caller.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { schema } from '../../src/schema/index.ts';
import { createSecurityPlugins, type RedisLike, type SecurityOptions } from '../../src/security/index.ts';

export interface SecuredServer {
  url: string;
  /** Log lines written by the security plugins (JSON objects). */
  logs: Array<{ level: number; msg: string }>;
  /** Callers identified, one entry per callerOf call that was not memoised. */
  identifications: number;
  post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(params: Record<string, string>, headers?: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

export interface Answer {
  status: number;
  headers: Headers;
  ms: number;
  body: {
    data?: any;
    errors?: Array<{ message: string; locations?: unknown; extensions?: Record<string, any> }>;
  } | null;
}

/** What urql (the apps' client) sends. */
const URQL_ACCEPT =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

export function testCallerOf(request: Request): Promise<Caller> {
  const ip = request.headers.get('x-test-ip') ?? '127.0.0.1';
  const [kind, id = 'x'] = (request.headers.get('x-test-caller') ?? 'anonymous').split(':');
  // A member id shaped like the database's (a UUID), so queries that compare it with uuid columns run.
  const memberId = `00000000-0000-4000-8000-${Buffer.from(id).toString('hex').slice(0, 12).padStart(12, '0')}`;
  const member = { ip, memberId, role: 'MEMBER', status: 'ACTIVE' } as const;
  if (kind === 'session') return Promise.resolve({ ...member, kind: 'session', sessionId: `session-${id}` });
  if (kind === 'token') return Promise.resolve({ ...member, kind: 'token', tokenId: id, scopes: ['read:public'] });
  return Promise.resolve({ kind: 'anonymous', ip });
}

export const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

export async function startSecuredServer(
  options: {
    config?: Partial<Config>;
    limits?: SecurityOptions['limits'];
    redis?: RedisLike | null;
    redisKeyPrefix?: string;
    persistedDocuments?: Record<string, string>;
    prisma?: PrismaClient;
    /** The database's hot reads (with `prisma`: the same database's `read`). */
    read?: ReadSql;
  } = {},
): Promise<SecuredServer> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...options.config };
  const logs: SecuredServer['logs'] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  let identifications = 0;
  const callerOf = (request: Request) => {
    identifications++;
    return testCallerOf(request);
  };
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    maskedErrors: config.NODE_ENV === 'production',
    logging: false,
    context: async ({ request }) => ({
      prisma: options.prisma,
      read: options.read,
      config,
      requestId: 'test',
      logger,
      caller: await testCallerOf(request),
    }),
    plugins: createSecurityPlugins({
      config,
      logger,
      redis: options.redis ?? null,
      redisKeyPrefix: options.redisKeyPrefix,
      persistedDocuments: options.persistedDocuments ?? {},
      callerOf,
      limits: options.limits,
    }),
  });
  const server = createServer((req, res) => void yoga(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  async function send(input: string, init: RequestInit): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(input, init);
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  }

  return {
    url,
    logs,
    get identifications() {
      return identifications;
    },
    post: (body, headers = {}) =>
      send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: URQL_ACCEPT, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: (params, headers = {}) =>
      send(`${url}?${new URLSearchParams(params)}`, { method: 'GET', headers: { accept: URQL_ACCEPT, ...headers } }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The `extensions.code` of each error of an answer. */
export const codes = (answer: Answer) => (answer.body?.errors ?? []).map((error) => error.extensions?.code);
