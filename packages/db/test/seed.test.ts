// The demo-data seed: deterministic, complete enough for demos and end-to-end tests, and internally
// consistent (every foreign key resolves, the ledger matches the events). Mostly checks the pure
// builder; the last block writes it to a migrated database.
//
// Checks that walk many rows collect what is wrong and compare it with [], so a failure names the
// offending rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { REGIONS } from '../src/seed/data/places.ts';
import {
  buildSeedData,
  SEED_TABLES,
  seed,
  SeedRefusedError,
  type SeedData,
  type SeedTable,
} from '../src/seed/index.ts';
import { createTestDatabase } from '../src/testing.ts';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const NOW = new Date('2026-01-15T00:00:00.000Z');
const DAY = 86_400_000;
const data = buildSeedData({ now: NOW });
const rows = data.rows;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const time = (value: unknown) => (value as Date).getTime();
const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/).filter(Boolean);
const activeMembers = rows.member.filter((m) => m.status === 'ACTIVE');

/** Every foreign key of the seeded tables: table → [column, referenced table]. */
const FOREIGN_KEYS: Record<SeedTable, ReadonlyArray<readonly [string, SeedTable]>> = {
  skill: [],
  member: [],
  memberSkill: [
    ['memberId', 'member'],
    ['skillId', 'skill'],
  ],
  collective: [],
  charterAgreement: [['collectiveId', 'collective']],
  collectiveMembership: [
    ['collectiveId', 'collective'],
    ['memberId', 'member'],
  ],
  commitment: [
    ['collectiveId', 'collective'],
    ['memberId', 'member'],
  ],
  commitmentChange: [
    ['commitmentId', 'commitment'],
    ['changedById', 'member'],
  ],
  journalEntry: [
    ['collectiveId', 'collective'],
    ['authorId', 'member'],
  ],
  workshop: [['createdById', 'member']],
  workshopFacilitator: [
    ['workshopId', 'workshop'],
    ['memberId', 'member'],
  ],
  workshopSkill: [
    ['workshopId', 'workshop'],
    ['skillId', 'skill'],
  ],
  workshopRegistration: [
    ['workshopId', 'workshop'],
    ['memberId', 'member'],
  ],
  opportunity: [
    ['postedById', 'member'],
    ['collectiveId', 'collective'],
  ],
  opportunitySkill: [
    ['opportunityId', 'opportunity'],
    ['skillId', 'skill'],
  ],
  opportunityInterest: [
    ['opportunityId', 'opportunity'],
    ['memberId', 'member'],
  ],
  recommendation: [
    ['fromId', 'member'],
    ['toId', 'member'],
    ['opportunityId', 'opportunity'],
  ],
  introductionRequest: [
    ['requesterId', 'member'],
    ['recipientId', 'member'],
  ],
  contributionEntry: [
    ['memberId', 'member'],
    ['correctsId', 'contributionEntry'],
  ],
  visibilityPage: [
    ['memberId', 'member'],
    ['collectiveId', 'collective'],
    ['unpublishedById', 'member'],
  ],
  pageReport: [['pageId', 'visibilityPage']],
  contactMessage: [['memberId', 'member']],
  notification: [['memberId', 'member']],
  auditLogEntry: [['actorId', 'member']],
};

/** The schema's unique constraints on the seeded tables (besides the id). */
const UNIQUE_KEYS: Partial<Record<SeedTable, ReadonlyArray<readonly string[]>>> = {
  skill: [['slug']],
  member: [['handle'], ['email']],
  memberSkill: [['memberId', 'skillId']],
  collective: [['slug']],
  charterAgreement: [['collectiveId', 'position']],
  collectiveMembership: [['collectiveId', 'memberId']],
  workshop: [['slug']],
  workshopFacilitator: [['workshopId', 'memberId']],
  workshopSkill: [['workshopId', 'skillId']],
  workshopRegistration: [['workshopId', 'memberId']],
  opportunitySkill: [['opportunityId', 'skillId']],
  opportunityInterest: [['opportunityId', 'memberId']],
  contributionEntry: [['memberId', 'direction', 'kind', 'sourceType', 'sourceId']],
  visibilityPage: [['slug'], ['memberId'], ['collectiveId']],
};

/** Columns that may lie in the future; every other date has happened by `now`. */
const FUTURE_COLUMNS = new Set(['startsAt', 'endsAt', 'dueOn', 'toDueOn', 'fromDueOn', 'deadline']);

const tableRows = (built: SeedData, table: SeedTable) => built.rows[table] as ReadonlyArray<Record<string, unknown>>;

/** Dangling foreign keys, duplicate unique keys, malformed or repeated ids. */
function integrityProblems(built: SeedData): string[] {
  const problems: string[] = [];
  const ids = new Map<SeedTable, Set<string>>();
  for (const table of SEED_TABLES) {
    ids.set(table, new Set(tableRows(built, table).flatMap((row) => (typeof row.id === 'string' ? [row.id] : []))));
  }
  const seen = new Set<string>();
  for (const table of SEED_TABLES) {
    for (const row of tableRows(built, table)) {
      if ('id' in row) {
        const id = row.id as string;
        if (!UUID_V4.test(id)) problems.push(`${table}.id ${id} is not a v4 UUID`);
        if (seen.has(id)) problems.push(`${table}.id ${id} is used twice`);
        seen.add(id);
      }
      for (const [column, target] of FOREIGN_KEYS[table]) {
        const value = row[column];
        if (value !== null && value !== undefined && !ids.get(target)!.has(value as string)) {
          problems.push(`${table}.${column} = ${String(value)} points at no ${target}`);
        }
      }
    }
    for (const key of UNIQUE_KEYS[table] ?? []) {
      const values = tableRows(built, table)
        .filter((row) => key.every((column) => row[column] !== null && row[column] !== undefined))
        .map((row) => key.map((column) => String(row[column])).join('|'));
      if (new Set(values).size !== values.length) problems.push(`${table} (${key.join(', ')}) has duplicates`);
    }
  }
  return problems;
}

