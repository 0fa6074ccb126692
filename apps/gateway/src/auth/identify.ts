// Turns a request into a Caller: a bearer token, else the session cookie, else anonymous.
// A bearer token that does not check out is refused (401), never downgraded to anonymous.
import type { PrismaClient } from '@ekoacteurs/db';
import { GraphQLError } from 'graphql';
import type { EventBus } from '../events/bus.ts';
import { requestError } from '../errors.ts';
import type { Caller } from './caller.ts';
import { readCookie, sessionCookieName } from './cookies.ts';
import { findSession } from './sessions.ts';
import { createTokenCallers } from './token-callers.ts';

/** Set by server.ts from the socket (or X-Forwarded-For when TRUST_PROXY); any incoming value is replaced. */
export const CLIENT_IP_HEADER = 'x-eko-client-ip';

const TOKEN_REFUSALS = {
  unknown: 'This API token is not known. Check that it was copied whole, or create a new one.',
  expired: 'This API token has expired. Create a new one in the portal (or the console for integration tokens).',
  revoked: 'This API token was revoked. Create a new one in the portal (or the console for integration tokens).',
} as const;

/** 401 with the challenge RFC 6750 asks for, so HTTP clients know a bearer token is expected. */
function invalidToken(message: string): GraphQLError {
  const challenge = `Bearer realm="ekoacteurs", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`;
  return new GraphQLError(message, {
    extensions: { code: 'INVALID_TOKEN', http: { status: 401, headers: { 'WWW-Authenticate': challenge } } },
  });
}

export type CallerOf = (request: Request) => Promise<Caller>;

export function createCallerOf(deps: { prisma: PrismaClient; publicUrl: string; events: EventBus }): CallerOf {
  const memo = new WeakMap<Request, Promise<Caller>>();
  const tokens = createTokenCallers(deps);
  const cookieName = sessionCookieName(deps.publicUrl);

  async function identify(request: Request): Promise<Caller> {
    const ip = request.headers.get(CLIENT_IP_HEADER) ?? '';
    const authorization = request.headers.get('authorization');
    if (authorization !== null) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) {
        throw invalidToken('The Authorization header must be "Bearer <token>".');
      }
      const check = await tokens.check(match[1]!);
      if (!check.ok) throw invalidToken(TOKEN_REFUSALS[check.reason]);
      const { token } = check;
      if (token.owner.status !== 'ACTIVE') {
        throw requestError(
          'ACCOUNT_SUSPENDED',
          'The account that owns this token is not active; its tokens do not work.',
          403,
        );
      }
      return {
        kind: 'token',
        ip,
        tokenId: token.id,
        scopes: token.scopes,
        memberId: token.owner.id,
        role: token.owner.role,
        status: 'ACTIVE',
      };
    }
    const secret = readCookie(request.headers.get('cookie'), cookieName);
    if (secret) {
      const session = await findSession(deps.prisma, secret);
      if (session) {
        return {
          kind: 'session',
          ip,
          sessionId: session.id,
          memberId: session.member.id,
          role: session.member.role,
          status: session.member.status,
        };
      }
    }
    return { kind: 'anonymous', ip };
  }

  return (request) => {
    let caller = memo.get(request);
    if (!caller) {
      caller = identify(request);
      memo.set(request, caller);
    }
    return caller;
  };
}
