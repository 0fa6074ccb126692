// Every date in the seed is relative to one reference instant, so the data always has a past and a
// future, and a fixed `now` gives identical rows. Workshop times are wall-clock times in Paris.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The current day at 00:00 UTC: the default reference instant. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Day of month of the last Sunday of a month (month 0–11). */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * Offset of Europe/Paris from UTC in hours on a calendar day, for times after 03:00 local:
 * summer time runs from the last Sunday of March to the last Sunday of October (EU rule).
 */
export function parisOffsetHours(year: number, month: number, day: number): number {
  if (month < 2 || month > 9) return 1;
  if (month > 2 && month < 9) return 2;
  if (month === 2) return day >= lastSunday(year, 2) ? 2 : 1;
  return day < lastSunday(year, 9) ? 2 : 1;
}

export class Clock {
  readonly now: Date;
  private readonly nowMs: number;

  constructor(now: Date) {
    if (Number.isNaN(now.getTime())) throw new RangeError('The seed reference date is not a valid date');
    this.now = new Date(now.getTime());
    this.nowMs = now.getTime();
  }

  /** `now` shifted by a number of days (fractions allowed; negative is the past). */
  days(offset: number): Date {
    return new Date(this.nowMs + Math.round(offset * DAY));
  }

  /** `now` shifted by minutes. */
  minutes(offset: number): Date {
    return new Date(this.nowMs + Math.round(offset * MINUTE));
  }

  /** A calendar date (for @db.Date columns): the UTC day `offset` days from `now`, at 00:00 UTC. */
  date(offset: number): Date {
    return startOfUtcDay(this.days(offset));
  }

  /**
   * Paris wall-clock time on the UTC calendar day `offset` days from now, moved to a working day:
   * off weekends (a Saturday or Sunday goes to the Friday before for past days, the Monday after for
   * future ones) and off French public holidays and the end-of-year break (a week earlier in the
   * past, a week later in the future). The sign of the offset, past or future, never changes.
   */
  parisWeekday(offset: number, hour: number, minute = 0): Date {
    let day = startOfUtcDay(this.days(offset));
    const direction = offset < 0 ? -1 : 1;
    for (let guard = 0; guard < 10; guard++) {
      const weekday = day.getUTCDay();
      if (weekday === 6) day = new Date(day.getTime() + (direction < 0 ? -1 : 2) * DAY);
      else if (weekday === 0) day = new Date(day.getTime() + (direction < 0 ? -2 : 1) * DAY);
      else if (isHoliday(day)) day = new Date(day.getTime() + direction * 7 * DAY);
      else break;
    }
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth();
    const d = day.getUTCDate();
    return new Date(Date.UTC(y, m, d, hour - parisOffsetHours(y, m, d), minute));
  }
}

/** Fixed-date French public holidays, and 24 December to 2 January. */
const HOLIDAYS = new Set(['01-01', '01-02', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11']);
function isHoliday(day: Date): boolean {
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  if (month === 12 && date >= 24) return true;
  return HOLIDAYS.has(`${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
}

/** The instant a fraction of the way from `start` to `end`, on a whole minute. */
export function between(start: Date, end: Date, fraction: number): Date {
  const span = Math.max(end.getTime() - start.getTime(), 0);
  return new Date(Math.floor((start.getTime() + span * fraction) / MINUTE) * MINUTE);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + Math.round(minutes * MINUTE));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + Math.round(days * DAY));
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
