// Workshops, past and future: facilitators, skills taught, registrations with attendance, feedback
// and waitlists. One future workshop is exactly full with a waitlist (end-to-end tests use it).
import type { WorkshopStatus } from '../generated/prisma/enums.ts';
import { isActive, skillId, type MemberInfo, type SeedContext } from './context.ts';
import { REGIONS, STREETS, VENUES } from './data/places.ts';
import { CANCELLATION_REASONS, FEEDBACK_COMMENTS, WORKSHOPS, type WorkshopSeed } from './data/workshops.ts';
import { addDays, addMinutes, between, maxDate, minDate } from './dates.ts';
import { ADMIN_INDEX, CAMILLE_INDEX } from './build-members.ts';
import { AdmittedPool, byTrade, sampleWhere, TradeLists } from './pools.ts';
import type { Random } from './random.ts';
import { slugify, UniqueNames } from './text.ts';
import type { SeedRows } from './types.ts';

type RegistrationRow = SeedRows['workshopRegistration'][number];

export interface WorkshopInfo {
  readonly row: SeedRows['workshop'][number];
  readonly facilitators: readonly MemberInfo[];
  readonly registrations: readonly { readonly member: MemberInfo; readonly row: RegistrationRow }[];
  readonly cancellationReason: string | null;
  /** Attendees first marked present, then corrected to absent (the ledger keeps both entries). */
  readonly attendanceCorrected: readonly MemberInfo[];
}

export interface BuiltWorkshops {
  readonly workshops: WorkshopInfo[];
  readonly fullWorkshop: WorkshopInfo;
  readonly rows: Pick<SeedRows, 'workshop' | 'workshopFacilitator' | 'workshopSkill' | 'workshopRegistration'>;
}

/** The default calendar, in days from now: seven past, five published, one cancelled, one draft. */
const DEFAULT_SCHEDULE: ReadonlyArray<readonly [number, WorkshopStatus]> = [
  [-150, 'COMPLETED'],
  [-110, 'COMPLETED'],
  [-84, 'COMPLETED'],
  [-56, 'COMPLETED'],
  [-35, 'COMPLETED'],
  [-21, 'COMPLETED'],
  [-9, 'COMPLETED'],
  [3, 'PUBLISHED'],
  [8, 'PUBLISHED'],
  [15, 'PUBLISHED'],
  [22, 'PUBLISHED'],
  [36, 'PUBLISHED'],
  [18, 'CANCELLED'],
  [50, 'DRAFT'],
];
/** "Répondre à un appel d'offres à plusieurs": full, two people waiting. */
const FULL_WORKSHOP = 7;
const FULL_WAITLIST = 2;
/** Camille Martin facilitated one past workshop, attended two, and is registered for one to come. */
const CAMILLE_FACILITATES = 2;
const CAMILLE_ATTENDED: readonly number[] = [4, 6];
const CAMILLE_REGISTERED = 10;

/** In the first past workshop, one attendance was marked by mistake, then corrected. */
const ATTENDANCE_CORRECTED = 0;

const RATING_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [5, 45],
  [4, 35],
  [3, 14],
  [2, 5],
  [1, 1],
];

