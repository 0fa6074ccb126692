// Dates, times and numbers as admins read them: in the federation's time zone (Europe/Paris, or a
// workshop's own) and in the console's language.
import { localeOf, wallClock } from '@ekoacteurs/ui';
import { dateTimeFormat, numberFormat } from '@ekoacteurs/ui/intl-formats.ts';

export const PARIS = 'Europe/Paris';

export function formatDateTime(iso: string | null | undefined, language: string, timeZone = PARIS): string {
  if (!iso) return '';
  return dateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** "6 déc. 2026, 09:30 – 12:30", or both dates when it spans several days. */
export function formatDateTimeRange(startsAt: string, endsAt: string, language: string, timeZone = PARIS): string {
  const day = dateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone });
  const time = dateTimeFormat(localeOf(language), { timeStyle: 'short', timeZone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return day.format(start) === day.format(end)
    ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`
    : `${formatDateTime(startsAt, language, timeZone)} – ${formatDateTime(endsAt, language, timeZone)}`;
}

export function formatDate(iso: string | null | undefined, language: string, timeZone = PARIS): string {
  if (!iso) return '';
  return dateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** "YYYY-MM" → "nov. 2026" / "Nov 2026". */
export function formatMonth(month: string, language: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return dateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 15)),
  );
}

export function formatNumber(value: number, language: string): string {
  return numberFormat(localeOf(language)).format(value);
}

export function formatPercent(ratio: number | null | undefined, language: string): string {
  if (ratio === null || ratio === undefined) return '—';
  return numberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/**
 * The instant a wall-clock time ("2026-12-03", "09:30") means in a time zone, as ISO 8601 UTC.
 * Two passes settle the offset on both sides of a daylight-saving change.
 */
export function zonedToIso(date: string, time: string, timeZone = PARIS): string | null {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  if (
    !year ||
    !month ||
    !day ||
    hour === undefined ||
    minute === undefined ||
    Number.isNaN(hour) ||
    Number.isNaN(minute)
  )
    return null;
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallClock(new Date(guess), timeZone);
    guess += wanted - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
  }
  return new Date(guess).toISOString();
}

/** An instant as the date and time inputs show it in a time zone: ["2026-12-03", "09:30"]. */
export function isoToZoned(iso: string, timeZone = PARIS): [string, string] {
  const c = wallClock(new Date(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${c.year}-${pad(c.month)}-${pad(c.day)}`, `${pad(c.hour)}:${pad(c.minute)}`];
}