/** What must hold whatever the reference date and the scale. */
function invariantProblems(built: SeedData): string[] {
  const problems = integrityProblems(built);
  const now = built.now.getTime();
  const { rows: r } = built;
  const full = r.workshop.find((w) => w.id === built.wellKnown.fullWorkshopId)!;
  const fullRegistrations = r.workshopRegistration.filter((x) => x.workshopId === full.id);
  if (full.status !== 'PUBLISHED' || time(full.startsAt) <= now)
    problems.push('the full workshop is not published and to come');
  if (fullRegistrations.filter((x) => x.status === 'CONFIRMED').length !== full.capacity)
    problems.push('the full workshop is not full');
  if (fullRegistrations.filter((x) => x.status === 'WAITLISTED').length < 2)
    problems.push('the full workshop has no waitlist');
  for (const w of r.workshop) {
    const past = time(w.startsAt) < now;
    if (past && !['COMPLETED', 'CANCELLED'].includes(w.status!))
      problems.push(`past workshop ${w.slug} is ${w.status}`);
    if (!past && w.status === 'COMPLETED') problems.push(`future workshop ${w.slug} is COMPLETED`);
  }
  for (const c of r.commitment) {
    if (c.status === 'OPEN' && time(c.dueOn) <= now) problems.push(`open commitment ${c.id} is overdue`);
    if ((c.status === 'KEPT' || c.status === 'MISSED') && time(c.dueOn) >= now)
      problems.push(`${c.status} commitment ${c.id} is not due yet`);
  }
  for (const table of SEED_TABLES) {
    for (const row of tableRows(built, table)) {
      for (const [column, value] of Object.entries(row)) {
        if (value instanceof Date && !FUTURE_COLUMNS.has(column) && value.getTime() > now) {
          problems.push(`${table}.${column} is in the future`);
        }
      }
      if (row.createdAt instanceof Date && row.updatedAt instanceof Date && row.updatedAt < row.createdAt) {
        problems.push(`${table} ${String(row.id)} was updated before it was created`);
      }
    }
  }
  return [...new Set(problems)];
}

describe('determinism', () => {
  it('builds the same rows twice for the same reference date', () => {
    const again = buildSeedData({ now: NOW });
    expect(again).toEqual(data);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    try {
      expect(() => buildSeedData({ now: NOW, scale: 80 })).not.toThrow();
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps the same people and ids when the reference date moves, and moves their dates with it', () => {
    const later = buildSeedData({ now: new Date(NOW.getTime() + 7 * DAY) });
    expect(later.rows.member.map((m) => m.id)).toEqual(rows.member.map((m) => m.id));
    expect(later.rows.member.map((m) => m.handle)).toEqual(rows.member.map((m) => m.handle));
    expect(later.rows.member.map((m, i) => time(m.createdAt) - time(rows.member[i]!.createdAt))).toEqual(
      rows.member.map(() => 7 * DAY),
    );
  });

  it('defaults the reference date to today at 00:00 UTC', () => {
    const today = new Date();
    expect(buildSeedData({ scale: 20 }).now.toISOString()).toBe(
      new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())).toISOString(),
    );
  });

  it('keeps the first sixty members identical at a larger scale', () => {
    const bigger = buildSeedData({ now: NOW, scale: 300 });
    expect(bigger.rows.member.slice(0, 60)).toEqual(rows.member);
    const firstIds = new Set(rows.member.map((m) => m.id));
    expect(bigger.rows.memberSkill.filter((s) => firstIds.has(s.memberId))).toEqual(rows.memberSkill);
  });

  it('refuses a scale too small to hold the fixtures, or not a whole number', () => {
    expect(() => buildSeedData({ now: NOW, scale: 5 })).toThrow(RangeError);
    expect(() => buildSeedData({ now: NOW, scale: 60.5 })).toThrow(RangeError);
  });
});

