// The API's rules for opportunities (apps/gateway/src/schema/opportunities/*.ts), checked as the member types.
import { parisLocalToIso } from '../shared/dates.ts';
import type { Rule } from '../shared/form.ts';
import type { OpportunityKind, OpportunityStatus } from '@ekoacteurs/client';

const TWO_YEARS = 2 * 365 * 24 * 3600 * 1000;

/** The API's lengths and skill count, the gateway's own: @ekoacteurs/contract/input-rules. */
export { OPPORTUNITY_RULES as RULES, OPPORTUNITY_SKILLS_MAX as SKILLS_MAX } from '@ekoacteurs/contract/input-rules';

/** A deadline typed as Paris wall-clock time: in the future, within two years. */
export const deadlineRule: Rule = {
  check: (value) => {
    const iso = parisLocalToIso(value);
    if (!iso) return { key: 'opportunities.form.badDeadline' };
    const time = new Date(iso).getTime();
    if (time <= Date.now()) return { key: 'opportunities.form.pastDeadline' };
    if (time >= Date.now() + TWO_YEARS) return { key: 'opportunities.form.farDeadline' };
    return null;
  },
};

export const KINDS: OpportunityKind[] = ['CALL_FOR_TENDER', 'PROJECT', 'HELP_REQUEST', 'HELP_OFFER'];
export const STATUSES: OpportunityStatus[] = ['OPEN', 'TEAM_FORMING', 'SUBMITTED', 'WON', 'LOST', 'CLOSED'];
/** The API's workflow (setOpportunityStatus refuses anything else), the gateway's own table. */
export { FINAL, GATHERING, nextStatuses } from '@ekoacteurs/contract/opportunity-workflow';
