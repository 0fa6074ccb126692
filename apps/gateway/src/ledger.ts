// The give/receive ledger ("équilibre entre recevoir et donner"). Append-only: the database
// refuses UPDATE and DELETE; a correction is a new entry pointing at the one it corrects.
// Entries are keyed by (member, direction, kind, source), so recording an event twice is a no-op.
import type { ContributionDirection, ContributionKind } from '@ekoacteurs/db/enums';
import type { PrismaClient } from '@ekoacteurs/db';

export interface Contribution {
  memberId: string;
  direction: ContributionDirection;
  kind: ContributionKind;
  /** How much it counts: recommendation 2, workshop facilitated 3, attended 1, help 2, team joined 1. */
  weight: number;
  sourceType: string;
  sourceId: string;
  note?: string;
  correctsId?: string;
}

export const WEIGHTS = {
  RECOMMENDATION: 2,
  WORKSHOP_FACILITATED: 3,
  WORKSHOP_ATTENDED: 1,
  HELP: 2,
  TEAM_JOINED: 1,
} as const;

export function recordContributions(tx: Pick<PrismaClient, 'contributionEntry'>, entries: Contribution[]) {
  return tx.contributionEntry.createMany({ data: entries, skipDuplicates: true });
}