describe('members', () => {
  it('has at least sixty members across at least eight regions, in real cities of those regions', () => {
    expect(rows.member.length).toBeGreaterThanOrEqual(60);
    expect(new Set(activeMembers.map((m) => m.region)).size).toBeGreaterThanOrEqual(8);
    const misplaced = rows.member.filter((m) => !REGIONS.find((r) => r.name === m.region)?.cities.includes(m.city!));
    expect(misplaced.map((m) => `${m.handle}: ${m.city}, ${m.region}`)).toEqual([]);
  });

  it('has exactly one admin, the well-known one', () => {
    const admins = rows.member.filter((m) => m.role === 'ADMIN');
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({
      id: data.wellKnown.adminId,
      handle: 'federation-admin',
      email: 'admin@ekoacteurs.fr',
      status: 'ACTIVE',
    });
  });

  it('has Camille Martin, an ordinary active member', () => {
    expect(rows.member.find((m) => m.handle === 'camille-martin')).toMatchObject({
      id: data.wellKnown.camilleId,
      displayName: 'Camille Martin',
      email: 'camille.martin@example.fr',
      role: 'MEMBER',
      status: 'ACTIVE',
    });
  });

  it('uses example domains for every e-mail but the admin’s', () => {
    const emails = [
      ...rows.member.filter((m) => m.role !== 'ADMIN').map((m) => m.email),
      ...rows.contactMessage.map((m) => m.senderEmail),
    ];
    expect(emails.filter((email) => !/^[a-z0-9.-]+@example\.(fr|org)$/.test(email))).toEqual([]);
  });

  it('is mostly active, with five applicants who wrote a motivation, one suspended and one who left', () => {
    const byStatus = countBy(rows.member, (m) => m.status!);
    expect(Object.fromEntries(byStatus)).toEqual({
      ACTIVE: rows.member.length - 7,
      APPLICANT: 5,
      SUSPENDED: 1,
      LEFT: 1,
    });
    const applicants = rows.member.filter((m) => m.status === 'APPLICANT');
    expect(applicants.filter((m) => sentences(m.motivation!).length < 3 || m.admittedAt !== null)).toEqual([]);
    expect(applicants.filter((m) => NOW.getTime() - time(m.createdAt) > 21 * DAY)).toEqual([]);
    expect(rows.member.find((m) => m.status === 'SUSPENDED')!.suspendedAt).toBeInstanceOf(Date);
  });

  it('gives every admitted member a full profile and a first-person cooperation card', () => {
    const admitted = rows.member.filter((m) => m.status !== 'APPLICANT');
    expect(admitted.filter((m) => m.headline!.length < 20).map((m) => m.handle)).toEqual([]);
    expect(
      admitted.filter((m) => sentences(m.bio!).length < 2 || sentences(m.bio!).length > 4).map((m) => m.bio),
    ).toEqual([]);
    const cards = admitted.flatMap((m) => [m.canDo, m.cannotDo, m.wishes, m.concerns]);
    expect(cards.filter((text) => !/^(Je |J'|J’|Nous )/.test(text!))).toEqual([]);
  });

  it('resolves every template: no placeholders, agreements that follow the writer', () => {
    const text = JSON.stringify(rows);
    expect(text.match(/\[\[[^\]]*\]\]|\{[a-zA-Z]+\}/g)).toBeNull();
    const ownWords = rows.member
      .map((m) => `${m.bio} ${m.canDo} ${m.cannotDo} ${m.wishes} ${m.concerns} ${m.motivation}`)
      .join(' ');
    expect(ownWords.match(/indépendant·e|installé·e|seul·e|prêt·e/g)).toBeNull();
  });

  it('mixes trades and paces, and gives some members a website', () => {
    expect(new Set(rows.member.map((m) => m.headline)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(activeMembers.map((m) => m.pace)).size).toBeGreaterThanOrEqual(3);
    expect(activeMembers.filter((m) => m.paceNote).length).toBeGreaterThan(5);
    expect(rows.member.filter((m) => m.websiteUrl).length).toBeGreaterThan(10);
  });

  it('has a taxonomy of five domains with five to eight skills each, named in French and English', () => {
    const byDomain = Object.fromEntries(countBy(rows.skill, (s) => s.domain));
    expect(Object.keys(byDomain).sort()).toEqual([
      'ADMINISTRATION',
      'COMMUNICATION',
      'PRODUCTION',
      'PROSPECTING',
      'STRATEGY',
    ]);
    expect(Object.values(byDomain).filter((n) => n < 5 || n > 8)).toEqual([]);
    expect(rows.skill.filter((s) => !/^[A-Z]/.test(s.nameEn) || !/^[a-z0-9-]+$/.test(s.slug))).toEqual([]);
  });

  it('gives members skills with levels in several domains, all five across the network', () => {
    const domainOf = new Map(rows.skill.map((s) => [s.id, s.domain]));
    const domainsByMember = new Map<string, Set<string>>();
    for (const link of rows.memberSkill) {
      domainsByMember.set(
        link.memberId,
        (domainsByMember.get(link.memberId) ?? new Set()).add(domainOf.get(link.skillId)!),
      );
    }
    expect(activeMembers.filter((m) => (domainsByMember.get(m.id)?.size ?? 0) < 3).map((m) => m.handle)).toEqual([]);
    expect(new Set(rows.memberSkill.map((s) => domainOf.get(s.skillId))).size).toBe(5);
    expect(new Set(rows.memberSkill.map((s) => s.level))).toEqual(
      new Set(['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT']),
    );
  });
});

describe('collectives', () => {
  const membershipsOf = (collectiveId: string) =>
    rows.collectiveMembership.filter((m) => m.collectiveId === collectiveId);

  it('has eight collectives with a purpose, a description and a charter of three to six ordered agreements', () => {
    expect(rows.collective).toHaveLength(8);
    expect(
      rows.collective.filter((c) => c.purpose!.length < 40 || c.description!.length < 80).map((c) => c.slug),
    ).toEqual([]);
    for (const collective of rows.collective) {
      const positions = rows.charterAgreement.filter((a) => a.collectiveId === collective.id).map((a) => a.position);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
      expect(positions.length).toBeGreaterThanOrEqual(3);
      expect(positions.length).toBeLessThanOrEqual(6);
    }
  });

  it('has three to eight active members per collective, one or two coordinators, written responsibilities', () => {
    const shapes = rows.collective.map((c) => {
      const active = membershipsOf(c.id).filter((m) => m.status === 'ACTIVE');
      return { active: active.length, coordinators: active.filter((m) => m.role === 'COORDINATOR').length };
    });
    expect(shapes.filter((s) => s.active < 3 || s.active > 8 || s.coordinators < 1 || s.coordinators > 2)).toEqual([]);
    const active = rows.collectiveMembership.filter((m) => m.status === 'ACTIVE');
    expect(active.filter((m) => m.responsibilities!.length < 10 || !m.charterAccepted)).toEqual([]);
    const statuses = countBy(rows.collectiveMembership, (m) => m.status);
    expect(statuses.get('INVITED')).toBeGreaterThanOrEqual(2);
    expect(statuses.get('REQUESTED')).toBeGreaterThanOrEqual(2);
  });

  it('lets Camille coordinate Com’ Engagée', () => {
    const comEngagee = rows.collective.find((c) => c.slug === 'com-engagee')!;
    expect(membershipsOf(comEngagee.id).find((m) => m.memberId === data.wellKnown.camilleId)).toMatchObject({
      role: 'COORDINATOR',
      status: 'ACTIVE',
    });
  });

  it('only lets active members in, after they were admitted', () => {
    const members = new Map(rows.member.map((m) => [m.id, m]));
    const current = rows.collectiveMembership.filter((m) => m.status !== 'LEFT');
    expect(current.filter((m) => members.get(m.memberId)!.status !== 'ACTIVE')).toEqual([]);
    expect(current.filter((m) => m.joinedAt && time(m.joinedAt) < time(members.get(m.memberId)!.admittedAt))).toEqual(
      [],
    );
  });

  it('tracks commitments of every status, due in the past and the future', () => {
    expect(new Set(rows.commitment.map((c) => c.status))).toEqual(new Set(['OPEN', 'KEPT', 'RENEGOTIATED', 'MISSED']));
    expect(rows.commitment.some((c) => time(c.dueOn) < NOW.getTime())).toBe(true);
    expect(rows.commitment.some((c) => time(c.dueOn) > NOW.getTime())).toBe(true);
    expect(rows.commitment.filter((c) => !(c.dueOn as Date).toISOString().endsWith('T00:00:00.000Z'))).toEqual([]);
  });

  it('keeps each commitment’s history: created OPEN, ending in its current status and date', () => {
    const problems = rows.commitment.flatMap((commitment) => {
      const changes = rows.commitmentChange
        .filter((c) => c.commitmentId === commitment.id)
        .sort((a, b) => time(a.createdAt) - time(b.createdAt));
      const first = changes[0]!;
      const last = changes[changes.length - 1]!;
      const wrong: string[] = [];
      if (
        first.fromStatus !== null ||
        first.toStatus !== 'OPEN' ||
        time(first.createdAt) !== time(commitment.createdAt)
      )
        wrong.push('creation');
      if (last.toStatus !== commitment.status) wrong.push('last status');
      const dueChange = commitment.status === 'RENEGOTIATED' ? last : first;
      if (time(dueChange.toDueOn) !== time(commitment.dueOn)) wrong.push('due date');
      if (commitment.status === 'RENEGOTIATED' && time(last.fromDueOn) !== time(first.toDueOn))
        wrong.push('renegotiation');
      return wrong.map((what) => `${commitment.description}: ${what}`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps a journal with successes, difficulties and learnings', () => {
    expect(new Set(rows.journalEntry.map((e) => e.kind))).toEqual(new Set(['SUCCESS', 'DIFFICULTY', 'LEARNING']));
    const entries = countBy(rows.journalEntry, (e) => e.collectiveId);
    expect(rows.collective.filter((c) => (entries.get(c.id) ?? 0) < 2)).toEqual([]);
  });
});

describe('workshops', () => {
  const registrationsOf = (workshopId: string) => rows.workshopRegistration.filter((r) => r.workshopId === workshopId);
  const past = rows.workshop.filter((w) => time(w.startsAt) < NOW.getTime());
  const future = rows.workshop.filter((w) => time(w.startsAt) > NOW.getTime());

  it('has at least twelve workshops of every kind and format, past and future', () => {
    expect(rows.workshop.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.workshop.map((w) => w.kind))).toEqual(new Set(['ATELIER', 'RENCONTRE', 'CO_CREATION']));
    expect(new Set(rows.workshop.map((w) => w.format))).toEqual(new Set(['IN_PERSON', 'ONLINE', 'HYBRID']));
    expect(past.length).toBeGreaterThanOrEqual(5);
    expect(future.length).toBeGreaterThanOrEqual(5);
  });

  it('has completed past workshops and published future ones, plus one draft and one cancelled', () => {
    expect(new Set(past.map((w) => w.status))).toEqual(new Set(['COMPLETED']));
    expect(Object.fromEntries(countBy(future, (w) => w.status!))).toEqual({
      PUBLISHED: future.length - 2,
      DRAFT: 1,
      CANCELLED: 1,
    });
    expect(rows.workshop.filter((w) => time(w.endsAt) <= time(w.startsAt))).toEqual([]);
    expect(rows.workshop.filter((w) => (w.status === 'DRAFT') !== (w.publishedAt === null))).toEqual([]);
    expect(rows.workshop.filter((w) => (w.status === 'CANCELLED') !== (w.cancelledAt !== null))).toEqual([]);
  });

  it('gives each workshop facilitators and skills; online ones a link, in-person ones a place', () => {
    expect(rows.workshop.filter((w) => !rows.workshopFacilitator.some((f) => f.workshopId === w.id))).toEqual([]);
    expect(rows.workshop.filter((w) => !rows.workshopSkill.some((s) => s.workshopId === w.id))).toEqual([]);
    expect(rows.workshop.filter((w) => (w.format === 'IN_PERSON') !== (w.onlineUrl === null))).toEqual([]);
    expect(rows.workshop.filter((w) => w.onlineUrl && !w.onlineUrl.startsWith('https://visio.example.org/'))).toEqual(
      [],
    );
    expect(rows.workshop.filter((w) => w.format !== 'ONLINE' && w.place!.length < 10)).toEqual([]);
  });

  it('schedules workshops on working days, at their Paris wall-clock time', () => {
    const paris = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    const starts = new Map(rows.workshop.map((w) => [w.title, paris.format(w.startsAt as Date)]));
    expect([...starts.values()].filter((text) => /Sat|Sun/.test(text))).toEqual([]);
    expect(starts.get("Répondre à un appel d'offres à plusieurs")).toMatch(/09:30$/);
    expect(starts.get('Apéro-rencontre des indépendants nantais')).toMatch(/18:30$/);
    expect(starts.get('Comprendre son bilan en deux heures')).toMatch(/14:00$/);
  });

  it('marks attendance for completed workshops and collects some feedback', () => {
    expect(past.filter((w) => !registrationsOf(w.id).some((r) => r.status === 'CONFIRMED'))).toEqual([]);
    const pastIds = new Set(past.map((w) => w.id));
    const confirmedInPast = rows.workshopRegistration.filter(
      (r) => pastIds.has(r.workshopId) && r.status === 'CONFIRMED',
    );
    expect(confirmedInPast.filter((r) => typeof r.attended !== 'boolean')).toEqual([]);
    expect(rows.workshopRegistration.filter((r) => r.attended !== null && !pastIds.has(r.workshopId))).toEqual([]);
    const rated = rows.workshopRegistration.filter((r) => r.feedbackRating !== null);
    expect(rated.length).toBeGreaterThan(10);
    expect(rated.filter((r) => r.attended !== true || r.feedbackRating! < 1 || r.feedbackRating! > 5)).toEqual([]);
    expect(rated.some((r) => r.feedbackComment)).toBe(true);
  });

  it('has a future published workshop that is exactly full, with a waitlist ranked 1..n', () => {
    const full = rows.workshop.find((w) => w.id === data.wellKnown.fullWorkshopId)!;
    expect(full).toMatchObject({ status: 'PUBLISHED', slug: data.wellKnown.fullWorkshopSlug });
    expect(time(full.startsAt)).toBeGreaterThan(NOW.getTime());
    const registrations = registrationsOf(full.id);
    const confirmed = registrations.filter((r) => r.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(full.capacity);
    const waitlist = registrations
      .filter((r) => r.status === 'WAITLISTED')
      .sort((a, b) => a.waitlistRank! - b.waitlistRank!);
    expect(waitlist.length).toBeGreaterThanOrEqual(2);
    expect(waitlist.map((r) => r.waitlistRank)).toEqual(waitlist.map((_, i) => i + 1));
    // The waitlist formed after the last place was taken, in rank order.
    const order = [
      Math.max(...confirmed.map((r) => time(r.registeredAt))),
      ...waitlist.map((r) => time(r.registeredAt)),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    // Camille can still join the waitlist in an end-to-end test.
    expect(registrations.filter((r) => r.memberId === data.wellKnown.camilleId)).toEqual([]);
  });

  it('never overbooks, never registers facilitators or registers for drafts, and ranks only the waitlist', () => {
    const facilitating = new Set(rows.workshopFacilitator.map((f) => `${f.workshopId}|${f.memberId}`));
    const workshops = new Map(rows.workshop.map((w) => [w.id, w]));
    expect(
      rows.workshop.filter((w) => registrationsOf(w.id).filter((r) => r.status === 'CONFIRMED').length > w.capacity),
    ).toEqual([]);
    expect(rows.workshopRegistration.filter((r) => facilitating.has(`${r.workshopId}|${r.memberId}`))).toEqual([]);
    expect(rows.workshopRegistration.filter((r) => workshops.get(r.workshopId)!.status === 'DRAFT')).toEqual([]);
    expect(
      rows.workshopRegistration.filter(
        (r) => workshops.get(r.workshopId)!.status === 'CANCELLED' && r.status !== 'CANCELLED',
      ),
    ).toEqual([]);
    expect(rows.workshopRegistration.filter((r) => (r.waitlistRank === null) !== (r.status !== 'WAITLISTED'))).toEqual(
      [],
    );
  });

  it('gives Camille a history: one workshop facilitated, two attended with feedback, one to come', () => {
    const camille = data.wellKnown.camilleId;
    expect(rows.workshopFacilitator.filter((f) => f.memberId === camille).length).toBeGreaterThanOrEqual(1);
    const hers = rows.workshopRegistration.filter((r) => r.memberId === camille);
    expect(hers.filter((r) => r.attended && r.feedbackRating).length).toBeGreaterThanOrEqual(2);
    expect(
      hers.filter((r) => r.status === 'CONFIRMED' && future.some((w) => w.id === r.workshopId)).length,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('opportunities, recommendations and introductions', () => {
  it('has opportunities of all four kinds, some posted for a collective, each needing skills', () => {
    expect(new Set(rows.opportunity.map((o) => o.kind))).toEqual(
      new Set(['CALL_FOR_TENDER', 'PROJECT', 'HELP_REQUEST', 'HELP_OFFER']),
    );
    expect(rows.opportunity.filter((o) => o.collectiveId).length).toBeGreaterThanOrEqual(3);
    expect(rows.opportunity.filter((o) => !rows.opportunitySkill.some((s) => s.opportunityId === o.id))).toEqual([]);
    const stillOpen = rows.opportunity.filter((o) => o.status === 'OPEN' || o.status === 'TEAM_FORMING');
    expect(stillOpen.filter((o) => o.deadline && time(o.deadline) <= NOW.getTime())).toEqual([]);
    expect(
      rows.opportunity.filter((o) => (o.closedAt !== null) !== ['WON', 'LOST', 'CLOSED'].includes(o.status!)),
    ).toEqual([]);
  });

  it('collects interests with notes, some members already in the team, never the poster', () => {
    const statuses = countBy(rows.opportunityInterest, (i) => i.status!);
    expect(statuses.get('IN_TEAM')).toBeGreaterThanOrEqual(5);
    expect(statuses.get('INTERESTED')).toBeGreaterThanOrEqual(5);
    expect(rows.opportunityInterest.filter((i) => i.note!.length < 10)).toEqual([]);
    const posters = new Map(rows.opportunity.map((o) => [o.id, o.postedById]));
    expect(rows.opportunityInterest.filter((i) => i.memberId === posters.get(i.opportunityId))).toEqual([]);
  });

  it('has two recommendations per member, between different members, some for an opportunity', () => {
    expect(rows.recommendation).toHaveLength(2 * rows.member.length);
    expect(new Set(rows.recommendation.map((r) => r.status))).toEqual(
      new Set(['SENT', 'ACKNOWLEDGED', 'WON', 'LOST', 'DECLINED']),
    );
    expect(rows.recommendation.filter((r) => r.opportunityId).length).toBeGreaterThanOrEqual(5);
    expect(rows.recommendation.filter((r) => r.clientName).length).toBeGreaterThan(rows.recommendation.length / 2);
    expect(rows.recommendation.filter((r) => r.fromId === r.toId || r.note!.length < 30)).toEqual([]);
    const settled = rows.recommendation.filter(
      (r) => r.status === 'WON' || r.status === 'LOST' || r.status === 'DECLINED',
    );
    expect(settled.filter((r) => r.outcomeNote === '')).toEqual([]);
    expect(rows.recommendation.some((r) => r.fromId === data.wellKnown.camilleId)).toBe(true);
    expect(rows.recommendation.some((r) => r.toId === data.wellKnown.camilleId)).toBe(true);
  });

  it('has introduction requests pending, accepted and declined, answered when they should be', () => {
    const statuses = countBy(rows.introductionRequest, (i) => i.status!);
    expect(['PENDING', 'ACCEPTED', 'DECLINED'].filter((status) => !statuses.get(status))).toEqual([]);
    expect(rows.introductionRequest.filter((r) => r.requesterId === r.recipientId)).toEqual([]);
    const answered = (status: string | undefined) => status === 'ACCEPTED' || status === 'DECLINED';
    expect(rows.introductionRequest.filter((r) => (r.respondedAt !== null) !== answered(r.status))).toEqual([]);
    expect(rows.introductionRequest.filter((r) => (r.responseMessage !== '') !== answered(r.status))).toEqual([]);
    expect(
      rows.introductionRequest.some((r) => r.recipientId === data.wellKnown.camilleId && r.status === 'PENDING'),
    ).toBe(true);
  });

  it('involves only active members', () => {
    const status = new Map(rows.member.map((m) => [m.id, m.status]));
    const people = [
      ...rows.recommendation.flatMap((r) => [r.fromId, r.toId]),
      ...rows.introductionRequest.flatMap((r) => [r.requesterId, r.recipientId]),
      ...rows.opportunityInterest.map((i) => i.memberId),
      ...rows.workshopRegistration.map((r) => r.memberId),
    ];
    expect(people.filter((id) => status.get(id) !== 'ACTIVE')).toEqual([]);
  });
});

describe('the give/receive ledger', () => {
  const entries = rows.contributionEntry;
  const key = (...parts: string[]) => parts.join('|');
  const keys = new Set(entries.map((e) => key(e.memberId, e.direction, e.kind, e.sourceType, e.sourceId)));

  it('respects the unique key (member, direction, kind, source)', () => {
    expect(keys.size).toBe(entries.length);
  });

  it('records every recommendation as given by the recommender and received by the recipient', () => {
    const missing = rows.recommendation.flatMap((rec) => [
      ...(keys.has(key(rec.fromId, 'GIVEN', 'RECOMMENDATION', 'Recommendation', rec.id)) ? [] : [`${rec.id} given`]),
      ...(keys.has(key(rec.toId, 'RECEIVED', 'RECOMMENDATION', 'Recommendation', rec.id))
        ? []
        : [`${rec.id} received`]),
    ]);
    expect(missing).toEqual([]);
    expect(entries.filter((e) => e.kind === 'RECOMMENDATION')).toHaveLength(2 * rows.recommendation.length);
  });

  it('records facilitation and attendance of completed workshops, and only those', () => {
    const completed = new Set(rows.workshop.filter((w) => w.status === 'COMPLETED').map((w) => w.id));
    const facilitations = rows.workshopFacilitator.filter((link) => completed.has(link.workshopId));
    expect(
      facilitations.filter(
        (link) => !keys.has(key(link.memberId, 'GIVEN', 'WORKSHOP_FACILITATED', 'Workshop', link.workshopId)),
      ),
    ).toEqual([]);
    const attended = rows.workshopRegistration.filter((reg) => reg.attended);
    expect(
      attended.filter(
        (reg) => !keys.has(key(reg.memberId, 'RECEIVED', 'WORKSHOP_ATTENDED', 'Workshop', reg.workshopId)),
      ),
    ).toEqual([]);
    const workshopEntries = entries.filter(
      (entry) => entry.kind === 'WORKSHOP_FACILITATED' || entry.kind === 'WORKSHOP_ATTENDED',
    );
    expect(workshopEntries.filter((entry) => !completed.has(entry.sourceId))).toEqual([]);
  });

  it('corrects with a new entry pointing at the one it cancels, never by editing', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const corrections = entries.filter((entry) => entry.kind === 'CORRECTION');
    expect(corrections.length).toBeGreaterThanOrEqual(1);
    const problems = corrections.flatMap((correction) => {
      const original = byId.get(correction.correctsId!)!;
      const registration = rows.workshopRegistration.find(
        (reg) => reg.workshopId === original.sourceId && reg.memberId === original.memberId,
      );
      return [
        original.memberId === correction.memberId ? [] : ['another member'],
        (correction.weight ?? 0) + (original.weight ?? 0) === 0 ? [] : ['does not cancel'],
        time(correction.createdAt) > time(original.createdAt) ? [] : ['not later'],
        // The attendance it corrects is no longer marked in the registration.
        registration?.attended === false ? [] : ['registration still marked'],
      ].flat();
    });
    expect(problems).toEqual([]);
  });

  it('records team membership and help between members', () => {
    expect(entries.filter((entry) => entry.kind === 'TEAM_JOINED').length).toBeGreaterThanOrEqual(5);
    const help = entries.filter((entry) => entry.kind === 'HELP');
    expect(help.length).toBeGreaterThanOrEqual(2);
    expect(help.filter((entry) => entry.direction === 'GIVEN').length).toBe(
      help.filter((entry) => entry.direction === 'RECEIVED').length,
    );
  });

  it('points every entry at an existing source row', () => {
    const sources: Record<string, Set<string>> = {
      Recommendation: new Set(rows.recommendation.map((rec) => rec.id)),
      Workshop: new Set(rows.workshop.map((w) => w.id)),
      OpportunityInterest: new Set(rows.opportunityInterest.map((interest) => interest.id)),
      ContributionEntry: new Set(entries.map((entry) => entry.id)),
    };
    expect(entries.filter((entry) => !sources[entry.sourceType]?.has(entry.sourceId))).toEqual([]);
  });

  it('gives most active members a history of both giving and receiving', () => {
    const directions = new Map<string, Set<string>>();
    for (const entry of entries)
      directions.set(entry.memberId, (directions.get(entry.memberId) ?? new Set()).add(entry.direction));
    const both = activeMembers.filter((m) => directions.get(m.id)?.size === 2);
    expect(both.length / activeMembers.length).toBeGreaterThan(0.6);
  });
});

describe('visibility pages', () => {
  const pages = rows.visibilityPage;

  it('has the federation’s page', () => {
    expect(pages.find((p) => p.slug === 'federation')).toMatchObject({
      ownerKind: 'FEDERATION',
      memberId: null,
      collectiveId: null,
      published: true,
    });
  });

  it('has pages for about half the active members, slug = handle', () => {
    const members = new Map(rows.member.map((m) => [m.id, m]));
    const memberPages = pages.filter((p) => p.ownerKind === 'MEMBER');
    expect(memberPages.filter((p) => p.slug !== members.get(p.memberId!)!.handle)).toEqual([]);
    const share =
      memberPages.filter((p) => members.get(p.memberId!)!.status === 'ACTIVE').length / activeMembers.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
    expect(memberPages.find((p) => p.slug === 'camille-martin')).toMatchObject({ published: true });
  });

  it('has pages for most collectives, slug = collective slug', () => {
    const collectives = new Map(rows.collective.map((c) => [c.id, c]));
    const collectivePages = pages.filter((p) => p.ownerKind === 'COLLECTIVE');
    expect(collectivePages.filter((p) => p.slug !== collectives.get(p.collectiveId!)!.slug)).toEqual([]);
    expect(collectivePages.length).toBeGreaterThanOrEqual(6);
    expect(collectivePages.length).toBeLessThan(rows.collective.length);
  });

  it('publishes most pages; the admin unpublished one, with a reason and the report behind it', () => {
    expect(pages.filter((p) => p.published).length / pages.length).toBeGreaterThan(0.8);
    const unpublished = pages.filter((p) => p.unpublishedById);
    expect(unpublished).toHaveLength(1);
    expect(unpublished[0]).toMatchObject({
      published: false,
      unpublishedById: data.wellKnown.adminId,
      unpublishedReason: expect.stringMatching(/.{20}/),
    });
    expect(rows.pageReport.filter((report) => report.pageId === unpublished[0]!.id)).toHaveLength(1);
  });

  it('writes sections in the documented shapes', () => {
    const sections = pages.flatMap((p) => p.sections as Array<Record<string, unknown>>);
    expect(new Set(sections.map((s) => s.kind))).toEqual(new Set(['TEXT', 'SERVICES', 'REFERENCES', 'CALL_TO_ACTION']));
    const shape = (section: Record<string, unknown>): string => {
      const items = (section.items ?? []) as object[];
      const itemKeys = [...new Set(items.map((item) => Object.keys(item).sort().join(',')))].join(' ');
      const action = section.kind === 'CALL_TO_ACTION' ? `:${String(section.action)}` : '';
      return [String(section.kind), Object.keys(section).sort().join(',') + action, itemKeys].filter(Boolean).join(' ');
    };
    expect(new Set(sections.map(shape))).toEqual(
      new Set([
        'TEXT kind,markdown,title',
        'SERVICES items,kind description,title',
        'REFERENCES items,kind client,description',
        'CALL_TO_ACTION action,kind,label:CONTACT',
      ]),
    );
    expect(pages.filter((p) => (p.sections as unknown[]).length < 2 || p.seoDescription!.length > 160)).toEqual([]);
  });
});

describe('notifications, audit log, dates', () => {
  it('gives every active member a few notifications, some unread', () => {
    const perMember = countBy(rows.notification, (n) => n.memberId);
    expect(activeMembers.filter((m) => m.role !== 'ADMIN' && !perMember.get(m.id)).map((m) => m.handle)).toEqual([]);
    expect(rows.notification.some((n) => n.readAt === null)).toBe(true);
  });

  it('logs what the admins did', () => {
    const actions = new Set(rows.auditLogEntry.map((e) => e.action));
    const expected = [
      'membership.admitted',
      'member.suspended',
      'workshop.published',
      'workshop.cancelled',
      'page.unpublished',
    ];
    expect(expected.filter((action) => !actions.has(action))).toEqual([]);
  });

  it('dates everything that has happened before now, and after what it depends on', () => {
    expect(invariantProblems(data)).toEqual([]);
    expect(rows.member.filter((m) => m.admittedAt && time(m.admittedAt) < time(m.createdAt))).toEqual([]);
  });

  it('holds for any reference date: weekends, summer time changes, the end of the year', () => {
    const dates = [
      '2026-03-28',
      '2026-03-29',
      '2026-10-24',
      '2026-12-20',
      '2026-12-27',
      '2027-01-01',
      '2027-05-01',
      '2027-08-14',
    ];
    const problems = dates.flatMap((date) =>
      invariantProblems(buildSeedData({ now: new Date(`${date}T00:00:00.000Z`) })).map((p) => `${date}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('referential integrity', () => {
  it('knows every foreign key the schema declares for the seeded tables', () => {
    const schema = readFileSync(join(PACKAGE_DIR, 'prisma/schema.prisma'), 'utf8');
    const declared: Record<string, string[]> = {};
    for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      const table = model!.charAt(0).toLowerCase() + model!.slice(1);
      if (!SEED_TABLES.includes(table as SeedTable)) continue;
      declared[table] = [...body!.matchAll(/@relation\([^)]*fields: \[(\w+)\]/g)].map((m) => m[1]!).sort();
    }
    const known = Object.fromEntries(
      SEED_TABLES.map((table) => [table, FOREIGN_KEYS[table].map(([column]) => column).sort()]),
    );
    expect(known).toEqual(declared);
  });

  it('resolves every foreign key and keeps every unique key unique (default scale)', () => {
    expect(integrityProblems(data)).toEqual([]);
  });

  it('does so at a larger scale too, with proportional counts', () => {
    const big = buildSeedData({ now: NOW, scale: 1000 });
    expect(invariantProblems(big)).toEqual([]);
    expect({
      member: big.rows.member.length,
      collective: big.rows.collective.length,
      workshop: big.rows.workshop.length,
      recommendation: big.rows.recommendation.length,
    }).toEqual({ member: 1000, collective: 125, workshop: 200, recommendation: 2000 });
  });
});

// Writes the seed to a migrated database (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set).
describe('writing to a database', () => {
  let database: { prisma: PrismaClient; close(): Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it('fills an empty database and reports what it wrote', async () => {
    const summary = await seed(database.prisma, { now: NOW });
    expect(summary).toEqual(Object.fromEntries(SEED_TABLES.map((table) => [table, rows[table].length])));
    expect(await database.prisma.member.count()).toBe(rows.member.length);
    const camille = await database.prisma.member.findUnique({
      where: { handle: 'camille-martin' },
      include: { skills: true },
    });
    expect(camille?.id).toBe(data.wellKnown.camilleId);
    expect(camille?.skills.length).toBeGreaterThan(3);
    const page = await database.prisma.visibilityPage.findUnique({ where: { slug: 'federation' } });
    expect(page?.sections).toEqual(rows.visibilityPage.find((p) => p.slug === 'federation')!.sections);
    const commitment = await database.prisma.commitment.findFirst({
      where: { status: 'RENEGOTIATED' },
      include: { changes: true },
    });
    expect(commitment?.changes.length).toBe(2);
  }, 120_000);

  it('refuses to seed a database that holds data, and says how to proceed', async () => {
    await expect(seed(database.prisma, { now: NOW })).rejects.toThrow(SeedRefusedError);
    await expect(seed(database.prisma, { now: NOW })).rejects.toThrow(/--reset/);
  });

  it('empties and reseeds with reset, giving identical rows', async () => {
    const before = await database.prisma.workshopRegistration.findMany({ orderBy: { id: 'asc' } });
    await seed(database.prisma, { now: NOW, reset: true });
    const after = await database.prisma.workshopRegistration.findMany({ orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
    expect(await database.prisma.contributionEntry.count()).toBe(rows.contributionEntry.length);
  }, 120_000);
});
