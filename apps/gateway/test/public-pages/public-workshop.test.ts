// "A public workshop" (public-pages/data/public-workshop.ts), the one rule and select the public
// pages and the fediverse's Events share: which states visitors see, by id and by slug alike, never
// the visio link, and the seats left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import type { WorkshopStatus } from '@ekoacteurs/db';
import { findPublicWorkshop, seatsLeft } from '../../src/public-pages/data/public-workshop.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function workshop(slug: string, status: WorkshopStatus, publishedAt: Date | null) {
  const startsAt = new Date('2030-03-02T09:00:00Z');
  return db.prisma.workshop.create({
    data: {
      slug,
      kind: 'ATELIER',
      title: `Atelier ${slug}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      format: 'ONLINE',
      onlineUrl: 'https://visio.example/secret-room',
      capacity: 8,
      status,
      publishedAt,
    },
    select: { id: true, slug: true },
  });
}

describe('a public workshop', () => {
  it('is found when published or completed, gone when cancelled after publication, missing otherwise', async () => {
    const published = new Date('2030-01-01T00:00:00Z');
    const cases: [WorkshopStatus, Date | null, string][] = [
      ['PUBLISHED', published, 'found'],
      ['COMPLETED', published, 'found'],
      ['CANCELLED', published, 'gone'],
      ['CANCELLED', null, 'missing'],
      ['DRAFT', null, 'missing'],
    ];
    for (const [index, [status, publishedAt, expected]] of cases.entries()) {
      const row = await workshop(`etat-${index}`, status, publishedAt);
      const byId = await findPublicWorkshop(db.prisma, { id: row.id });
      const bySlug = await findPublicWorkshop(db.prisma, { slug: row.slug });
      expect(byId.kind, status).toBe(expected);
      expect(bySlug).toEqual(byId);
    }
    expect((await findPublicWorkshop(db.prisma, { slug: 'jamais-cree' })).kind).toBe('missing');
  });

  it('never carries the visio link, and counts the seats in the same statement', async () => {
    const row = await workshop('visio', 'PUBLISHED', new Date());
    const found = await findPublicWorkshop(db.prisma, { id: row.id });
    if (found.kind !== 'found') throw new Error(`expected the workshop, got ${found.kind}`);
    expect(found.data).not.toHaveProperty('onlineUrl');
    expect(JSON.stringify(found.data)).not.toContain('secret-room');
    expect(found.data._count.registrations).toBe(0);
    expect(seatsLeft(found.data)).toBe(8);
  });

  it('has no negative seats when more are confirmed than the capacity', () => {
    expect(seatsLeft({ capacity: 3, _count: { registrations: 5 } })).toBe(0);
    expect(seatsLeft({ capacity: 3, _count: { registrations: 1 } })).toBe(2);
  });
});
