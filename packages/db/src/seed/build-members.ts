// Members and their skills. Member #i is drawn from its own random stream and earlier members'
// handles only, so the first members stay identical whatever the scale.
import type { MemberStatus, SkillDomain, SkillLevel } from '../generated/prisma/enums.ts';
import type { MemberInfo, MemberRow, SeedContext } from './context.ts';
import { NAME_GROUPS } from './data/names.ts';
import { REGIONS } from './data/places.ts';
import {
  BIO_OPENINGS,
  BIO_VALUES,
  CAN_DO_EXTRA,
  CANNOT_DO_GENERIC,
  CONCERNS,
  MOTIVATIONS,
  PACE_NOTES,
  PACE_WEIGHTS,
  PREVIOUS_JOBS,
  WISHES_GENERIC,
} from './data/profiles.ts';
import { SKILLS } from './data/skills.ts';
import { TRADES, type TradeSeed } from './data/trades.ts';
import { ADMIN, CAMILLE, type WellKnownMember } from './data/well-known-members.ts';
import { addDays, addMinutes, minDate } from './dates.ts';
import type { Random } from './random.ts';
import { countSentences, fill, slugify, UniqueNames, type Gender } from './text.ts';
import type { SeedRows } from './types.ts';

export const ADMIN_INDEX = 0;
export const CAMILLE_INDEX = 1;

/** Statuses of the first sixty members, fixed so the default data always has them. */
const FIXED_STATUSES: ReadonlyMap<number, MemberStatus> = new Map([
  [9, 'APPLICANT'],
  [21, 'APPLICANT'],
  [33, 'APPLICANT'],
  [47, 'APPLICANT'],
  [58, 'APPLICANT'],
  [26, 'SUSPENDED'],
  [40, 'LEFT'],
]);
const FIXED_STATUS_LIMIT = 60;
/** The first generated members cover every region and every trade, in order. */
const FIRST_GENERATED = 2;

const SKILL_DOMAIN = new Map(SKILLS.map((skill) => [skill.slug, skill.domain]));

export interface BuiltMembers {
  readonly members: MemberInfo[];
  readonly memberSkills: SeedRows['memberSkill'];
}

export function buildMembers(context: SeedContext): BuiltMembers {
  const handles = new UniqueNames([ADMIN.handle, CAMILLE.handle, 'federation']);
  const emailNames = new UniqueNames(['camille.martin', 'admin']);
  const members: MemberInfo[] = [];
  for (let index = 0; index < context.scale; index++) {
    const rng = context.root.fork('member', index);
    if (index === ADMIN_INDEX) members.push(wellKnownMember(context, rng, index, ADMIN, 'ADMIN'));
    else if (index === CAMILLE_INDEX) members.push(wellKnownMember(context, rng, index, CAMILLE, 'MEMBER'));
    else members.push(generatedMember(context, rng, index, handles, emailNames));
  }
  const skillRows = members.flatMap((member) =>
    [...member.skills].map(([slug, level]) => ({
      memberId: member.row.id,
      skillId: context.skillIdBySlug.get(slug)!,
      level,
    })),
  );
  return { members, memberSkills: skillRows };
}

function wellKnownMember(
  context: SeedContext,
  rng: Random,
  index: number,
  seed: WellKnownMember,
  role: 'ADMIN' | 'MEMBER',
): MemberInfo {
  const id = rng.uuid();
  const createdAt = addMinutes(context.clock.days(-seed.createdDaysAgo), 9 * 60 + 12);
  const admittedAt = role === 'ADMIN' ? createdAt : addMinutes(addDays(createdAt, 3), 95);
  const row: MemberRow = {
    id,
    handle: seed.handle,
    displayName: seed.displayName,
    email: seed.email,
    passwordHash: null,
    headline: seed.headline,
    bio: seed.bio,
    city: seed.city,
    region: seed.region,
    websiteUrl: seed.websiteUrl,
    linkedinUrl: null,
    avatarUrl: null,
    status: 'ACTIVE',
    role,
    locale: 'FR',
    pace: seed.pace,
    paceNote: seed.paceNote,
    motivation: '',
    canDo: seed.canDo,
    cannotDo: seed.cannotDo,
    wishes: seed.wishes,
    concerns: seed.concerns,
    createdAt,
    updatedAt: context.clock.days(-12),
    admittedAt,
    suspendedAt: null,
    // Privacy by default; build-pages.ts lists those who publish a page to visitors.
    listing: 'MEMBERS',
    publicFields: [],
  };
  return {
    index,
    row,
    gender: seed.gender,
    firstName: seed.displayName.split(' ')[0]!,
    trade: TRADES.find((trade) => trade.key === seed.tradeKey) ?? null,
    skills: new Map(seed.skills),
    admittedAt,
  };
}

