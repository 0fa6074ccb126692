// Dates and times, shown in the event's time zone (Europe/Paris by default) and the reader's language.
import { localeOf } from '@ekoacteurs/ui/i18n.ts';
import { dateTimeFormat } from '@ekoacteurs/ui/intl-formats.ts';

export function formatDateRange(startsAt: string, endsAt: string, timeZone: string, language: string): string {
  const locale = localeOf(language);
  const day = dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}
