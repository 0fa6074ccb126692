// How the network lives, for the console's dashboard (admins): a few aggregate SQL statements, one
// per figure asked for, so a chart costs the same however large the federation grows. Months are
// calendar months in Europe/Paris, the federation's time zone.
import { Prisma } from '@ekoacteurs/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { requestError } from '../../errors.ts';
import { builder } from '../builder.ts';

const TIME_ZONE = 'Europe/Paris';
const MAX_MONTHS = 36;
/** The chart shows bars, not a list: the most recent workshops of the window are enough. */
const MAX_WORKSHOPS = 40;

interface Window {
  months: number;
}

/** The first instant of the window: the start of the month `months - 1` months ago, in Paris. */
function windowStart(months: number) {
  return Prisma.sql`((date_trunc('month', now() AT TIME ZONE ${TIME_ZONE}) - make_interval(months => ${months - 1}::int)) AT TIME ZONE ${TIME_ZONE})`;
}

// ───────────── members over time ─────────────

interface MembersMonthRow {
  month: string;
  applicant: number;
  active: number;
  suspended: number;
  left: number;
  declined: number;
  applications: number;
  admissions: number;
}

const MembersMonth = builder.objectRef<MembersMonthRow>('MembersMonth').implement({
  description:
    'Members at the end of one calendar month (Europe/Paris): everyone who had applied by then, counted by their status today, plus that month’s applications (candidatures) and admissions.',
  fields: (t) => ({
    id: t.exposeID('month', { description: 'A stable key for caches: the month, e.g. "2026-03".' }),
    month: t.exposeString('month', { description: 'The month, as "YYYY-MM".' }),
    applicant: t.exposeInt('applicant', {
      description: 'Applied by the end of the month and still waiting for a decision (candidature en attente).',
    }),
    active: t.exposeInt('active', { description: 'Applied by the end of the month and ACTIVE today.' }),
    suspended: t.exposeInt('suspended', { description: 'Applied by the end of the month and SUSPENDED today.' }),
    left: t.exposeInt('left', {
      description: 'Applied by the end of the month and gone today (LEFT, a quitté la fédération).',
    }),
    declined: t.exposeInt('declined', {
      description: 'Applied by the end of the month and declined (candidature refusée).',
    }),
    applications: t.exposeInt('applications', { description: 'Applications received during the month.' }),
    admissions: t.exposeInt('admissions', { description: 'Applicants admitted during the month.' }),
  }),
});

function membersByMonth(prisma: Prisma.TransactionClient, { months }: Window) {
  return prisma.$queryRaw<MembersMonthRow[]>`
    WITH months AS (
      SELECT generate_series(
        date_trunc('month', now() AT TIME ZONE ${TIME_ZONE}) - make_interval(months => ${months - 1}::int),
        date_trunc('month', now() AT TIME ZONE ${TIME_ZONE}),
        interval '1 month'
      ) AS start
    ),
    members AS (
      SELECT m."status", m."createdAt" AT TIME ZONE ${TIME_ZONE} AS applied, m."admittedAt" AT TIME ZONE ${TIME_ZONE} AS admitted
      FROM "Member" m
    )
    SELECT
      to_char(months.start, 'YYYY-MM') AS "month",
      count(*) FILTER (WHERE members."status" = 'APPLICANT')::int AS "applicant",
      count(*) FILTER (WHERE members."status" = 'ACTIVE')::int AS "active",
      count(*) FILTER (WHERE members."status" = 'SUSPENDED')::int AS "suspended",
      count(*) FILTER (WHERE members."status" = 'LEFT')::int AS "left",
      count(*) FILTER (WHERE members."status" = 'DECLINED')::int AS "declined",
      count(*) FILTER (WHERE members.applied >= months.start)::int AS "applications",
      (SELECT count(*) FROM members a WHERE a.admitted >= months.start AND a.admitted < months.start + interval '1 month')::int AS "admissions"
    FROM months
    LEFT JOIN members ON members.applied < months.start + interval '1 month'
    GROUP BY months.start
    ORDER BY months.start`;
}

// ───────────── workshops: fill rate and attendance ─────────────

interface WorkshopFillRow {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  attended: number;
  absent: number;
}

