// The one definition of "a member listed publicly": an active member whose page is published. The home
// page's count, the public directory, its regions and the sitemap all count and list exactly these.
import { Prisma } from '@ekoacteurs/db';

export const LISTED_PUBLICLY = { status: 'ACTIVE', page: { is: { published: true } } } satisfies Prisma.MemberWhereInput;

/** The same condition in SQL, for a query over `"Member" m` (the directory's search). */
export const LISTED_PUBLICLY_SQL = Prisma.sql`m."status" = 'ACTIVE' AND EXISTS (SELECT 1 FROM "VisibilityPage" p WHERE p."memberId" = m."id" AND p."published")`;
