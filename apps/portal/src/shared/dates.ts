// Dates for collectives and opportunities, in Europe/Paris and the reader's language.
// Due dates ("YYYY-MM-DD") are calendar days already fixed in Paris: they are shown as such.
import { localeOf } from '@ekoacteurs/ui/i18n.ts';
import { dateTimeFormat } from '@ekoacteurs/ui/intl-formats.ts';
import { wallClock } from '@ekoacteurs/ui/wall-clock.ts';

export const TIME_ZONE = 'Europe/Paris';

/** "14 mars 2026" for a calendar day "2026-03-14". */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "14 mars 2026" for an instant, as the day it is in Paris. */
export function formatDate(iso: string, language: string): string {
  return dateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** "14 mars 2026 à 12:00" (fr) / "14 March 2026 at 12:00" (en), in Paris. */
export function formatDateTime(iso: string, language: string): string {
  return dateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** Today's calendar day in Paris, "YYYY-MM-DD" (what the API compares due dates with). */
export function todayInParis(now = new Date()): string {
  const { year, month, day } = wallClock(now, TIME_ZONE);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether "YYYY-MM-DD" is a day that exists. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The offset of Paris from UTC at an instant, in milliseconds. */
function parisOffset(instant: number): number {
  const p = wallClock(new Date(instant), TIME_ZONE);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** "2026-03-14T12:00" read as a Paris wall-clock time → an ISO instant; null when malformed. */
export function parisLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, m, d, h, min] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  if (Number.isNaN(wall)) return null;
  // Two passes settle the offset around daylight-saving changes.
  let instant = wall - parisOffset(wall);
  instant = wall - parisOffset(instant);
  return new Date(instant).toISOString();
}

/** "12:00" in Paris. */
export function formatTime(iso: string, language: string): string {
  return dateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
