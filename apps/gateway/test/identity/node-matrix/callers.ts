// The kinds of caller every Node is fetched as (node-matrix.test.ts), the world of rows they are
// fetched from, and the usual sets of callers who may see a row.
import type { PrismaClient } from '@ekoacteurs/db';

export const NODE_CALLERS = [
  'anonymous',
  /** Member A's browser session: A owns, posts, facilitates, coordinates the collective. */
  'memberA',
  /** Member B's browser session: an active member, A's counterpart, not in A's collective. */
  'memberB',
  /** An active admin's browser session. */
  'admin',
  /** A's personal token with read:network, write:profile and write:workshops. */
  'tokenA',
  /** A's personal token with read:public only: the token without the needed scope. */
  'tokenAPublic',
  /** The admin's integration token with read:public and admin (not read:network). */
  'tokenAdmin',
] as const;
export type NodeCaller = (typeof NODE_CALLERS)[number];

/** The people and places every row is made around (created once, in the test's beforeAll). */
export interface World {
  prisma: PrismaClient;
  memberA: { id: string };
  memberB: { id: string };
  admin: { id: string };
  /** A collective where A is an ACTIVE coordinator and B has only REQUESTED to join. */
  collective: { id: string };
  /** A published workshop facilitated by the admin. */
  publishedWorkshop: { id: string };
  /** The database id of the tokenAPublic caller's token. */
  tokenAPublicId: string;
}

export interface NodeCase {
  /** What the row is, when a type has several cases (e.g. "draft"). */
  label?: string;
  /** Creates one row of the type and returns its database id. */
  create: (world: World) => Promise<string>;
  /** The callers who get the object; everyone else gets null, with no error. */
  seenBy: ReadonlySet<NodeCaller>;
}

export const EVERYONE: ReadonlySet<NodeCaller> = new Set(NODE_CALLERS);
/** Admins, through a session or an admin token. */
export const ADMINS: ReadonlySet<NodeCaller> = new Set(['admin', 'tokenAdmin']);
/** Member A (session, or a token with read:network) and admins. */
export const A_AND_ADMINS: ReadonlySet<NodeCaller> = new Set(['memberA', 'tokenA', 'admin', 'tokenAdmin']);
/** Active members of the federation reading the network (the `member` scope: tokens need read:network). */
export const NETWORK: ReadonlySet<NodeCaller> = new Set(['memberA', 'memberB', 'admin', 'tokenA']);

let counter = 0;
/** A unique suffix for slugs and handles. */
export const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;