export function buildWorkshops(context: SeedContext, members: readonly MemberInfo[]): BuiltWorkshops {
  const { clock } = context;
  const count = Math.max(DEFAULT_SCHEDULE.length, Math.round(context.scale / 5));
  const slugs = new UniqueNames();
  const admin = members[ADMIN_INDEX]!;
  const camille = members[CAMILLE_INDEX];
  const active = members.filter((m) => isActive(m) && m.row.role !== 'ADMIN');
  const pool = new AdmittedPool(active);
  const byTrades = new TradeLists(byTrade(active));

  const rows: BuiltWorkshops['rows'] = {
    workshop: [],
    workshopFacilitator: [],
    workshopSkill: [],
    workshopRegistration: [],
  };
  const workshops: WorkshopInfo[] = [];
  let fullWorkshop: WorkshopInfo | undefined;

  for (let i = 0; i < count; i++) {
    const rng = context.root.fork('workshop', i);
    const id = rng.uuid();
    const seed = WORKSHOPS[i % WORKSHOPS.length]!;
    const [offset, status] = i < DEFAULT_SCHEDULE.length ? DEFAULT_SCHEDULE[i]! : scheduleAtScale(rng);
    const startsAt = clock.parisWeekday(offset, seed.startHour, seed.startMinute);
    const endsAt = addMinutes(startsAt, seed.durationMinutes);
    const publishedAt =
      status === 'DRAFT'
        ? null
        : minDate(addMinutes(addDays(startsAt, -rng.int(21, 50)), rng.int(0, 300)), clock.days(-rng.int(2, 10)));
    const createdAt = addMinutes(
      publishedAt ? addDays(publishedAt, -rng.int(1, 10)) : clock.days(-rng.int(1, 10)),
      rng.int(0, 600),
    );
    const cancelledAt =
      status === 'CANCELLED' && publishedAt
        ? maxDate(minDate(addDays(startsAt, -2), clock.days(-rng.int(1, 5))), addDays(publishedAt, 1))
        : null;

    // Facilitators: members of the right trade who were already there; Camille for her workshop.
    const isFull = i === FULL_WORKSHOP || (i >= DEFAULT_SCHEDULE.length && status === 'PUBLISHED' && rng.chance(0.1));
    const facilitators =
      i === CAMILLE_FACILITATES && camille
        ? [camille]
        : chooseFacilitators(rng, seed, byTrades, publishedAt ?? createdAt, admin, camille, i);
    const city = seed.city ?? facilitators[0]?.row.city ?? rng.pick(rng.pick(REGIONS).cities);
    const slug = slugs.claim(slugify(seed.title));
    const place =
      seed.format === 'ONLINE' ? '' : `${rng.pick(VENUES)}, ${rng.int(2, 80)} ${rng.pick(STREETS)}, ${city}`;
    const lastTouch =
      cancelledAt ??
      (status === 'COMPLETED'
        ? minDate(addMinutes(endsAt, rng.int(60, 48 * 60)), clock.minutes(-30))
        : (publishedAt ?? createdAt));

    const row: SeedRows['workshop'][number] = {
      id,
      slug,
      kind: seed.kind,
      title: seed.title,
      description: seed.description,
      startsAt,
      endsAt,
      timeZone: 'Europe/Paris',
      format: seed.format,
      place,
      onlineUrl: seed.format === 'IN_PERSON' ? null : `https://visio.example.org/ekoacteurs/${slug}`,
      capacity: seed.capacity,
      status,
      createdById: seed.kind === 'CO_CREATION' && facilitators[0] ? facilitators[0].row.id : admin.row.id,
      createdAt,
      updatedAt: lastTouch,
      publishedAt,
      cancelledAt,
    };
    rows.workshop.push(row);
    for (const facilitator of facilitators)
      rows.workshopFacilitator.push({ workshopId: id, memberId: facilitator.row.id });
    for (const slugOfSkill of seed.skills)
      rows.workshopSkill.push({ workshopId: id, skillId: skillId(context, slugOfSkill) });

    const registrations = register(context, rng, row, status, isFull, i, facilitators, pool, camille);
    rows.workshopRegistration.push(...registrations.map((r) => r.row));
    const info: WorkshopInfo = {
      row,
      facilitators,
      registrations,
      cancellationReason: status === 'CANCELLED' ? rng.pick(CANCELLATION_REASONS) : null,
      attendanceCorrected: i === ATTENDANCE_CORRECTED ? correctOneAttendance(registrations, camille) : [],
    };
    workshops.push(info);
    if (i === FULL_WORKSHOP) fullWorkshop = info;
  }
  return { workshops, fullWorkshop: fullWorkshop!, rows };
}

function scheduleAtScale(rng: Random): readonly [number, WorkshopStatus] {
  if (rng.chance(0.8)) {
    const offset = -rng.int(1, 540);
    return [offset, rng.chance(0.97) ? 'COMPLETED' : 'CANCELLED'];
  }
  const offset = rng.int(1, 120);
  return [
    offset,
    rng.weighted<WorkshopStatus>([
      ['PUBLISHED', 88],
      ['DRAFT', 8],
      ['CANCELLED', 4],
    ]),
  ];
}

function chooseFacilitators(
  rng: Random,
  seed: WorkshopSeed,
  byTrades: TradeLists,
  before: Date,
  admin: MemberInfo,
  camille: MemberInfo | undefined,
  index: number,
): MemberInfo[] {
  const wanted = seed.kind === 'CO_CREATION' ? 2 : rng.chance(0.3) ? 2 : 1;
  const chosen = sampleWhere(
    rng,
    byTrades.of(seed.facilitatorTrades),
    wanted,
    // Camille's own calendar is fixed: she facilitates one workshop only in the default data.
    (m) => m.admittedAt!.getTime() < before.getTime() && !(m === camille && index < DEFAULT_SCHEDULE.length),
  );
  return chosen.length > 0 ? chosen : [admin];
}

