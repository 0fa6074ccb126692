// The opportunity board's workflow, the one table both sides read: the gateway refuses any other
// move (setOpportunityStatus, apps/gateway/src/schema/opportunities/opportunity.ts) and the portal
// offers only these (apps/portal/src/opportunities/rules.ts). Plain data: no Prisma, no React.

/** The SDL's OpportunityStatus and OpportunityKind (schema.graphql). */
export type OpportunityStatus = 'OPEN' | 'TEAM_FORMING' | 'SUBMITTED' | 'WON' | 'LOST' | 'CLOSED';
export type OpportunityKind = 'CALL_FOR_TENDER' | 'PROJECT' | 'HELP_REQUEST' | 'HELP_OFFER';

/** Where each status may move next. */
export const OPPORTUNITY_TRANSITIONS: Readonly<Record<OpportunityStatus, readonly OpportunityStatus[]>> = {
  OPEN: ['TEAM_FORMING', 'CLOSED'],
  TEAM_FORMING: ['OPEN', 'SUBMITTED', 'CLOSED'],
  SUBMITTED: ['WON', 'LOST', 'CLOSED'],
  WON: [],
  LOST: [],
  CLOSED: [],
};

/** Statuses only a call for tenders reaches (an answer submitted, then won or lost). */
export const TENDER_ONLY: readonly OpportunityStatus[] = ['SUBMITTED', 'WON', 'LOST'];
/** Statuses in which members may still express interest and the team may change. */
export const GATHERING: readonly OpportunityStatus[] = ['OPEN', 'TEAM_FORMING'];
/** Statuses nothing leaves. */
export const FINAL: readonly OpportunityStatus[] = ['WON', 'LOST', 'CLOSED'];

/** Where an opportunity of this kind may move next. */
export function nextStatuses(kind: OpportunityKind, status: OpportunityStatus): OpportunityStatus[] {
  return OPPORTUNITY_TRANSITIONS[status].filter((next) => kind === 'CALL_FOR_TENDER' || !TENDER_ONLY.includes(next));
}
