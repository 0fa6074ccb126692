// What the load is made of, read from the seeded database before the run: whom to look up, what to
// search for, which workshops to register for, and the API tokens to send (minted with the
// gateway's own createApiToken, as the console or the portal would).
import type { PrismaClient } from '@ekoacteurs/db';
import { createApiToken } from '@ekoacteurs/gateway/testing';

export interface Fixtures {
  /** An admin's integration token (read:public, read:network, admin): profiles show private counts. */
  integratorToken: string;
  /** Handles of active members. */
  handles: string[];
  /** Handles of members whose public page is published. */
  pageHandles: string[];
  /** Words an integrator's visitors search for (skill names). */
  searches: string[];
  /** Members with a personal token allowed to register for workshops. */
  registrants: { memberId: string; token: string }[];
  /** Published workshops starting at least a day from now. */
  workshops: { id: string; globalId: string }[];
  /** "memberId workshopId" pairs that must not be used (registered already, or facilitating). */
  taken: Set<string>;
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export async function loadFixtures(prisma: PrismaClient, registrantCount: number): Promise<Fixtures> {
  const admin = await prisma.member.findFirstOrThrow({
    where: { role: 'ADMIN', status: 'ACTIVE' },
    orderBy: { createdAt: 'asc' },
  });
  const { secret: integratorToken } = await createApiToken(prisma, {
    kind: 'INTEGRATION',
    ownerId: admin.id,
    name: 'bench',
    scopes: ['read:public', 'read:network', 'admin'],
    expiresAt: null,
  });
  // md5 order: a fixed, well-mixed sample.
  const handles = (
    await prisma.$queryRaw<{ handle: string }[]>`
    SELECT handle FROM "Member" WHERE status = 'ACTIVE' ORDER BY md5(handle) LIMIT 1000`
  ).map((row) => row.handle);
  const pageHandles = (
    await prisma.$queryRaw<{ handle: string }[]>`
    SELECT m.handle FROM "Member" m JOIN "VisibilityPage" p ON p."memberId" = m.id
    WHERE m.status = 'ACTIVE' AND p.published ORDER BY md5(m.handle) LIMIT 1000`
  ).map((row) => row.handle);
  const searches = (await prisma.skill.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map(
    (skill) => skill.name,
  );
  const workshops = (
    await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Workshop" WHERE status = 'PUBLISHED' AND "startsAt" > now() + interval '1 day' ORDER BY md5(id::text)`
  ).map((row) => ({ id: row.id, globalId: globalId('Workshop', row.id) }));
  const members = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Member" WHERE status = 'ACTIVE' AND role = 'MEMBER' ORDER BY md5(id::text) LIMIT ${registrantCount}`;
  const registrants: Fixtures['registrants'] = [];
  for (let i = 0; i < members.length; i += 50) {
    const chunk = members.slice(i, i + 50);
    const minted = await Promise.all(
      chunk.map((member) =>
        createApiToken(prisma, {
          kind: 'PERSONAL',
          ownerId: member.id,
          name: 'bench',
          scopes: ['read:public', 'read:network', 'write:workshops'],
          expiresAt: null,
        }),
      ),
    );
    minted.forEach((token, j) => registrants.push({ memberId: chunk[j]!.id, token: token.secret }));
  }
  const taken = new Set<string>();
  for (const row of await prisma.workshopRegistration.findMany({ select: { memberId: true, workshopId: true } }))
    taken.add(`${row.memberId} ${row.workshopId}`);
  for (const row of await prisma.workshopFacilitator.findMany({ select: { memberId: true, workshopId: true } }))
    taken.add(`${row.memberId} ${row.workshopId}`);
  if (handles.length === 0 || pageHandles.length === 0 || workshops.length === 0 || registrants.length === 0) {
    throw new Error('The seeded network lacks members, public pages or upcoming workshops: is the seed too small?');
  }
  return { integratorToken, handles, pageHandles, searches, registrants, workshops, taken };
}

/**
 * Fresh (member, workshop) pairs, one per registration: consecutive ones go to different members
 * and different workshops, so the load measures registering, not queueing on one workshop's lock.
 */
export function registrationPairs(fixtures: Fixtures) {
  const members = fixtures.registrants;
  const workshops = fixtures.workshops;
  let i = 0;
  return (): { token: string; workshopGlobalId: string } => {
    for (;;) {
      const m = i % members.length;
      const k = Math.floor(i / members.length);
      if (k >= workshops.length) throw new Error('Every (member, workshop) pair was used: raise the registrant count.');
      i++;
      const member = members[m]!;
      const workshop = workshops[(m * 7 + k) % workshops.length]!;
      if (fixtures.taken.has(`${member.memberId} ${workshop.id}`)) continue;
      fixtures.taken.add(`${member.memberId} ${workshop.id}`);
      return { token: member.token, workshopGlobalId: workshop.globalId };
    }
  };
}