const WorkshopFill = builder.objectRef<WorkshopFillRow>('WorkshopFill').implement({
  description: 'How full a published or completed workshop is, and who came (taux de remplissage, présence).',
  fields: (t) => ({
    id: t.id({ description: 'The workshop’s global ID.', resolve: (row) => encodeGlobalID('Workshop', row.id) }),
    slug: t.exposeString('slug', { description: 'The workshop’s slug, for links.' }),
    title: t.exposeString('title', { description: 'Its title.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    capacity: t.exposeInt('capacity', { description: 'Number of seats.' }),
    confirmed: t.exposeInt('confirmed', { description: 'Confirmed seats.' }),
    waitlisted: t.exposeInt('waitlisted', { description: 'People on the waitlist (liste d’attente).' }),
    attended: t.exposeInt('attended', { description: 'Confirmed participants marked present.' }),
    absent: t.exposeInt('absent', { description: 'Confirmed participants marked absent.' }),
    fillRate: t.float({
      description: 'Confirmed seats ÷ capacity, from 0 to 1.',
      resolve: (row) => (row.capacity > 0 ? row.confirmed / row.capacity : 0),
    }),
    attendanceRate: t.float({
      nullable: true,
      description: 'Present ÷ participants whose attendance was marked, from 0 to 1; null until attendance is marked.',
      resolve: (row) => (row.attended + row.absent > 0 ? row.attended / (row.attended + row.absent) : null),
    }),
  }),
});

async function workshopFill(prisma: Prisma.TransactionClient, { months }: Window) {
  const rows = await prisma.$queryRaw<WorkshopFillRow[]>`
    SELECT w."id"::text AS "id", w."slug", w."title", w."startsAt", w."capacity",
      count(r."id") FILTER (WHERE r."status" = 'CONFIRMED')::int AS "confirmed",
      count(r."id") FILTER (WHERE r."status" = 'WAITLISTED')::int AS "waitlisted",
      count(r."id") FILTER (WHERE r."status" = 'CONFIRMED' AND r."attended" IS TRUE)::int AS "attended",
      count(r."id") FILTER (WHERE r."status" = 'CONFIRMED' AND r."attended" IS FALSE)::int AS "absent"
    FROM "Workshop" w
    LEFT JOIN "WorkshopRegistration" r ON r."workshopId" = w."id"
    WHERE w."status" IN ('PUBLISHED', 'COMPLETED') AND w."startsAt" >= ${windowStart(months)}
    GROUP BY w."id"
    ORDER BY w."startsAt" DESC, w."id" DESC
    LIMIT ${MAX_WORKSHOPS}`;
  return rows.reverse();
}

// ───────────── recommendation flows ─────────────

const FlowDimension = builder.enumType('RecommendationFlowDimension', {
  description: 'What the two ends of a recommendation flow are grouped by.',
  values: {
    REGION: { description: 'The members’ French regions (région); empty when a member gave none.' },
    DOMAIN: {
      description:
        'The members’ main skill domain (domaine): the one where they hold the most skills, then the highest level, then the taxonomy order; empty for members without skills.',
    },
  } as const,
});

interface FlowRow {
  from: string;
  to: string;
  count: number;
}

const RecommendationFlow = builder.objectRef<FlowRow & { by: string }>('RecommendationFlow').implement({
  description:
    'How many recommendations went from members of one group to members of another (a region or a skill domain).',
  fields: (t) => ({
    id: t.id({
      description: 'A stable key for caches, e.g. "REGION:Bretagne:Occitanie".',
      resolve: (row) => `${row.by}:${row.from}:${row.to}`,
    }),
    from: t.exposeString('from', {
      description:
        'The group of the members who recommended: a region name or a SkillDomain value; empty when unknown.',
    }),
    to: t.exposeString('to', {
      description: 'The group of the members recommended: a region name or a SkillDomain value; empty when unknown.',
    }),
    count: t.exposeInt('count', { description: 'Recommendations made in the window.' }),
  }),
});

function recommendationFlows(prisma: Prisma.TransactionClient, { months }: Window, by: 'REGION' | 'DOMAIN') {
  if (by === 'REGION') {
    return prisma.$queryRaw<FlowRow[]>`
      SELECT f."region" AS "from", t."region" AS "to", count(*)::int AS "count"
      FROM "Recommendation" r
      JOIN "Member" f ON f."id" = r."fromId"
      JOIN "Member" t ON t."id" = r."toId"
      WHERE r."createdAt" >= ${windowStart(months)}
      GROUP BY f."region", t."region"
      ORDER BY "count" DESC, "from", "to"`;
  }
  // Enums sort in declaration order, so max(level) is the highest level held in the domain.
  return prisma.$queryRaw<FlowRow[]>`
    WITH main AS (
      SELECT DISTINCT ON (ms."memberId") ms."memberId" AS "memberId", s."domain"::text AS "domain"
      FROM "MemberSkill" ms
      JOIN "Skill" s ON s."id" = ms."skillId"
      GROUP BY ms."memberId", s."domain"
      ORDER BY ms."memberId", count(*) DESC, max(ms."level") DESC, s."domain"
    )
    SELECT coalesce(f."domain", '') AS "from", coalesce(t."domain", '') AS "to", count(*)::int AS "count"
    FROM "Recommendation" r
    LEFT JOIN main f ON f."memberId" = r."fromId"
    LEFT JOIN main t ON t."memberId" = r."toId"
    WHERE r."createdAt" >= ${windowStart(months)}
    GROUP BY 1, 2
    ORDER BY "count" DESC, "from", "to"`;
}

// ───────────── give/receive balances ─────────────

interface BalanceRow {
  balance: number;
  members: number;
}

const BalanceCount = builder.objectRef<BalanceRow>('BalanceCount').implement({
  description:
    'How many active members have one give/receive balance (équilibre entre recevoir et donner: given − received).',
  fields: (t) => ({
    id: t.id({ description: 'A stable key for caches: the balance.', resolve: (row) => String(row.balance) }),
    balance: t.exposeInt('balance', {
      description: 'given − received, over the whole ledger (corrections included); 0 for members without entries.',
    }),
    members: t.exposeInt('members', { description: 'Active members with this balance.' }),
  }),
});

function balanceDistribution(prisma: Prisma.TransactionClient) {
  return prisma.$queryRaw<BalanceRow[]>`
    SELECT b."balance"::int AS "balance", count(*)::int AS "members"
    FROM (
      SELECT coalesce(sum(CASE WHEN e."direction" = 'GIVEN' THEN e."weight" ELSE -e."weight" END), 0) AS "balance"
      FROM "Member" m
      LEFT JOIN "ContributionEntry" e ON e."memberId" = m."id"
      WHERE m."status" = 'ACTIVE'
      GROUP BY m."id"
    ) b
    GROUP BY b."balance"
    ORDER BY b."balance"`;
}

// ───────────── the entry point ─────────────

const AdminStats = builder.objectRef<Window>('AdminStats').implement({
  description:
    'Aggregates about the network for the console’s dashboard (admins). Each field is one SQL statement, computed when asked.',
  fields: (t) => ({
    id: t.id({
      description: 'A stable key for caches: the window, e.g. "12-months".',
      resolve: ({ months }) => `${months}-months`,
    }),
    months: t.exposeInt('months', {
      description: 'The window, in calendar months up to and including the current one (Europe/Paris).',
    }),
    membersByMonth: t.field({
      type: [MembersMonth],
      description: 'One line per month of the window, oldest first: members by status, applications and admissions.',
      resolve: (window, _args, ctx) => membersByMonth(ctx.prisma, window),
    }),
    workshops: t.field({
      type: [WorkshopFill],
      description: `Published and completed workshops starting in the window or later, by start date (at most the ${MAX_WORKSHOPS} latest).`,
      resolve: (window, _args, ctx) => workshopFill(ctx.prisma, window),
    }),
    recommendationFlows: t.field({
      type: [RecommendationFlow],
      description: 'Recommendations made in the window, counted from one group to another, largest flows first.',
      args: {
        by: t.arg({
          type: FlowDimension,
          required: true,
          description: 'Group members by region or by main skill domain.',
        }),
      },
      resolve: async (window, args, ctx) =>
        (await recommendationFlows(ctx.prisma, window, args.by)).map((row) => ({ ...row, by: args.by })),
    }),
    balanceDistribution: t.field({
      type: [BalanceCount],
      description:
        'Active members by give/receive balance, lowest balance first. The ledger has no window: balances are all-time.',
      resolve: (_window, _args, ctx) => balanceDistribution(ctx.prisma),
    }),
  }),
});

builder.queryField('adminStats', (t) =>
  t.field({
    type: AdminStats,
    description:
      'How the network lives: members over time, workshop fill and attendance, recommendation flows, balances (admins).',
    nullable: true,
    authScopes: { admin: true },
    args: {
      months: t.arg.int({
        required: false,
        defaultValue: 12,
        description: `The window, in calendar months including the current one (1–${MAX_MONTHS}, default 12).`,
      }),
    },
    resolve: (_root, args) => {
      const months = args.months ?? 12;
      if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
        throw requestError('BAD_USER_INPUT', `months: choose between 1 and ${MAX_MONTHS}.`);
      }
      return { months };
    },
  }),
);
