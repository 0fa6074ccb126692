// API tokens for integrators: personal (a member's) and integration (an admin's), shown once,
// stored hashed, with a recognisable prefix, scopes, optional expiry, revocable.
import type { PrismaClient } from '@ekoacteurs/db';
import type { ApiTokenKind } from '@ekoacteurs/db/enums';
import type { TokenScope } from './caller.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const TOKEN_SCOPES: readonly TokenScope[] = [
  'read:public',
  'read:network',
  'write:profile',
  'write:workshops',
  'admin',
];
const PREFIX: Record<ApiTokenKind, string> = { PERSONAL: 'eko_pat_', INTEGRATION: 'eko_int_' };
const LAST_USED_EVERY_MS = 60 * 1000;

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

export async function createApiToken(
  prisma: Pick<PrismaClient, 'apiToken'>,
  input: { kind: ApiTokenKind; ownerId: string; name: string; scopes: TokenScope[]; expiresAt: Date | null },
) {
  const { secret, hash } = newSecret(PREFIX[input.kind]);
  const token = await prisma.apiToken.create({
    data: {
      kind: input.kind,
      ownerId: input.ownerId,
      name: input.name,
      scopes: input.scopes,
      expiresAt: input.expiresAt,
      tokenHash: hash,
      prefix: secret.slice(0, PREFIX[input.kind].length + 4),
    },
  });
  return { token, secret };
}

export type TokenCheck =
  | {
      ok: true;
      /** When the token stops working (null: never). */
      expiresAt: Date | null;
      token: { id: string; scopes: TokenScope[]; owner: { id: string; role: 'MEMBER' | 'ADMIN'; status: string } };
    }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export async function checkApiToken(prisma: PrismaClient, secret: string): Promise<TokenCheck> {
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { owner: { select: { id: true, role: true, status: true } } },
  });
  if (!token) return { ok: false, reason: 'unknown' };
  if (token.revokedAt) return { ok: false, reason: 'revoked' };
  if (token.expiresAt && token.expiresAt <= new Date()) return { ok: false, reason: 'expired' };
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return {
    ok: true,
    expiresAt: token.expiresAt,
    token: { id: token.id, scopes: token.scopes.filter(isTokenScope), owner: token.owner },
  };
}
