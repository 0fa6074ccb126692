// Talking to a gateway (in-process or a built process) as integrators do, and making the members
// and tokens the tests act as.
import type { PrismaClient } from '@ekoacteurs/db';
import { createApiToken } from '../../../src/auth/api-tokens.ts';
import type { TokenScope } from '../../../src/auth/caller.ts';

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  ms: number;
}

export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

/**
 * Signs a member in on the gateway at `url` as the apps do (asks for a link, reads it in the outbox,
 * follows it); returns the session cookie as "name=value".
 */
export async function signInByLink(url: string, prisma: PrismaClient, email: string): Promise<string> {
  await graphql(url, 'mutation($email: String!) { requestSignInLink(email: $email) { __typename } }', { email });
  const sent = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email, kind: 'sign-in-link' } });
  const token = /#token=([\w-]+)/.exec(sent.text)![1]!;
  const signedIn = await graphql(url, 'mutation($token: String!) { signInWithLink(token: $token) { __typename } }', {
    token,
  });
  return (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const ALL_SCOPES: TokenScope[] = ['read:public', 'read:network', 'write:profile', 'write:workshops'];

/** Active members with a personal token each. */
export async function membersWithTokens(prisma: PrismaClient, prefix: string, count: number, scopes = ALL_SCOPES) {
  const members = [];
  for (let i = 0; i < count; i++) {
    const handle = `${prefix}-${i}`;
    const member = await prisma.member.create({
      data: { handle, displayName: `${prefix} ${i}`, email: `${handle}@example.fr`, status: 'ACTIVE' },
    });
    const { secret } = await createApiToken(prisma, {
      kind: 'PERSONAL',
      ownerId: member.id,
      name: 'resilience',
      scopes,
      expiresAt: null,
    });
    members.push({ id: member.id, handle, token: secret });
  }
  return members;
}

export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}
