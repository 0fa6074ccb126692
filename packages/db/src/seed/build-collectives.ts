// Collectives: their charter, memberships (roles and written responsibilities), commitments with
// their history, and journal entries.
import type { CommitmentStatus, MembershipStatus } from '../generated/prisma/enums.ts';
import { isActive, type MemberInfo, type SeedContext } from './context.ts';
import {
  COLLECTIVES,
  EXTRA_COLLECTIVE_NAMES,
  GENERIC_CHARTER,
  GENERIC_COMMITMENTS,
  GENERIC_JOURNAL,
  MEMBER_RESPONSIBILITIES,
  type CollectiveSeed,
  type JournalSeed,
} from './data/collectives.ts';
import { REGIONS } from './data/places.ts';
import { SKILLS } from './data/skills.ts';
import { addDays, addMinutes, DAY, maxDate, minDate, startOfUtcDay } from './dates.ts';
import { CAMILLE_INDEX } from './build-members.ts';
import { byTrade, sampleExcluding, TradeLists } from './pools.ts';
import type { Random } from './random.ts';
import { fill, slugify, UniqueNames } from './text.ts';
import type { SeedRows } from './types.ts';

export interface CollectiveInfo {
  readonly row: SeedRows['collective'][number];
  readonly seed: CollectiveSeed;
  readonly charter: readonly string[];
  readonly coordinators: readonly MemberInfo[];
  /** Members with an ACTIVE membership, coordinators first. */
  readonly members: readonly MemberInfo[];
}

export interface BuiltCollectives {
  readonly collectives: CollectiveInfo[];
  readonly rows: Pick<
    SeedRows,
    'collective' | 'charterAgreement' | 'collectiveMembership' | 'commitment' | 'commitmentChange' | 'journalEntry'
  >;
}

const SKILL_NAMES = new Map(SKILLS.map((skill) => [skill.slug, skill.name]));

const KEPT_NOTES = [
  'Fait, et validé en réunion.',
  'Livré ; le client a validé sans retouche.',
  'C’est fait !',
  'Envoyé à tout le monde.',
];
const MISSED_NOTES = [
  "Pas tenu : une urgence client m'a pris toute la semaine. On en reparle à la prochaine réunion.",
  'Échéance dépassée sans nouvelles ; point prévu en réunion.',
  "Je n'ai pas pu, j'aurais dû prévenir plus tôt.",
];
const RENEGOTIATED_NOTES = [
  'Report de deux semaines : le client a décalé la livraison des contenus.',
  "Décalé d'un commun accord, la priorité est allée au dossier de réponse.",
  'Nouvelle date après discussion en réunion : trop de choses en même temps ce mois-ci.',
];
/** Commitment statuses cycle in this order, so every collective has a varied list. */
const COMMITMENT_CYCLE: readonly CommitmentStatus[] = ['OPEN', 'KEPT', 'RENEGOTIATED', 'OPEN', 'MISSED', 'KEPT'];

