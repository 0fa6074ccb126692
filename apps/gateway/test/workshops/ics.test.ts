// The iCalendar writer on its own: what calendar apps need to read the files at all (RFC 5545).
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar, utc } from '../../src/calendar/ics.ts';

const event = {
  uid: 'workshop-1@ekoacteurs.fr',
  start: new Date('2026-03-14T08:30:00.000Z'),
  end: new Date('2026-03-14T11:30:00.000Z'),
  stamp: new Date('2026-03-01T10:00:00.000Z'),
  summary: 'Prospecter, sans se renier ; ensemble',
  description: 'Ligne 1\nLigne 2, avec \\ une barre',
  location: 'Tiers-lieu, 3 rue des Lilas, Rennes',
  url: 'https://ekoacteurs.fr/ateliers/prospecter',
  status: 'CONFIRMED' as const,
  categories: ['Atelier'],
};

describe('ics', () => {
  it('escapes backslashes, semicolons, commas and line ends in text', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const part of physical) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.every((part) => !part.includes('\uFFFD'))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
  });

  it('writes a calendar with CRLF line ends, UTC times and the required properties', () => {
    const text = renderCalendar({
      name: 'Ateliers',
      events: [event, { ...event, uid: 'workshop-2@ekoacteurs.fr', status: 'CANCELLED' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Federation des EkoActeurs//Ateliers//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('DTSTART:20260314T083000Z');
    expect(lines).toContain('DTEND:20260314T113000Z');
    expect(lines).toContain('DTSTAMP:20260301T100000Z');
    expect(lines).toContain('UID:workshop-1@ekoacteurs.fr');
    expect(lines).toContain('SUMMARY:Prospecter\\, sans se renier \\; ensemble');
    expect(lines).toContain('DESCRIPTION:Ligne 1\\nLigne 2\\, avec \\\\ une barre');
    expect(lines).toContain('LOCATION:Tiers-lieu\\, 3 rue des Lilas\\, Rennes');
    expect(lines).toContain('URL:https://ekoacteurs.fr/ateliers/prospecter');
    expect(lines.filter((l) => l.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(utc(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });
});
