// The federation's page (/): its own visibility page when published, who is in it (counts, a few
// members with a published page, the active collectives) and what is coming up.
import { cleanText } from '../../markdown/index.ts';
import { readSections, type StoredSection } from '../../schema/pages/page-sections.ts';
import type { Db } from './lookup.ts';
import { upcomingWorkshops, type WorkshopSummary } from './workshops.ts';
import { findableWhere, forVisitors } from '../../visibility/member.ts';

export const FEATURED_MEMBERS = 6;
export const UPCOMING_ON_HOME = 4;

export interface FederationPageData {
  page: { title: string; seoDescription: string; sections: StoredSection[] } | null;
  activeMembers: number;
  /** Members visitors find (visibility/member.ts): the number the public directory shows. */
  listedMembers: number;
  upcomingCount: number;
  featured: { handle: string; displayName: string; headline: string; city: string; region: string }[];
  collectives: { slug: string; name: string; purpose: string; region: string }[];
  upcoming: WorkshopSummary[];
}

/** Statements, all side by side: the page, three counts, the featured members, the collectives, the next workshops. */
export async function findFederationPage(prisma: Db, now: Date): Promise<FederationPageData> {
  const [page, activeMembers, listedMembers, upcomingCount, featured, collectives, upcoming] = await Promise.all([
    prisma.visibilityPage.findFirst({
      where: { ownerKind: 'FEDERATION', published: true },
      select: { title: true, seoDescription: true, sections: true },
    }),
    prisma.member.count({ where: { status: 'ACTIVE' } }),
    // The members visitors find (the one visibility rule): the number the public directory shows.
    prisma.member.count({ where: findableWhere('visitor') }),
    prisma.workshop.count({ where: { status: 'PUBLISHED', endsAt: { gte: now } } }),
    // The most recently published member pages: the network as it grows.
    prisma.member.findMany({
      where: findableWhere('visitor'),
      select: { handle: true, displayName: true, headline: true, city: true, region: true, publicFields: true },
      orderBy: [{ page: { publishedAt: 'desc' } }, { id: 'asc' }],
      take: FEATURED_MEMBERS,
    }),
    prisma.collective.findMany({
      where: { status: 'ACTIVE' },
      select: { slug: true, name: true, purpose: true, region: true },
      orderBy: { name: 'asc' },
      take: 100,
    }),
    upcomingWorkshops(prisma, now, UPCOMING_ON_HOME),
  ]);
  return {
    page: page
      ? {
          title: cleanText(page.title),
          seoDescription: cleanText(page.seoDescription),
          sections: readSections(page.sections),
        }
      : null,
    activeMembers,
    listedMembers,
    upcomingCount,
    featured: featured.map((member) => {
      const { publicFields: _parts, ...shown } = forVisitors(member);
      return shown;
    }),
    collectives,
    upcoming,
  };
}
