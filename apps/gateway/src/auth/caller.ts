// Who is calling: resolved once per request from the session cookie or the bearer token,
// before anything is executed. Rate limits, cost budgets and authorization all read it.
import type { MemberStatus, PlatformRole } from '@ekoacteurs/db/enums';

export type TokenScope = 'read:public' | 'read:network' | 'write:profile' | 'write:workshops' | 'admin';

interface Identified {
  ip: string;
  memberId: string;
  role: PlatformRole;
  status: MemberStatus;
}

export type Caller =
  | { kind: 'anonymous'; ip: string }
  | (Identified & { kind: 'session'; sessionId: string })
  | (Identified & { kind: 'token'; tokenId: string; scopes: readonly TokenScope[] });

/** The bucket a caller's rate limit is counted in. */
export function rateLimitKey(caller: Caller): string {
  switch (caller.kind) {
    case 'token':
      return `token:${caller.tokenId}`;
    case 'session':
      return `member:${caller.memberId}`;
    default:
      return `ip:${caller.ip}`;
  }
}
