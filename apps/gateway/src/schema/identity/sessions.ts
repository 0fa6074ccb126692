// The member's sessions, listed for them (and admins) so a lost device can be signed out.
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import './sign-in.ts';

builder.prismaObjectField(MemberType, 'sessions', (t) =>
  t.relation('sessions', {
    description: 'Private: active sessions, most recent first (the member themself or admins).',
    authScopes: (member) => ({ self: member.id, admin: true }),
    query: () => ({ where: { revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { lastSeenAt: 'desc' } }),
  }),
);
