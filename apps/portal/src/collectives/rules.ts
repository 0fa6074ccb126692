// The API's rules for collectives (apps/gateway/src/schema/collectives/*.ts, charter.ts,
// commitments.ts, journal.ts), checked as the member types.
import { isCalendarDay, todayInParis } from '../shared/dates.ts';
import type { Rule } from '../shared/form.ts';

export const CHARTER_MAX = 40;

export const RULES = {
  name: { required: true, min: 2, max: 80 },
  purpose: { required: true, min: 10, max: 500 },
  description: { max: 5000 },
  region: { max: 60 },
  agreement: { required: true, min: 3, max: 1000 },
  message: { max: 1000 },
  reason: { max: 1000 },
  responsibilities: { max: 2000 },
  commitment: { required: true, min: 3, max: 500 },
  note: { max: 1000 },
  journalTitle: { required: true, min: 3, max: 140 },
  journalBody: { max: 5000 },
} satisfies Record<string, Rule>;

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