/** The default applicants each wrote their own letter; later ones reuse them. */
function motivationFor(index: number, rng: Random): string {
  const fixed = [...FIXED_STATUSES].filter(([, status]) => status === 'APPLICANT').map(([i]) => i);
  const position = fixed.indexOf(index);
  return position >= 0 ? MOTIVATIONS[position % MOTIVATIONS.length]! : rng.pick(MOTIVATIONS);
}

function statusFor(index: number, rng: Random): MemberStatus {
  if (index < FIXED_STATUS_LIMIT) return FIXED_STATUSES.get(index) ?? 'ACTIVE';
  return rng.weighted<MemberStatus>([
    ['ACTIVE', 89],
    ['APPLICANT', 7],
    ['SUSPENDED', 1.5],
    ['LEFT', 2.5],
  ]);
}

function generatedMember(
  context: SeedContext,
  rng: Random,
  index: number,
  handles: UniqueNames,
  emailNames: UniqueNames,
): MemberInfo {
  const { clock } = context;
  const id = rng.uuid();
  const status = statusFor(index, rng);

  // Who: name, place, trade.
  const gender: Gender = rng.chance(0.56) ? 'f' : 'm';
  const group = rng.weighted(NAME_GROUPS.map((g) => [g, g.weight] as const));
  const firstName = rng.pick(gender === 'f' ? group.female : group.male);
  const lastName = rng.pick(rng.chance(0.8) ? group.last : NAME_GROUPS[0]!.last);
  const displayName = `${firstName} ${lastName}`;
  const handle = handles.claim(slugify(displayName));
  const emailLocal = emailNames.claim(`${slugify(firstName)}.${slugify(lastName)}`, '');
  const email = `${emailLocal}@${rng.chance(0.7) ? 'example.fr' : 'example.org'}`;

  const generatedIndex = index - FIRST_GENERATED;
  const region =
    generatedIndex < REGIONS.length
      ? REGIONS[generatedIndex]!
      : rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
  const city = rng.pick(region.cities);
  const trade =
    generatedIndex < TRADES.length ? TRADES[generatedIndex]! : rng.weighted(TRADES.map((t) => [t, t.weight] as const));

  // When: applicants applied in the last three weeks; the others were admitted days after applying.
  const applicant = status === 'APPLICANT';
  const createdAt = applicant
    ? addMinutes(clock.days(-rng.int(1, 20)), rng.int(7 * 60, 22 * 60))
    : addMinutes(clock.days(-rng.int(40, 1100)), rng.int(7 * 60, 22 * 60));
  const admittedAt = applicant ? null : addMinutes(addDays(createdAt, rng.int(1, 12)), rng.int(0, 480));
  const suspendedAt =
    status === 'SUSPENDED' && admittedAt
      ? minDate(laterOf(addDays(admittedAt, 7), clock.days(-rng.int(3, 30))), clock.days(-1))
      : null;
  const leftAt =
    status === 'LEFT' && admittedAt
      ? minDate(laterOf(addDays(admittedAt, 30), clock.days(-rng.int(5, 90))), clock.days(-1))
      : null;
  const lastEdit =
    suspendedAt ?? leftAt ?? (admittedAt ? minDate(addDays(admittedAt, rng.int(1, 200)), clock.days(-1)) : createdAt);

  // What they write about themselves.
  const since = createdAt.getUTCFullYear() - rng.int(0, 9);
  const vars = {
    city,
    since,
    years: rng.int(4, 18),
    tradeYears: clock.now.getUTCFullYear() - since + rng.int(2, 10),
    trade: fill(trade.title[gender === 'f' ? 1 : 0], gender),
    Trade: capitalise(fill(trade.title[gender === 'f' ? 1 : 0], gender)),
    previous: fill(rng.pick(PREVIOUS_JOBS), gender),
  };
  const say = (template: string) => fill(template, gender, vars);
  const headline = say(rng.pick(trade.headlines));
  // Two to four sentences: an opening (not for applicants, whose letter tells their story), what they
  // do, what they care about.
  const opening = say(rng.pick(BIO_OPENINGS));
  const values = say(rng.pick(BIO_VALUES));
  const bothWorks = rng.chance(0.5) && countSentences(trade.work.join(' ')) <= 2;
  const work = bothWorks ? trade.work : rng.sample(trade.work, 1);
  const bio = [...(applicant ? [] : [opening]), ...work.map(say), values].join(' ');

  const card = applicant
    ? { canDo: '', cannotDo: '', wishes: '', concerns: '' }
    : {
        canDo: [...rng.sample(trade.canDo, 2), ...(rng.chance(0.3) ? [rng.pick(CAN_DO_EXTRA)] : [])].map(say).join(' '),
        cannotDo: [rng.pick(trade.cannotDo), ...(rng.chance(0.4) ? [rng.pick(CANNOT_DO_GENERIC)] : [])]
          .map(say)
          .join(' '),
        wishes: [rng.pick(trade.wishes), ...(rng.chance(0.5) ? [rng.pick(WISHES_GENERIC)] : [])].map(say).join(' '),
        concerns: rng.sample(CONCERNS, rng.int(1, 2)).map(say).join(' '),
      };
  const pace = applicant ? 'STEADY' : rng.weighted(PACE_WEIGHTS);
  const paceNote = !applicant && (pace === 'PAUSED' || rng.chance(0.4)) ? say(rng.pick(PACE_NOTES[pace])) : '';

  const row: MemberRow = {
    id,
    handle,
    displayName,
    email,
    passwordHash: null,
    headline,
    bio,
    city,
    region: region.name,
    websiteUrl: !applicant && rng.chance(0.45) ? `https://${handle}.example.org` : null,
    linkedinUrl: null,
    avatarUrl: null,
    status,
    role: 'MEMBER',
    locale: rng.chance(0.04) ? 'EN' : 'FR',
    pace,
    paceNote,
    motivation: applicant ? say(motivationFor(index, rng)) : '',
    ...card,
    createdAt,
    updatedAt: lastEdit,
    admittedAt,
    suspendedAt,
    listing: 'MEMBERS',
    publicFields: [],
  };
  return { index, row, gender, firstName, trade, skills: chooseSkills(rng, trade, applicant), admittedAt };
}

