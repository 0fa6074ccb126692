// The kinds of caller every mutation is tried as, and the usual sets of allowed callers.
export const CALLERS = [
  'anonymous',
  'applicant',
  'member',
  'suspended',
  'admin',
  'tokenReadPublic',
  'tokenMember',
  'tokenAdmin',
] as const;
export type CallerKind = (typeof CALLERS)[number];

export interface MatrixEntry {
  /** A document calling only this mutation, selecting `__typename` of its result. */
  document: string;
  variables?: () => Record<string, unknown>;
  /** The callers that must get through authorization (a typed error such as NotFoundError still counts as through). */
  allowed: Set<CallerKind>;
}

export const ANYONE = new Set<CallerKind>(CALLERS);
/** A browser session, whatever the member's status. */
export const SESSION_ANY_STATUS = new Set<CallerKind>(['applicant', 'member', 'suspended', 'admin']);
export const ACTIVE_SESSION = new Set<CallerKind>(['member', 'admin']);
/** Active members through a session or a token with the needed write scope (tokenMember has them all). */
export const ACTIVE_MEMBERS = new Set<CallerKind>(['member', 'admin', 'tokenMember']);
export const ADMINS = new Set<CallerKind>(['admin', 'tokenAdmin']);