export function buildCollectives(context: SeedContext, members: readonly MemberInfo[]): BuiltCollectives {
  const count = Math.max(COLLECTIVES.length, Math.round(context.scale / 8));
  const slugs = new UniqueNames([...members.map((m) => m.row.handle), 'federation']);
  const active = members.filter((m) => isActive(m) && m.row.role !== 'ADMIN');
  const byTrades = new TradeLists(byTrade(active));
  const leftMembers = members.filter((m) => m.row.status === 'LEFT');

  const rows: BuiltCollectives['rows'] = {
    collective: [],
    charterAgreement: [],
    collectiveMembership: [],
    commitment: [],
    commitmentChange: [],
    journalEntry: [],
  };
  const collectives: CollectiveInfo[] = [];

  for (let k = 0; k < count; k++) {
    const rng = context.root.fork('collective', k);
    const id = rng.uuid();
    const { seed, name, region, description, charter } = describe(k, rng);

    // Who: people whose trade fits, then anyone active.
    const size = rng.int(3, 8);
    let chosen = sampleExcluding(rng, byTrades.of(seed.trades), size);
    if (chosen.length < size)
      chosen = [...chosen, ...sampleExcluding(rng, active, size - chosen.length, new Set(chosen))];
    chosen.sort((a, b) => a.admittedAt!.getTime() - b.admittedAt!.getTime());
    const camille = members[CAMILLE_INDEX];
    if (k === 0 && camille) {
      // Camille coordinates the first collective (documentation and tests rely on it).
      chosen = [camille, ...chosen.filter((m) => m !== camille)].slice(0, size);
    }
    const coordinatorCount = chosen.length >= 5 && rng.chance(0.5) ? 2 : 1;
    const founder = chosen[0]!;

    const proposedCreation = addMinutes(context.clock.days(-rng.int(120, 700)), rng.int(8 * 60, 19 * 60));
    const createdAt = minDate(maxDate(proposedCreation, addDays(founder.admittedAt!, 5)), context.clock.days(-20));
    const archived = k >= COLLECTIVES.length && rng.chance(0.05);
    const archivedAt = archived ? minDate(addDays(createdAt, rng.int(30, 300)), context.clock.days(-2)) : null;
    const slug = slugs.claim(k < COLLECTIVES.length ? seed.slug : slugify(name));

    rows.collective.push({
      id,
      slug,
      name,
      purpose: seed.purpose,
      description,
      region,
      status: archived ? 'ARCHIVED' : 'ACTIVE',
      createdAt,
      updatedAt: archivedAt ?? minDate(addDays(createdAt, rng.int(1, 60)), context.clock.days(-1)),
      archivedAt,
    });
    charter.forEach((text, position) => {
      rows.charterAgreement.push({ id: rng.uuid(), collectiveId: id, position: position + 1, text });
    });

    // Active memberships.
    const joinedAt = new Map<MemberInfo, Date>();
    chosen.forEach((member, position) => {
      const joined =
        position === 0
          ? createdAt
          : minDate(
              addMinutes(addDays(maxDate(createdAt, member.admittedAt!), rng.int(0, 40)), rng.int(0, 600)),
              context.clock.days(-2),
            );
      joinedAt.set(member, joined);
      const coordinator = position < coordinatorCount;
      rows.collectiveMembership.push({
        id: rng.uuid(),
        collectiveId: id,
        memberId: member.row.id,
        role: coordinator ? 'COORDINATOR' : 'MEMBER',
        responsibilities: coordinator
          ? (seed.coordinatorResponsibilities[position] ?? seed.coordinatorResponsibilities[0]!)
          : memberResponsibilities(rng, member),
        status: 'ACTIVE',
        charterAccepted: joined,
        joinedAt: joined,
        createdAt: joined,
      });
    });

    // Pending invitations and requests, and people who left the collective.
    const pending: Array<[MembershipStatus, number]> = [
      ['INVITED', (k % 2 === 0 ? 1 : 0) + (rng.chance(0.3) ? 1 : 0)],
      ['REQUESTED', k % 3 === 1 ? 1 : rng.chance(0.2) ? 1 : 0],
    ];
    const taken = new Set<MemberInfo>(chosen);
    for (const [status, n] of pending) {
      for (const member of sampleExcluding(rng, active, n, taken)) {
        taken.add(member);
        rows.collectiveMembership.push({
          id: rng.uuid(),
          collectiveId: id,
          memberId: member.row.id,
          role: 'MEMBER',
          responsibilities: '',
          status,
          charterAccepted: null,
          joinedAt: null,
          createdAt: addMinutes(context.clock.days(-rng.int(1, 15)), rng.int(8 * 60, 20 * 60)),
        });
      }
    }
    if (rng.chance(0.25)) {
      // Someone who left the collective: a member who since left the federation, or an active one.
      const leaver =
        rng.chance(0.5) && leftMembers.length > 0 ? rng.pick(leftMembers) : sampleExcluding(rng, active, 1, taken)[0];
      if (leaver && leaver.admittedAt && !taken.has(leaver)) {
        taken.add(leaver);
        const joined = minDate(
          addDays(maxDate(createdAt, leaver.admittedAt!), rng.int(1, 30)),
          context.clock.days(-10),
        );
        rows.collectiveMembership.push({
          id: rng.uuid(),
          collectiveId: id,
          memberId: leaver.row.id,
          role: 'MEMBER',
          responsibilities: '',
          status: 'LEFT',
          charterAccepted: joined,
          joinedAt: joined,
          createdAt: joined,
        });
      }
    }

    const coordinators = chosen.slice(0, coordinatorCount);
    const commitmentTexts = k < COLLECTIVES.length ? seed.commitments : rng.sample(GENERIC_COMMITMENTS, rng.int(2, 5));
    commitmentTexts.forEach((text, j) =>
      addCommitment(
        context,
        rng,
        rows,
        id,
        text,
        COMMITMENT_CYCLE[j % COMMITMENT_CYCLE.length]!,
        chosen,
        joinedAt,
        coordinators[0]!,
      ),
    );
    const journal: readonly JournalSeed[] =
      k < COLLECTIVES.length ? seed.journal : rng.sample(GENERIC_JOURNAL, rng.int(2, 4));
    journal.forEach((entry, j) => {
      const author = j === 0 ? coordinators[0]! : rng.pick(chosen);
      const earliest = addDays(joinedAt.get(author)!, 1);
      rows.journalEntry.push({
        id: rng.uuid(),
        collectiveId: id,
        authorId: author.row.id,
        kind: entry.kind,
        title: entry.title,
        body: entry.body,
        createdAt: minDate(
          maxDate(addMinutes(context.clock.days(-rng.int(1, 200)), rng.int(8 * 60, 21 * 60)), earliest),
          context.clock.minutes(-60),
        ),
      });
    });

    collectives.push({
      row: rows.collective[rows.collective.length - 1]!,
      seed,
      charter,
      coordinators,
      members: chosen,
    });
  }
  return { collectives, rows };

  function describe(k: number, rng: Random) {
    if (k < COLLECTIVES.length) {
      const seed = COLLECTIVES[k]!;
      return { seed, name: seed.name, region: seed.region, description: seed.description, charter: seed.charter };
    }
    const seed = COLLECTIVES[k % COLLECTIVES.length]!;
    const region = rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
    const city = rng.pick(region.cities);
    const prefix = rng.pick(EXTRA_COLLECTIVE_NAMES);
    const name = prefix.endsWith(' de') ? `${prefix.slice(0, -3)} ${ofCity(city)}` : `${prefix} ${city}`;
    const description = `Nous sommes des indépendants installés autour ${ofCity(city)} qui ont choisi de travailler ensemble plutôt que chacun de son côté. ${seed.purpose} Nous nous retrouvons une fois par mois et chacun avance à son rythme.`;
    return { seed, name, region: region.name, description, charter: rng.sample(GENERIC_CHARTER, rng.int(3, 6)) };
  }
}

