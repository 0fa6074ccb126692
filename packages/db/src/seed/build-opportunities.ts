// The opportunity board: calls for tenders, projects, help requests and offers, posted by members or
// on behalf of a collective, with the skills they need and the members who expressed interest.
import type { InterestStatus, OpportunityKind, OpportunityStatus } from '../generated/prisma/enums.ts';
import type { CollectiveInfo } from './build-collectives.ts';
import { isActive, skillId, type MemberInfo, type SeedContext } from './context.ts';
import { INTEREST_NOTES, OPPORTUNITIES, type OpportunitySeed } from './data/opportunities.ts';
import { REGIONS } from './data/places.ts';
import { SKILLS } from './data/skills.ts';
import { addDays, addMinutes, between, maxDate, minDate } from './dates.ts';
import { AdmittedPool, byTrade, sampleWhere, TradeLists } from './pools.ts';
import type { Random } from './random.ts';
import { fill } from './text.ts';
import type { SeedRows } from './types.ts';

type InterestRow = SeedRows['opportunityInterest'][number];

export interface OpportunityInfo {
  readonly row: SeedRows['opportunity'][number];
  readonly seed: OpportunitySeed;
  readonly poster: MemberInfo;
  readonly interests: readonly { readonly member: MemberInfo; readonly row: InterestRow }[];
}

export interface BuiltOpportunities {
  readonly opportunities: OpportunityInfo[];
  readonly rows: Pick<SeedRows, 'opportunity' | 'opportunitySkill' | 'opportunityInterest'>;
}

const SKILL_NAMES = new Map(SKILLS.map((skill) => [skill.slug, skill.name]));

const STATUS_WEIGHTS: Readonly<Record<OpportunityKind, ReadonlyArray<readonly [OpportunityStatus, number]>>> = {
  CALL_FOR_TENDER: [
    ['OPEN', 30],
    ['TEAM_FORMING', 20],
    ['SUBMITTED', 15],
    ['WON', 15],
    ['LOST', 15],
    ['CLOSED', 5],
  ],
  PROJECT: [
    ['OPEN', 40],
    ['TEAM_FORMING', 30],
    ['CLOSED', 30],
  ],
  HELP_REQUEST: [
    ['OPEN', 50],
    ['CLOSED', 50],
  ],
  HELP_OFFER: [
    ['OPEN', 50],
    ['CLOSED', 50],
  ],
};

export function buildOpportunities(
  context: SeedContext,
  members: readonly MemberInfo[],
  collectives: readonly CollectiveInfo[],
): BuiltOpportunities {
  const { clock } = context;
  const count = Math.max(OPPORTUNITIES.length, Math.round(context.scale / 4));
  const active = members.filter((m) => isActive(m) && m.row.role !== 'ADMIN');
  const pool = new AdmittedPool(active);
  const byTrades = new TradeLists(byTrade(active));
  const collectiveBySlug = new Map(collectives.map((c) => [c.row.slug, c]));
  const liveCollectives = collectives.filter((c) => c.row.status === 'ACTIVE');

  const rows: BuiltOpportunities['rows'] = { opportunity: [], opportunitySkill: [], opportunityInterest: [] };
  const opportunities: OpportunityInfo[] = [];

  for (let i = 0; i < count; i++) {
    const rng = context.root.fork('opportunity', i);
    const id = rng.uuid();
    const seed = OPPORTUNITIES[i % OPPORTUNITIES.length]!;
    const repeat = i >= OPPORTUNITIES.length;
    const status = repeat ? rng.weighted(STATUS_WEIGHTS[seed.kind]) : seed.status;
    const stillOpen = status === 'OPEN' || status === 'TEAM_FORMING';
    const deadlineInDays = repeat
      ? stillOpen
        ? seed.kind.startsWith('HELP') && rng.chance(0.3)
          ? null
          : rng.int(3, 90)
        : -rng.int(3, 300)
      : seed.deadlineInDays;
    const deadline = deadlineInDays === null ? null : addMinutes(clock.days(deadlineInDays), 12 * 60);
    const createdAt = stillOpen
      ? addMinutes(clock.days(-rng.int(3, 40)), rng.int(8 * 60, 20 * 60))
      : addMinutes(addDays(deadline ?? clock.days(-20), -rng.int(15, 60)), rng.int(8 * 60, 20 * 60));

    // Who posts it: a collective's coordinator, or a member of a fitting trade already admitted.
    const collective = repeat
      ? seed.kind === 'CALL_FOR_TENDER' || seed.kind === 'PROJECT'
        ? rng.chance(0.3) && liveCollectives.length > 0
          ? rng.pick(liveCollectives)
          : null
        : null
      : seed.collective
        ? (collectiveBySlug.get(seed.collective) ?? null)
        : null;
    const poster = collective ? collective.coordinators[0]! : choosePoster(rng, seed, byTrades, pool, createdAt);
    const postedAt = maxDate(createdAt, addDays(poster.admittedAt!, 1));

    const city = repeat ? rng.pick(rng.pick(REGIONS).cities) : '';
    const region = repeat
      ? (REGIONS.find((r) => r.cities.includes(city))?.name ?? '')
      : (seed.region ?? collective?.row.region ?? poster.row.region ?? '');
    const title =
      repeat && (seed.kind === 'CALL_FOR_TENDER' || seed.kind === 'PROJECT') ? `${seed.title} (${city})` : seed.title;
    const closedAt =
      status === 'WON' || status === 'LOST' || status === 'CLOSED'
        ? minDate(maxDate(addDays(deadline ?? postedAt, rng.int(5, 30)), addDays(postedAt, 2)), clock.minutes(-60))
        : null;

    const row: SeedRows['opportunity'][number] = {
      id,
      kind: seed.kind,
      title,
      description: fill(seed.description, poster.gender),
      region,
      deadline,
      status,
      postedById: poster.row.id,
      collectiveId: collective?.row.id ?? null,
      createdAt: postedAt,
      updatedAt: postedAt,
      closedAt,
    };
    for (const slug of seed.skills) rows.opportunitySkill.push({ opportunityId: id, skillId: skillId(context, slug) });
    const interests = interestsFor(context, rng, row, seed, poster, collective, pool);
    rows.opportunityInterest.push(...interests.map((interest) => interest.row));
    const lastActivity = interests.reduce(
      (latest, interest) => maxDate(latest, interest.row.updatedAt as Date),
      postedAt,
    );
    row.updatedAt = closedAt ? maxDate(closedAt, lastActivity) : lastActivity;
    rows.opportunity.push(row);
    opportunities.push({ row, seed, poster, interests });
  }
  return { opportunities, rows };
}

