// The give/receive ledger, derived from the events the other builders produced, exactly as the
// platform would have written it: one entry per member, direction, kind and source event.
import type { ContributionDirection, ContributionKind } from '../generated/prisma/enums.ts';
import type { OpportunityInfo } from './build-opportunities.ts';
import type { RecommendationInfo } from './build-relations.ts';
import type { WorkshopInfo } from './build-workshops.ts';
import type { MemberInfo, SeedContext } from './context.ts';
import { addMinutes, minDate } from './dates.ts';
import { fill } from './text.ts';
import type { SeedRows } from './types.ts';

type EntryRow = SeedRows['contributionEntry'][number];

/** How much each kind of event counts in a member's balance. */
export const CONTRIBUTION_WEIGHTS: Readonly<Record<Exclude<ContributionKind, 'CORRECTION'>, number>> = {
  RECOMMENDATION: 2,
  WORKSHOP_FACILITATED: 3,
  WORKSHOP_ATTENDED: 1,
  HELP: 2,
  TEAM_JOINED: 1,
};

export function buildLedger(
  context: SeedContext,
  recommendations: readonly RecommendationInfo[],
  workshops: readonly WorkshopInfo[],
  opportunities: readonly OpportunityInfo[],
): SeedRows['contributionEntry'] {
  const entries: EntryRow[] = [];
  const entry = (
    member: MemberInfo,
    direction: ContributionDirection,
    kind: ContributionKind,
    sourceType: string,
    sourceId: string,
    createdAt: Date,
    extra: Partial<EntryRow> = {},
  ): EntryRow => {
    const row: EntryRow = {
      // The id comes from the unique key, so it never depends on build order.
      id: context.root.fork('ledger', member.row.id, direction, kind, sourceType, sourceId).uuid(),
      memberId: member.row.id,
      direction,
      kind,
      weight: kind === 'CORRECTION' ? 0 : CONTRIBUTION_WEIGHTS[kind],
      sourceType,
      sourceId,
      correctsId: null,
      note: '',
      createdAt,
      ...extra,
    };
    entries.push(row);
    return row;
  };

  for (const { row, from, to } of recommendations) {
    const at = row.createdAt as Date;
    entry(from, 'GIVEN', 'RECOMMENDATION', 'Recommendation', row.id, at);
    entry(to, 'RECEIVED', 'RECOMMENDATION', 'Recommendation', row.id, at);
  }

  for (const workshop of workshops) {
    if (workshop.row.status !== 'COMPLETED') continue;
    // Attendance is marked after the workshop; the ledger follows.
    const at = minDate(addMinutes(workshop.row.endsAt as Date, 30), workshop.row.updatedAt as Date);
    for (const facilitator of workshop.facilitators) {
      entry(facilitator, 'GIVEN', 'WORKSHOP_FACILITATED', 'Workshop', workshop.row.id, at);
    }
    for (const { member, row } of workshop.registrations) {
      if (row.attended) entry(member, 'RECEIVED', 'WORKSHOP_ATTENDED', 'Workshop', workshop.row.id, at);
    }
    for (const member of workshop.attendanceCorrected) {
      const original = entry(member, 'RECEIVED', 'WORKSHOP_ATTENDED', 'Workshop', workshop.row.id, at);
      entry(member, 'RECEIVED', 'CORRECTION', 'ContributionEntry', original.id, addMinutes(at, 2 * 24 * 60), {
        weight: -original.weight!,
        correctsId: original.id,
        note: fill(
          'Présence enregistrée par erreur : [[absent|absente]] ce jour-là. Corrigé à la demande du membre.',
          member.gender,
        ),
      });
    }
  }

  for (const { row, seed, poster, interests } of opportunities) {
    for (const interest of interests) {
      if (interest.row.status !== 'IN_TEAM') continue;
      const at = interest.row.updatedAt as Date;
      if (seed.kind === 'CALL_FOR_TENDER' || seed.kind === 'PROJECT') {
        entry(interest.member, 'GIVEN', 'TEAM_JOINED', 'OpportunityInterest', interest.row.id, at);
      } else if (row.status === 'CLOSED') {
        // Help given and received: the helper is the member who answered a request, or who offered.
        const [giver, receiver] = seed.kind === 'HELP_REQUEST' ? [interest.member, poster] : [poster, interest.member];
        entry(giver, 'GIVEN', 'HELP', 'OpportunityInterest', interest.row.id, at);
        entry(receiver, 'RECEIVED', 'HELP', 'OpportunityInterest', interest.row.id, at);
      }
    }
  }
  return entries;
}