/** The trade's own skills at a high level, a few related ones, and one or two from other domains. */
function chooseSkills(rng: Random, trade: TradeSeed, applicant: boolean): Map<string, SkillLevel> {
  const skills = new Map<string, SkillLevel>();
  for (const slug of trade.core) {
    skills.set(
      slug,
      rng.weighted<SkillLevel>([
        ['EXPERT', 4],
        ['ADVANCED', 6],
      ]),
    );
  }
  const sideCount = applicant ? 1 : rng.int(1, Math.min(3, trade.side.length));
  for (const slug of rng.sample(trade.side, sideCount)) {
    skills.set(
      slug,
      rng.weighted<SkillLevel>([
        ['BEGINNER', 3],
        ['INTERMEDIATE', 5],
        ['ADVANCED', 2],
      ]),
    );
  }
  if (applicant) return skills;
  const domains = new Set<SkillDomain>([...skills.keys()].map((slug) => SKILL_DOMAIN.get(slug)!));
  const elsewhere = SKILLS.filter((skill) => !domains.has(skill.domain));
  const extra = Math.max(domains.size < 3 ? 3 - domains.size : 0, rng.int(0, 2));
  const pickedDomains = new Set<SkillDomain>();
  for (const skill of rng.shuffle(elsewhere)) {
    if (pickedDomains.size >= extra) break;
    if (pickedDomains.has(skill.domain)) continue;
    pickedDomains.add(skill.domain);
    skills.set(
      skill.slug,
      rng.weighted<SkillLevel>([
        ['BEGINNER', 4],
        ['INTERMEDIATE', 5],
      ]),
    );
  }
  return skills;
}

function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
