// What looking a public page up can find: the page, a page that was public and is no longer
// (410), nothing that ever was (404), or the page under its canonical address (301).
import type { PrismaClient } from '@ekoacteurs/db';

export type Lookup<T> =
  { kind: 'found'; data: T } | { kind: 'gone' } | { kind: 'missing' } | { kind: 'moved'; to: string };

export type Db = Pick<
  PrismaClient,
  'member' | 'collective' | 'workshop' | 'skill' | 'visibilityPage' | 'collectiveMembership' | '$queryRaw'
>;

/** Handles and slugs as the platform makes them (slug.ts): lowercase letters, digits, hyphens. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/**
 * A visibility page may have its own slug (saveMyPage's `slug`), and webhooks announce pages under
 * it: /membres/<page slug> and /collectifs/<page slug> lead to the owner's canonical address.
 */
export async function ownerOfPageSlug(
  prisma: Db,
  slug: string,
): Promise<{ memberHandle: string | null; collectiveSlug: string | null } | null> {
  const page = await prisma.visibilityPage.findUnique({
    where: { slug },
    select: { member: { select: { handle: true } }, collective: { select: { slug: true } } },
  });
  return page ? { memberHandle: page.member?.handle ?? null, collectiveSlug: page.collective?.slug ?? null } : null;
}

/** A page's public state from its flags: published now, published once (gone), or never. */
export function pageState(
  page: { published: boolean; publishedAt: Date | null } | null,
  ownerActive: boolean,
): 'public' | 'gone' | 'missing' {
  if (page?.published && ownerActive) return 'public';
  return page?.publishedAt ? 'gone' : 'missing';
}
