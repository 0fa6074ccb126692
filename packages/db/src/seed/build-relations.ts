// Recommendations (referrals) between members, some for an opportunity's team, and introduction
// requests (mise en relation) with their answers.
import type { IntroductionStatus, RecommendationStatus } from '../generated/prisma/enums.ts';
import { CAMILLE_INDEX } from './build-members.ts';
import { lowerFirst, type OpportunityInfo } from './build-opportunities.ts';
import { isActive, type MemberInfo, type SeedContext } from './context.ts';
import {
  CLIENTS,
  INTRODUCTION_MESSAGES,
  INTRODUCTION_RESPONSES,
  OPPORTUNITY_RECOMMENDATION_NOTES,
  RECOMMENDATION_NOTES,
  RECOMMENDATION_OUTCOMES,
} from './data/relations.ts';
import { SKILLS } from './data/skills.ts';
import { addDays, addMinutes, between, maxDate, minDate } from './dates.ts';
import { AdmittedPool } from './pools.ts';
import type { Random } from './random.ts';
import { fill } from './text.ts';
import type { SeedRows } from './types.ts';

export interface RecommendationInfo {
  readonly row: SeedRows['recommendation'][number];
  readonly from: MemberInfo;
  readonly to: MemberInfo;
}

export interface IntroductionInfo {
  readonly row: SeedRows['introductionRequest'][number];
  readonly requester: MemberInfo;
  readonly recipient: MemberInfo;
}

const SKILL_NAMES = new Map(SKILLS.map((skill) => [skill.slug, skill.name]));

/** What a member is known for, as it would follow "en …": their trade's first skill. */
function specialty(member: MemberInfo): string {
  const slug = member.trade?.core[0] ?? [...member.skills.keys()][0];
  return slug ? lowerFirst(SKILL_NAMES.get(slug)!) : 'accompagnement';
}

/** Two distinct members already admitted at `at`, preferably of different trades (complementary). */
function pair(
  rng: Random,
  pool: AdmittedPool,
  at: Date,
  fixedFrom?: MemberInfo,
  fixedTo?: MemberInfo,
): [MemberInfo, MemberInfo] | null {
  const from = fixedFrom ?? pool.pick(rng, at, 1, new Set(fixedTo ? [fixedTo] : []))[0];
  if (!from) return null;
  if (fixedTo) return [from, fixedTo];
  const candidates = pool.pick(rng, at, 4, new Set([from]));
  const to = candidates.find((m) => m.trade?.key !== from.trade?.key) ?? candidates[0];
  return to ? [from, to] : null;
}