function register(
  context: SeedContext,
  rng: Random,
  workshop: SeedRows['workshop'][number],
  status: WorkshopStatus,
  isFull: boolean,
  index: number,
  facilitators: readonly MemberInfo[],
  pool: AdmittedPool,
  camille: MemberInfo | undefined,
): WorkshopInfo['registrations'] {
  if (status === 'DRAFT') return [];
  const { clock } = context;
  const now = clock.now;
  const publishedAt = workshop.publishedAt as Date;
  const startsAt = workshop.startsAt as Date;
  const endsAt = workshop.endsAt as Date;
  const capacity = workshop.capacity;
  const exclude = new Set<MemberInfo>(facilitators);
  const inDefault = index < DEFAULT_SCHEDULE.length;
  if (camille && inDefault) exclude.add(camille);
  const pinned: MemberInfo[] =
    camille && inDefault && (CAMILLE_ATTENDED.includes(index) || index === CAMILLE_REGISTERED) ? [camille] : [];

  // Registrations close when the workshop starts (or is cancelled, or now for future ones).
  const closesAt = minDate(
    (workshop.cancelledAt as Date | null) ?? startsAt,
    status === 'PUBLISHED' ? addMinutes(now, -60) : startsAt,
  );
  const timeAt = (fraction: number) => between(publishedAt, maxDate(closesAt, addMinutes(publishedAt, 60)), fraction);
  const result: Array<{ member: MemberInfo; row: RegistrationRow }> = [];
  const add = (
    member: MemberInfo,
    fields: Partial<RegistrationRow> & Pick<RegistrationRow, 'status' | 'registeredAt'>,
  ) => {
    result.push({
      member,
      row: {
        id: rng.uuid(),
        workshopId: workshop.id,
        memberId: member.row.id,
        waitlistRank: null,
        confirmedAt: null,
        cancelledAt: null,
        attended: null,
        feedbackRating: null,
        feedbackComment: null,
        feedbackAt: null,
        ...fields,
      },
    });
  };

  if (status === 'CANCELLED') {
    const people = pool.pick(rng, publishedAt, rng.int(2, Math.min(6, capacity)), exclude);
    const fractions = people.map(() => rng.next() * 0.9).sort((a, b) => a - b);
    people.forEach((member, k) => {
      const registeredAt = timeAt(fractions[k]!);
      add(member, {
        status: 'CANCELLED',
        registeredAt,
        confirmedAt: registeredAt,
        cancelledAt: workshop.cancelledAt as Date,
      });
    });
    return result;
  }

  const confirmedCount = isFull
    ? capacity
    : Math.max(
        pinned.length,
        Math.min(
          capacity,
          Math.round(capacity * (status === 'COMPLETED' ? 0.5 + rng.next() * 0.5 : 0.3 + rng.next() * 0.55)),
        ),
      );
  const waitlistCount = isFull ? (index === FULL_WORKSHOP ? FULL_WAITLIST : rng.int(1, 4)) : 0;
  const cancelledCount = isFull ? 1 : rng.int(0, status === 'COMPLETED' ? 2 : 1);
  const wanted = confirmedCount - pinned.length + waitlistCount + cancelledCount;
  const drawn = pool.pick(rng, publishedAt, wanted, exclude);
  // Too few members to fill it (tiny scales): nobody waits while places are free.
  const filled = drawn.length >= wanted;
  const confirmed = [...pinned, ...drawn.slice(0, confirmedCount - pinned.length)];
  const waiting = filled
    ? drawn.slice(confirmedCount - pinned.length, confirmedCount - pinned.length + waitlistCount)
    : [];
  const cancelled = filled ? drawn.slice(confirmedCount - pinned.length + waitlistCount) : [];

  // Confirmed places fill first (in the first 80% of the window), then the waitlist, in order.
  const confirmedTimes = confirmed.map(() => rng.next() * 0.8).sort((a, b) => a - b);
  confirmed.forEach((member, k) => {
    const registeredAt = timeAt(confirmedTimes[k]!);
    const fields: Partial<RegistrationRow> = {};
    if (status === 'COMPLETED') {
      const attended = member === camille ? true : rng.chance(0.85);
      fields.attended = attended;
      if (attended && (member === camille || rng.chance(0.6))) {
        const rating = rng.weighted(RATING_WEIGHTS);
        const band = rating >= 4 ? 'high' : rating === 3 ? 'mid' : 'low';
        fields.feedbackRating = rating;
        fields.feedbackComment = rng.chance(0.5) || band !== 'high' ? rng.pick(FEEDBACK_COMMENTS[band]) : null;
        fields.feedbackAt = minDate(addMinutes(endsAt, rng.int(60, 72 * 60)), addMinutes(now, -10));
      }
    }
    add(member, { status: 'CONFIRMED', registeredAt, confirmedAt: registeredAt, ...fields });
  });
  waiting.forEach((member, k) => {
    add(member, {
      status: 'WAITLISTED',
      registeredAt: timeAt(0.8 + (0.19 * (k + 1)) / (waitlistCount + 1)),
      waitlistRank: k + 1,
    });
  });
  cancelled.forEach((member) => {
    // Cancelled before the workshop filled up, so nobody on the waitlist was waiting for that place.
    const registeredAt = timeAt(rng.next() * 0.3);
    add(member, {
      status: 'CANCELLED',
      registeredAt,
      confirmedAt: registeredAt,
      cancelledAt: addMinutes(between(registeredAt, timeAt(0.4), rng.next()), 1),
    });
  });
  return result;
}

/** Marks the last present attendee without feedback as absent; returns them. */
function correctOneAttendance(
  registrations: WorkshopInfo['registrations'],
  camille: MemberInfo | undefined,
): MemberInfo[] {
  const target = [...registrations]
    .reverse()
    .find((r) => r.row.attended === true && r.row.feedbackRating === null && r.member !== camille);
  if (!target) return [];
  target.row.attended = false;
  return [target.member];
}
