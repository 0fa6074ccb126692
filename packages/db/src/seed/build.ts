// Builds every row of the demo data in memory, in dependency order. Pure: no database, no clock
// other than the `now` it is given, no randomness other than the fixed-seed streams.
import { buildAuditLog, buildNotifications } from './build-activity.ts';
import { buildCollectives } from './build-collectives.ts';
import { buildLedger } from './build-ledger.ts';
import { ADMIN_INDEX, buildMembers, CAMILLE_INDEX } from './build-members.ts';
import { buildOpportunities } from './build-opportunities.ts';
import { buildPages } from './build-pages.ts';
import { buildIntroductions, buildRecommendations } from './build-relations.ts';
import { buildSkills } from './build-skills.ts';
import { buildWorkshops } from './build-workshops.ts';
import type { SeedContext } from './context.ts';
import { Clock, startOfUtcDay } from './dates.ts';
import { Random } from './random.ts';
import type { BuildSeedOptions, SeedData } from './types.ts';

export const DEFAULT_SCALE = 60;
export const MIN_SCALE = 20;
/** Changing it changes every generated row: bump only on purpose. */
const SEED_KEY = 'ekoacteurs-demo/v1';

export function resolveOptions(options: BuildSeedOptions = {}): { scale: number; now: Date } {
  const scale = options.scale ?? DEFAULT_SCALE;
  if (!Number.isInteger(scale) || scale < MIN_SCALE) {
    throw new RangeError(`The seed scale must be a whole number of members, at least ${MIN_SCALE} (got ${scale}).`);
  }
  const now = options.now ?? startOfUtcDay(new Date());
  if (Number.isNaN(now.getTime())) throw new RangeError('The seed reference date (now) is not a valid date.');
  return { scale, now };
}

export function buildSeedData(options: BuildSeedOptions = {}): SeedData {
  const { scale, now } = resolveOptions(options);
  const root = Random.fromKey(SEED_KEY);
  const skill = buildSkills(root);
  const context: SeedContext = {
    root,
    clock: new Clock(now),
    scale,
    skillIdBySlug: new Map(skill.map((s) => [s.slug, s.id])),
  };

  const { members, memberSkills } = buildMembers(context);
  const collectives = buildCollectives(context, members);
  const workshops = buildWorkshops(context, members);
  const opportunities = buildOpportunities(context, members, collectives.collectives);
  const recommendations = buildRecommendations(context, members, opportunities.opportunities);
  const introductions = buildIntroductions(context, members);
  const ledger = buildLedger(context, recommendations, workshops.workshops, opportunities.opportunities);
  const pages = buildPages(context, members, collectives.collectives);
  const activity = {
    members,
    collectives: collectives.collectives,
    membershipRows: collectives.rows.collectiveMembership,
    workshops: workshops.workshops,
    opportunities: opportunities.opportunities,
    recommendations,
    introductions,
    pages,
  };

  return {
    scale,
    now: new Date(now.getTime()),
    rows: {
      skill,
      member: members.map((m) => m.row),
      memberSkill: memberSkills,
      ...collectives.rows,
      ...workshops.rows,
      ...opportunities.rows,
      recommendation: recommendations.map((r) => r.row),
      introductionRequest: introductions.map((i) => i.row),
      contributionEntry: ledger,
      ...pages.rows,
      notification: buildNotifications(context, activity),
      auditLogEntry: buildAuditLog(context, activity),
    },
    wellKnown: {
      adminId: members[ADMIN_INDEX]!.row.id,
      camilleId: members[CAMILLE_INDEX]!.row.id,
      fullWorkshopId: workshops.fullWorkshop.row.id,
      fullWorkshopSlug: workshops.fullWorkshop.row.slug,
    },
  };
}
