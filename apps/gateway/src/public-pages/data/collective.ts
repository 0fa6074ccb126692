// A collective's public page: its public face (name, purpose, region, active members and their
// roles) for every ACTIVE collective, with its visibility page's sections when published. An
// archived collective is gone (410). Its description, charter, commitments and journal are the
// members' own and never shown here.
import type { Prisma } from '@ekoacteurs/db';
import { cleanText } from '../../markdown/index.ts';
import { readSections, type StoredSection } from '../../schema/pages/page-sections.ts';
import { isSlug, ownerOfPageSlug, type Db, type Lookup } from './lookup.ts';
import { findableWhere } from '../../visibility/member.ts';

const COLLECTIVE_SELECT = {
  id: true,
  slug: true,
  name: true,
  purpose: true,
  region: true,
  status: true,
  createdAt: true,
  page: { select: { title: true, seoDescription: true, sections: true, published: true } },
} satisfies Prisma.CollectiveSelect;

export interface CollectivePageData {
  collective: Omit<Prisma.CollectiveGetPayload<{ select: typeof COLLECTIVE_SELECT }>, 'page'>;
  /** The published page's content; null when the collective has no published page. */
  page: { title: string; seoDescription: string; sections: StoredSection[] } | null;
  members: { handle: string; displayName: string; headline: string; coordinator: boolean; hasPage: boolean }[];
}

/** Statements: the collective, its page; then its active members, their memberships' roles and their pages. */
export async function findCollectivePage(prisma: Db, slug: string): Promise<Lookup<CollectivePageData>> {
  if (!isSlug(slug)) return { kind: 'missing' };
  const row = await prisma.collective.findUnique({ where: { slug }, select: COLLECTIVE_SELECT });
  if (!row) {
    const owner = await ownerOfPageSlug(prisma, slug);
    return owner?.collectiveSlug && owner.collectiveSlug !== slug
      ? { kind: 'moved', to: owner.collectiveSlug }
      : { kind: 'missing' };
  }
  if (row.status !== 'ACTIVE') return { kind: 'gone' };

  const memberships = await prisma.collectiveMembership.findMany({
    // The members visitors find (the visibility rule); the others are not named here.
    where: { collectiveId: row.id, status: 'ACTIVE', member: findableWhere('visitor') },
    select: {
      role: true,
      member: { select: { handle: true, displayName: true, headline: true, page: { select: { published: true } } } },
    },
    // Coordinators first, then by arrival (as the API lists them).
    orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }, { id: 'asc' }],
  });
  const { page, ...collective } = row;
  return {
    kind: 'found',
    data: {
      collective,
      page: page?.published
        ? {
            title: cleanText(page.title),
            seoDescription: cleanText(page.seoDescription),
            sections: readSections(page.sections),
          }
        : null,
      members: memberships.map(({ role, member }) => ({
        handle: member.handle,
        displayName: member.displayName,
        headline: member.headline,
        coordinator: role === 'COORDINATOR',
        hasPage: member.page?.published === true,
      })),
    },
  };
}