function choosePoster(
  rng: Random,
  seed: OpportunitySeed,
  byTrades: TradeLists,
  pool: AdmittedPool,
  createdAt: Date,
): MemberInfo {
  const [fitting] = sampleWhere(
    rng,
    byTrades.of(seed.posterTrades),
    1,
    (m) => m.admittedAt!.getTime() < createdAt.getTime(),
  );
  return fitting ?? pool.pick(rng, createdAt, 1)[0] ?? pool.first();
}

function interestsFor(
  context: SeedContext,
  rng: Random,
  opportunity: SeedRows['opportunity'][number],
  seed: OpportunitySeed,
  poster: MemberInfo,
  collective: CollectiveInfo | null,
  pool: AdmittedPool,
): OpportunityInfo['interests'] {
  const { clock } = context;
  const status = opportunity.status as OpportunityStatus;
  const createdAt = opportunity.createdAt as Date;
  const count =
    status === 'OPEN'
      ? rng.int(1, 4)
      : status === 'TEAM_FORMING'
        ? rng.int(3, 6)
        : status === 'CLOSED'
          ? rng.int(1, 3)
          : rng.int(3, 5);
  // The collective's own members answer first, then people with one of the skills, then anyone.
  const exclude = new Set<MemberInfo>([poster]);
  const fromCollective = collective
    ? rng.sample(
        collective.members.filter((m) => m !== poster),
        Math.min(2, count),
      )
    : [];
  fromCollective.forEach((m) => exclude.add(m));
  const skilled = pool
    .pick(rng, createdAt, count * 6, exclude)
    .filter((m) => seed.skills.some((slug) => m.skills.has(slug)));
  skilled.slice(0, count - fromCollective.length).forEach((m) => exclude.add(m));
  let people = [...fromCollective, ...skilled.slice(0, count - fromCollective.length)];
  if (people.length < count) people = [...people, ...pool.pick(rng, createdAt, count - people.length, exclude)];

  const teamSize =
    status === 'TEAM_FORMING'
      ? 2
      : status === 'SUBMITTED' || status === 'WON' || status === 'LOST'
        ? rng.int(2, 3)
        : status === 'CLOSED'
          ? seed.kind === 'PROJECT'
            ? 2
            : 1
          : 0;
  const until = opportunity.closedAt ? (opportunity.closedAt as Date) : clock.minutes(-60);
  const latestInterest = minDate((opportunity.deadline as Date | null) ?? until, until);
  const lastMoment = maxDate(latestInterest, addMinutes(createdAt, 60));

  return people.map((member, k) => {
    const interestAt = between(createdAt, lastMoment, 0.05 + 0.6 * rng.next());
    let interestStatus: InterestStatus = 'INTERESTED';
    if (k < teamSize) interestStatus = 'IN_TEAM';
    else if (status === 'OPEN' && rng.chance(0.15)) interestStatus = 'WITHDRAWN';
    else if (status !== 'OPEN' && status !== 'TEAM_FORMING')
      interestStatus = rng.chance(0.8) ? 'NOT_RETAINED' : 'WITHDRAWN';
    const decidedAt = interestStatus === 'INTERESTED' ? interestAt : between(interestAt, lastMoment, rng.next());
    const skill = seed.skills.find((slug) => member.skills.has(slug)) ?? seed.skills[0]!;
    return {
      member,
      row: {
        id: rng.uuid(),
        opportunityId: opportunity.id,
        memberId: member.row.id,
        note: fill(rng.pick(INTEREST_NOTES[seed.kind]), member.gender, { skill: lowerFirst(SKILL_NAMES.get(skill)!) }),
        status: interestStatus,
        createdAt: interestAt,
        updatedAt: decidedAt,
      },
    };
  });
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
