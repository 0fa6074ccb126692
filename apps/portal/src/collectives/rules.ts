// The API's rules for collectives, checked as the member types: its lengths and counts, read from
// where the gateway reads them, and the due date's rule (apps/gateway/src/schema/collectives/commitments.ts).
import { isCalendarDay, todayInParis } from '../shared/dates.ts';
import type { Rule } from '../shared/form.ts';

/** The API's numbers (lengths, the charter's size), the gateway's own: @ekoacteurs/contract/input-rules. */
export { CHARTER_MAX, COLLECTIVE_RULES as RULES } from '@ekoacteurs/contract/input-rules';

/** A due date: a day that exists, today or later in Paris, within five years. */
export const dueDateRule: Rule = {
  required: true,
  check: (value) => {
    if (!isCalendarDay(value)) return { key: 'collectives.form.badDate' };
    if (value < todayInParis()) return { key: 'collectives.form.pastDate' };
    if (Number(value.slice(0, 4)) > new Date().getUTCFullYear() + 5) return { key: 'collectives.form.farDate' };
    return null;
  },
};