export function buildRecommendations(
  context: SeedContext,
  members: readonly MemberInfo[],
  opportunities: readonly OpportunityInfo[],
): RecommendationInfo[] {
  const { clock } = context;
  const count = Math.round(context.scale * 2);
  const active = members.filter((m) => isActive(m) && m.row.role !== 'ADMIN');
  const pool = new AdmittedPool(active);
  const camille = members[CAMILLE_INDEX];
  const withTeams = opportunities.filter(
    (o) =>
      (o.seed.kind === 'CALL_FOR_TENDER' || o.seed.kind === 'PROJECT') &&
      o.interests.some((i) => i.row.status !== 'WITHDRAWN'),
  );
  const result: RecommendationInfo[] = [];

  for (let j = 0; j < count; j++) {
    const rng = context.root.fork('recommendation', j);
    const id = rng.uuid();
    const status = rng.weighted<RecommendationStatus>([
      ['SENT', 20],
      ['ACKNOWLEDGED', 30],
      ['WON', 27],
      ['LOST', 13],
      ['DECLINED', 10],
    ]);
    const forOpportunity = j >= 2 && withTeams.length > 0 && rng.chance(0.25) ? rng.pick(withTeams) : null;

    let createdAt: Date;
    let people: [MemberInfo, MemberInfo] | null;
    let clientName: string;
    let note: string;
    if (forOpportunity) {
      const candidate = rng.pick(forOpportunity.interests.filter((i) => i.row.status !== 'WITHDRAWN'));
      const start = candidate.row.createdAt as Date;
      const end = minDate((forOpportunity.row.closedAt as Date | null) ?? clock.minutes(-60), clock.minutes(-60));
      createdAt = between(start, maxDate(start, end), rng.next());
      people = pair(rng, pool, createdAt, undefined, candidate.member);
      clientName = forOpportunity.seed.client ?? '';
      const to = candidate.member;
      note = fill(rng.pick(OPPORTUNITY_RECOMMENDATION_NOTES), to.gender, {
        title: forOpportunity.row.title,
        need: specialty(to),
      });
    } else {
      createdAt = addMinutes(
        status === 'SENT' ? clock.days(-rng.int(1, 20)) : clock.days(-rng.int(10, 365)),
        rng.int(8 * 60, 21 * 60),
      );
      // Camille gives the first recommendation and receives the second.
      people = pair(rng, pool, createdAt, j === 0 ? camille : undefined, j === 1 ? camille : undefined);
      clientName = rng.pick(CLIENTS);
      const to = people?.[1];
      note = to
        ? fill(rng.pick(RECOMMENDATION_NOTES), to.gender, {
            firstName: to.firstName,
            client: clientName,
            need: specialty(to),
          })
        : '';
    }
    if (!people) continue;
    const [from, to] = people;
    const settled = status !== 'SENT';
    const updatedAt = settled ? minDate(addDays(createdAt, rng.int(1, 30)), clock.minutes(-30)) : createdAt;
    const outcome =
      status === 'WON' || status === 'LOST' || status === 'DECLINED'
        ? fill(rng.pick(RECOMMENDATION_OUTCOMES[status]), to.gender)
        : '';
    result.push({
      from,
      to,
      row: {
        id,
        fromId: from.row.id,
        toId: to.row.id,
        opportunityId: forOpportunity?.row.id ?? null,
        clientName,
        note,
        status,
        outcomeNote: outcome,
        createdAt,
        updatedAt: maxDate(updatedAt, createdAt),
      },
    });
  }
  return result;
}

export function buildIntroductions(context: SeedContext, members: readonly MemberInfo[]): IntroductionInfo[] {
  const { clock } = context;
  const count = Math.max(20, Math.round(context.scale / 3));
  const active = members.filter((m) => isActive(m) && m.row.role !== 'ADMIN');
  const pool = new AdmittedPool(active);
  const camille = members[CAMILLE_INDEX];
  const result: IntroductionInfo[] = [];

  for (let j = 0; j < count; j++) {
    const rng = context.root.fork('introduction', j);
    const id = rng.uuid();
    // Camille has one request waiting for her answer, and one of hers was accepted.
    const status: IntroductionStatus =
      j === 0
        ? 'PENDING'
        : j === 1
          ? 'ACCEPTED'
          : rng.weighted<IntroductionStatus>([
              ['PENDING', 35],
              ['ACCEPTED', 45],
              ['DECLINED', 15],
              ['WITHDRAWN', 5],
            ]);
    const createdAt = addMinutes(
      status === 'PENDING' ? clock.days(-rng.int(1, 14)) : clock.days(-rng.int(5, 200)),
      rng.int(8 * 60, 21 * 60),
    );
    const people = pair(rng, pool, createdAt, j === 1 ? camille : undefined, j === 0 ? camille : undefined);
    if (!people) continue;
    const [requester, recipient] = people;
    const answered = status === 'ACCEPTED' || status === 'DECLINED';
    const respondedAt = answered
      ? minDate(addMinutes(addDays(createdAt, rng.int(0, 5)), rng.int(30, 600)), clock.minutes(-30))
      : null;
    result.push({
      requester,
      recipient,
      row: {
        id,
        requesterId: requester.row.id,
        recipientId: recipient.row.id,
        message: fill(rng.pick(INTRODUCTION_MESSAGES), requester.gender, {
          firstName: recipient.firstName,
          skill: specialty(recipient),
        }),
        status,
        responseMessage: answered ? fill(rng.pick(INTRODUCTION_RESPONSES[status]), recipient.gender) : '',
        createdAt,
        respondedAt,
      },
    });
  }
  return result;
}
