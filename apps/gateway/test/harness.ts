// Starts a real gateway on an isolated test database and a free port, and talks to it as the
// apps and integrators do: over HTTP, with a session cookie or a bearer token.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { loadConfig, type Config } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createGateway, type Gateway } from '../src/server.ts';
import type { GatewayFediverseOptions } from '../src/fediverse/index.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: { code?: string } }[] };
}

export interface As {
  /** A session cookie ("name=value"). */
  cookie?: string;
  /** An API token secret. */
  token?: string;
  /** Extra headers. */
  headers?: Record<string, string>;
}

export interface TestGateway {
  url: string;
  db: TestDatabase;
  gateway: Gateway;
  /** SQL statements sent since the last reset. */
  queries: string[];
  graphql<T = any>(query: string, variables?: Record<string, unknown>, as?: As): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startTestGateway(
  overrides: Partial<Config> = {},
  extra: { fediverse?: GatewayFediverseOptions } = {},
): Promise<TestGateway> {
  const queries: string[] = [];
  const db = await createTestDatabase({ onQuery: (sql) => queries.push(sql) });
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUTH_ATTEMPTS_PER_IP_PER_HOUR: '1000' }),
    PORT: 0,
    ...overrides,
  };
  const gateway = createGateway({ config, db, logger: createLogger(config.LOG_LEVEL), ...extra });
  const port = await gateway.listen();
  const url = `http://127.0.0.1:${port}`;
  if (config.REDIS_URL) await untilRedisReady(url);
  return {
    url,
    db,
    gateway,
    queries,
    graphql: (query, variables, as) => graphqlAt(url, query, variables, as),
    stop: () => gateway.shutdown(),
  };
}

/**
 * Waits until the gateway at `url` says its Redis answers (/readyz), as a load balancer would before
 * sending it traffic: until then the public cache and the rate limits are this process's alone, and
 * a test reading through Redis would find nothing there (a cache miss on a busy worker, not a bug).
 */
async function untilRedisReady(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { redis } = (await (await fetch(`${url}/readyz`)).json()) as { redis?: string };
    if (redis === 'ready') return;
    if (Date.now() > deadline) throw new Error(`The test gateway's Redis is still "${redis}" after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A GraphQL request to the gateway at `url` (a test gateway, one of several replicas), as someone. */
export async function graphqlAt<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  as: As = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as.cookie ? { cookie: as.cookie } : {}),
      ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
      ...as.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The session cookie set by a response, as "name=value" for the next request's Cookie header. */
export function sessionCookie(response: GraphQLResponse): string {
  const setCookie = response.headers.get('set-cookie') ?? '';
  const pair = setCookie.split(';')[0] ?? '';
  if (!pair.includes('=') || pair.endsWith('=')) throw new Error(`no session cookie in: ${setCookie}`);
  return pair;
}

/** The secret of the newest emailed link to this address (what a member clicks). */
export async function linkFromOutbox(t: TestGateway, to: string, kind = 'sign-in-link'): Promise<string> {
  const email = await t.db.prisma.outboxEmail.findFirst({ where: { to, kind }, orderBy: { createdAt: 'desc' } });
  const token = /#token=([\w-]+)/.exec(email?.text ?? '')?.[1];
  if (!token) throw new Error(`no ${kind} email with a link to ${to}`);
  return token;
}

/** Signs a member in the way a person does: request a link, read the email, follow it. */
export async function signIn(t: TestGateway, email: string): Promise<string> {
  await t.graphql('mutation($email: String!) { requestSignInLink(email: $email) { __typename } }', { email });
  const token = await linkFromOutbox(t, email);
  const response = await t.graphql('mutation($token: String!) { signInWithLink(token: $token) { __typename } }', {
    token,
  });
  return sessionCookie(response);
}

/** A member row with sensible defaults, for tests that need people in the database. */
export async function addMember(
  t: TestGateway,
  data: {
    handle: string;
    displayName?: string;
    email?: string;
    status?: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED';
    role?: 'MEMBER' | 'ADMIN';
    admittedAt?: Date;
  },
) {
  return t.db.prisma.member.create({
    data: {
      handle: data.handle,
      displayName: data.displayName ?? data.handle.replace(/-/g, ' '),
      email: data.email ?? `${data.handle}@example.fr`,
      status: data.status ?? 'ACTIVE',
      role: data.role ?? 'MEMBER',
      admittedAt: data.admittedAt,
    },
  });
}

/**
 * Lists a member to visitors: listing VISITORS, every part public, and a published visibility
 * page (created if they have none; an existing page is left as it is). Visitors (anonymous, tokens without read:network) see only
 * such members.
 */
export async function listToVisitors(t: TestGateway, memberId: string) {
  const member = await t.db.prisma.member.findUniqueOrThrow({ where: { id: memberId }, include: { page: true } });
  const publicFields: ('PLACE' | 'PHOTO' | 'SKILLS' | 'CARD' | 'PACE')[] = ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'];
  return t.db.prisma.member.update({
    where: { id: memberId },
    data: {
      listing: 'VISITORS',
      publicFields,
      page: member.page
        ? undefined
        : {
            create: {
              slug: member.handle,
              ownerKind: 'MEMBER',
              title: member.displayName,
              sections: [],
              published: true,
              publishedAt: new Date(),
            },
          },
    },
  });
}

/** What `node(id:)` answers the caller for a global ID (the whole body): null where they may not see it. */
export async function readNode(t: TestGateway, id: string, as?: As): Promise<GraphQLResponse['body']> {
  return (await t.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id }, as)).body;
}

/** How many SQL statements `work` sends. */
export async function statementsOf(t: TestGateway, work: () => Promise<unknown>): Promise<number> {
  t.queries.length = 0;
  await work();
  return t.queries.length;
}

export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}
