// The shapes the builders produce: one array of rows per table, typed by Prisma's createMany inputs
// (with the ids the builders assign, so related rows reference each other without a round trip).
import type { Prisma } from '../generated/prisma/client.ts';

type Row<T> = T & { id: string };

export interface SeedRows {
  skill: Row<Prisma.SkillCreateManyInput>[];
  member: Row<Prisma.MemberCreateManyInput>[];
  memberSkill: Prisma.MemberSkillCreateManyInput[];
  collective: Row<Prisma.CollectiveCreateManyInput>[];
  charterAgreement: Row<Prisma.CharterAgreementCreateManyInput>[];
  collectiveMembership: Row<Prisma.CollectiveMembershipCreateManyInput>[];
  commitment: Row<Prisma.CommitmentCreateManyInput>[];
  commitmentChange: Row<Prisma.CommitmentChangeCreateManyInput>[];
  journalEntry: Row<Prisma.JournalEntryCreateManyInput>[];
  workshop: Row<Prisma.WorkshopCreateManyInput>[];
  workshopFacilitator: Prisma.WorkshopFacilitatorCreateManyInput[];
  workshopSkill: Prisma.WorkshopSkillCreateManyInput[];
  workshopRegistration: Row<Prisma.WorkshopRegistrationCreateManyInput>[];
  opportunity: Row<Prisma.OpportunityCreateManyInput>[];
  opportunitySkill: Prisma.OpportunitySkillCreateManyInput[];
  opportunityInterest: Row<Prisma.OpportunityInterestCreateManyInput>[];
  recommendation: Row<Prisma.RecommendationCreateManyInput>[];
  introductionRequest: Row<Prisma.IntroductionRequestCreateManyInput>[];
  contributionEntry: Row<Prisma.ContributionEntryCreateManyInput>[];
  visibilityPage: Row<Prisma.VisibilityPageCreateManyInput>[];
  pageReport: Row<Prisma.PageReportCreateManyInput>[];
  contactMessage: Row<Prisma.ContactMessageCreateManyInput>[];
  notification: Row<Prisma.NotificationCreateManyInput>[];
  auditLogEntry: Row<Prisma.AuditLogEntryCreateManyInput>[];
}

export type SeedTable = keyof SeedRows;

/** Insertion order: every table comes after the tables its foreign keys point at. */
export const SEED_TABLES: readonly SeedTable[] = [
  'skill',
  'member',
  'memberSkill',
  'collective',
  'charterAgreement',
  'collectiveMembership',
  'commitment',
  'commitmentChange',
  'journalEntry',
  'workshop',
  'workshopFacilitator',
  'workshopSkill',
  'workshopRegistration',
  'opportunity',
  'opportunitySkill',
  'opportunityInterest',
  'recommendation',
  'introductionRequest',
  'contributionEntry',
  'visibilityPage',
  'pageReport',
  'contactMessage',
  'notification',
  'auditLogEntry',
];

/** Rows written per table. */
export type SeedSummary = Record<SeedTable, number>;

export interface BuildSeedOptions {
  /** Number of members; collectives, workshops, opportunities… follow. Default 60, minimum 20. */
  scale?: number;
  /** The reference instant every date is relative to. Default: today at 00:00 UTC. */
  now?: Date;
}

export interface SeedData {
  readonly scale: number;
  readonly now: Date;
  readonly rows: SeedRows;
  /** Rows that documentation and end-to-end tests look up. */
  readonly wellKnown: {
    readonly adminId: string;
    readonly camilleId: string;
    /** A future, published workshop that is exactly full and has a waitlist of two or more. */
    readonly fullWorkshopId: string;
    readonly fullWorkshopSlug: string;
  };
}
