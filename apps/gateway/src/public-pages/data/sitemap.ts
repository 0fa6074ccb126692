// Every public page, for sitemap.xml: the members visitors find (visibility/member.ts), active collectives,
// published and completed workshops (past ones included: they stay readable).
import { findableWhere } from '../../visibility/member.ts';
import type { Db } from './lookup.ts';

export interface SitemapData {
  members: { handle: string; lastModified: Date }[];
  collectives: { slug: string; lastModified: Date }[];
  workshops: { slug: string; lastModified: Date }[];
}

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.map((date) => date?.getTime() ?? 0)));

/** Statements: members and their pages; collectives and their pages; workshops (side by side). */
export async function findSitemap(prisma: Db): Promise<SitemapData> {
  const [members, collectives, workshops] = await Promise.all([
    prisma.member.findMany({
      where: findableWhere('visitor'),
      select: { handle: true, updatedAt: true, page: { select: { updatedAt: true } } },
      orderBy: { handle: 'asc' },
    }),
    prisma.collective.findMany({
      where: { status: 'ACTIVE' },
      select: { slug: true, updatedAt: true, page: { select: { updatedAt: true, published: true } } },
      orderBy: { slug: 'asc' },
    }),
    prisma.workshop.findMany({
      where: { status: { in: ['PUBLISHED', 'COMPLETED'] } },
      select: { slug: true, updatedAt: true },
      orderBy: { startsAt: 'desc' },
    }),
  ]);
  return {
    members: members.map((member) => ({
      handle: member.handle,
      lastModified: latest(member.updatedAt, member.page?.updatedAt),
    })),
    collectives: collectives.map((collective) => ({
      slug: collective.slug,
      lastModified: latest(collective.updatedAt, collective.page?.published ? collective.page.updatedAt : null),
    })),
    workshops: workshops.map((workshop) => ({ slug: workshop.slug, lastModified: workshop.updatedAt })),
  };
}