function memberResponsibilities(rng: Random, member: MemberInfo): string {
  const skill = member.trade?.core[0] ?? [...member.skills.keys()][0];
  const own = skill
    ? fill(`[[Référent|Référente]] « ${SKILL_NAMES.get(skill)} » sur les missions communes.`, member.gender)
    : '';
  return [own, ...(rng.chance(0.5) ? [rng.pick(MEMBER_RESPONSIBILITIES)] : [])].filter(Boolean).join(' ');
}

function addCommitment(
  context: SeedContext,
  rng: Random,
  rows: BuiltCollectives['rows'],
  collectiveId: string,
  description: string,
  wanted: CommitmentStatus,
  members: readonly MemberInfo[],
  joinedAt: ReadonlyMap<MemberInfo, Date>,
  coordinator: MemberInfo,
): void {
  const { clock } = context;
  const now = clock.now;
  // A commitment with a history needs a member who has been there a while.
  const seasoned = members.filter((m) => now.getTime() - joinedAt.get(m)!.getTime() > 30 * DAY);
  const status: CommitmentStatus = wanted !== 'OPEN' && seasoned.length === 0 ? 'OPEN' : wanted;
  const member = status === 'OPEN' ? rng.pick(members) : rng.pick(seasoned);
  const joined = joinedAt.get(member)!;
  const id = rng.uuid();
  const changes: SeedRows['commitmentChange'] = [];
  const change = (
    at: Date,
    by: MemberInfo,
    fields: Omit<SeedRows['commitmentChange'][number], 'id' | 'commitmentId' | 'changedById' | 'createdAt'>,
  ) => changes.push({ id: rng.uuid(), commitmentId: id, changedById: by.row.id, createdAt: at, ...fields });

  const daysSinceJoined = Math.floor((now.getTime() - joined.getTime()) / DAY);
  const notBefore = addMinutes(joined, 60);
  let createdAt: Date;
  let dueOn: Date;
  if (status === 'OPEN') {
    createdAt = maxDate(addMinutes(clock.days(-rng.int(2, 40)), rng.int(8 * 60, 20 * 60)), notBefore);
    dueOn = clock.date(rng.int(3, 45));
    change(createdAt, member, { fromStatus: null, toStatus: 'OPEN', fromDueOn: null, toDueOn: dueOn, note: '' });
  } else if (status === 'RENEGOTIATED') {
    // Promised some weeks ago, moved before the first date came, now due in the coming weeks.
    createdAt = maxDate(
      addMinutes(clock.days(-rng.int(10, Math.min(daysSinceJoined - 1, 60))), rng.int(8 * 60, 20 * 60)),
      notBefore,
    );
    const firstDue = startOfUtcDay(addDays(createdAt, rng.int(7, 20)));
    const at = maxDate(
      minDate(addMinutes(addDays(firstDue, -rng.int(1, 3)), rng.int(8 * 60, 20 * 60)), clock.minutes(-120)),
      addMinutes(createdAt, 60),
    );
    dueOn = startOfUtcDay(maxDate(addDays(firstDue, rng.int(14, 30)), clock.days(rng.int(3, 20))));
    change(createdAt, member, { fromStatus: null, toStatus: 'OPEN', fromDueOn: null, toDueOn: firstDue, note: '' });
    change(at, member, {
      fromStatus: 'OPEN',
      toStatus: 'RENEGOTIATED',
      fromDueOn: firstDue,
      toDueOn: dueOn,
      note: rng.pick(RENEGOTIATED_NOTES),
    });
  } else {
    // Kept or missed: the due date is past; it was promised one to five weeks before.
    dueOn = clock.date(-rng.int(2, Math.min(daysSinceJoined - 10, 120)));
    createdAt = maxDate(addMinutes(addDays(dueOn, -rng.int(7, 35)), rng.int(8 * 60, 20 * 60)), notBefore);
    change(createdAt, member, { fromStatus: null, toStatus: 'OPEN', fromDueOn: null, toDueOn: dueOn, note: '' });
    const at =
      status === 'KEPT'
        ? addMinutes(addDays(dueOn, -rng.int(0, 4)), rng.int(8 * 60, 20 * 60))
        : addMinutes(addDays(dueOn, rng.int(1, 4)), rng.int(8 * 60, 20 * 60));
    change(
      minDate(maxDate(at, addMinutes(createdAt, 60)), clock.minutes(-60)),
      status === 'KEPT' ? member : coordinator,
      {
        fromStatus: 'OPEN',
        toStatus: status,
        fromDueOn: null,
        toDueOn: null,
        note: rng.pick(status === 'KEPT' ? KEPT_NOTES : MISSED_NOTES),
      },
    );
  }
  rows.commitment.push({
    id,
    collectiveId,
    memberId: member.row.id,
    description,
    dueOn,
    status,
    createdAt,
    updatedAt: changes[changes.length - 1]!.createdAt,
  });
  rows.commitmentChange.push(...changes);
}

/** "de Nantes", "d'Angers", "du Mans", "du Havre". */
function ofCity(city: string): string {
  if (city.startsWith('Le ')) return `du ${city.slice(3)}`;
  if (/^[AEIOUYÉÈÎH]/.test(city)) return `d’${city}`;
  return `de ${city}`;
}
