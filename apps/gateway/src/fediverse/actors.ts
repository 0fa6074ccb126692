// Who is an ActivityPub actor, and what of them is sent: the federation; each ACTIVE collective (its
// public page answers too); each member who opted in (Member.fediverse) AND whom visitors find
// (the visibility rule of src/visibility/member.ts: ACTIVE, listed to visitors, page published),
// with only the parts of the profile visitors see. Anyone else has no actor: 404. A member who left
// after being an actor answers a Tombstone (410), so remote servers drop them.
import type { PrismaClient } from '@ekoacteurs/db';
import { findableWhere, showsPart } from '../visibility/member.ts';
import { paths } from '../public-pages/urls.ts';
import { collectiveActor, FEDERATION_ACTOR, memberActor, parseActor } from './uris.ts';

type Db = Pick<PrismaClient, 'member' | 'collective' | 'fediverseKey'>;

export type ActorFacts =
  | {
      kind: 'federation' | 'collective' | 'member';
      identifier: string;
      username: string;
      name: string;
      summary: string;
      path: string;
      iconUrl: string | null;
    }
  | { kind: 'gone'; identifier: string };

export const FEDERATION_NAME = 'Fédération des ÉkôActeurs';
const FEDERATION_SUMMARY =
  'Réseau d’entrepreneurs indépendants qui choisissent la coopération. Ses ateliers, rencontres et sessions de co-création publics. — ' +
  'A network of independent entrepreneurs who choose cooperation; its public workshops.';

/** The Prisma condition for members who are actors: opted in, and found by visitors. */
export const memberActorWhere = () => ({ AND: [findableWhere('visitor'), { fediverse: true }] });

/** The actor an identifier names, as visitors may see it; null when there is none. */
export async function findActor(prisma: Db, identifier: string): Promise<ActorFacts | null> {
  const ref = parseActor(identifier);
  if (!ref) return null;
  if (ref.kind === 'federation') {
    return {
      kind: 'federation',
      identifier,
      username: FEDERATION_ACTOR,
      name: FEDERATION_NAME,
      summary: FEDERATION_SUMMARY,
      path: paths.home,
      iconUrl: null,
    };
  }
  if (ref.kind === 'collective') {
    const collective = await prisma.collective.findUnique({
      where: { id: ref.id },
      select: { slug: true, name: true, purpose: true, status: true },
    });
    if (!collective || collective.status !== 'ACTIVE') return null;
    return {
      kind: 'collective',
      identifier,
      username: collective.slug,
      name: collective.name,
      summary: collective.purpose,
      path: paths.collective(collective.slug),
      iconUrl: null,
    };
  }
  const member = await prisma.member.findFirst({
    where: { id: ref.id, ...memberActorWhere() },
    select: { handle: true, displayName: true, headline: true, avatarUrl: true, publicFields: true },
  });
  if (!member) {
    // Once an actor, a member who left is gone for good (the key row says they were one).
    const left = await prisma.member.count({ where: { id: ref.id, status: 'LEFT' } });
    if (left && (await prisma.fediverseKey.count({ where: { actor: identifier } })))
      return { kind: 'gone', identifier };
    return null;
  }
  return {
    kind: 'member',
    identifier,
    username: member.handle,
    name: member.displayName,
    summary: member.headline,
    path: paths.member(member.handle),
    iconUrl: showsPart('visitor', member, 'PHOTO') ? member.avatarUrl : null,
  };
}

/**
 * The actor behind a WebFinger user name (acct:<name>@host): "federation", a collective's slug,
 * or an opted-in member's handle (a collective's slug wins if both ever matched).
 */
export async function identifierOfUsername(prisma: Db, username: string): Promise<string | null> {
  if (username === FEDERATION_ACTOR) return FEDERATION_ACTOR;
  const collective = await prisma.collective.findUnique({
    where: { slug: username },
    select: { id: true, status: true },
  });
  if (collective?.status === 'ACTIVE') return collectiveActor(collective.id);
  const member = await prisma.member.findFirst({
    where: { handle: username, ...memberActorWhere() },
    select: { id: true },
  });
  return member ? memberActor(member.id) : null;
}

/** The actor a public page's address stands for: /, /collectifs/:slug, /membres/:handle. */
export async function identifierOfPage(prisma: Db, path: string): Promise<string | null> {
  if (path === '/' || path === '') return FEDERATION_ACTOR;
  const match = /^\/(collectifs|membres)\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  let name: string;
  try {
    name = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  if (match[1] === 'collectifs') {
    const collective = await prisma.collective.findUnique({
      where: { slug: name },
      select: { id: true, status: true },
    });
    return collective?.status === 'ACTIVE' ? collectiveActor(collective.id) : null;
  }
  const member = await prisma.member.findFirst({
    where: { handle: name, ...memberActorWhere() },
    select: { id: true },
  });
  return member ? memberActor(member.id) : null;
}
