// iCalendar text (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// character, TEXT values escaped, times in UTC. Only what the workshop calendar needs.
//
// Kept rather than ical-generator (11.1.2, evaluated 2026-12-07 on the same events): the library
// leaves control characters in TEXT values (a description pasted with a U+0007 gives a file strict
// parsers refuse), ends the file without the CRLF RFC 5545 §3.1 requires after every content line
// (some importers drop the last line), and would add a dependency for these hundred lines, which
// test/workshops/ics.test.ts pins property by property.

export interface IcsEvent {
  /** Globally unique and stable, so a calendar updates the event instead of adding a copy. */
  uid: string;
  start: Date;
  end: Date;
  /** When this copy of the event was produced. */
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  lastModified?: Date;
  categories?: string[];
}

export interface IcsCalendar {
  /** Shown by calendar apps as the name of a subscribed feed. */
  name: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const PRODID = '-//Federation des EkoActeurs//Ateliers//FR';

/** A TEXT value: backslash, semicolon, comma and line ends escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // oxlint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts in its 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A DATE-TIME in UTC: 20260314T083000Z. */
export function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A URI value: not TEXT-escaped, but it must stay on its logical line. */
function uri(value: string): string {
  return value.replace(/[\r\n]/g, '');
}

function eventLines(event: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${event.status}`);
  // A cancelled event no longer blocks time in the agenda.
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utc(event.lastModified)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole iCalendar object, ready to send as text/calendar. */
export function renderCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // Subscribed feeds: ask calendar apps to refresh hourly (RFC 7986, and its common predecessor).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
