// The participants of a workshop as a CSV file that Excel opens correctly in France: UTF-8 with a
// byte-order mark (else accents break), ";" between values (the French list separator), CRLF line
// ends, French headers, and every value escaped.
//
// Built in the browser from the API's `participants` connection (not by a gateway route): the
// export shows exactly what the screen shows, under the same authorization, with no new endpoint.
import type { RegistrationStatus } from '@ekoacteurs/client';
import { isoToZoned } from '../format.ts';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

export const HEADERS = [
  'Nom',
  'E-mail',
  'Statut',
  "Position en liste d'attente",
  'Présent',
  'Inscrit le',
  'Confirmé le',
] as const;

const STATUS: Record<RegistrationStatus, string> = {
  CONFIRMED: 'Confirmé',
  WAITLISTED: "En liste d'attente",
  CANCELLED: 'Annulé',
};

export interface ParticipantRow {
  status: RegistrationStatus;
  waitlistPosition: number | null;
  attended: boolean | null;
  registeredAt: string;
  confirmedAt: string | null;
  member: { displayName: string; email: string | null };
}

/**
 * One value, ready for the file. A value a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first) gets a leading apostrophe; a value with the separator, a quote or a line
 * break is quoted, inner quotes doubled.
 */
export function csvValue(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvValue).join(SEPARATOR)).join(LINE_END) + LINE_END;
}

/** "03/12/2026 09:30", in the workshop's time zone. */
export function csvDateTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone })
    .format(new Date(iso))
    .replace(',', '');
}

export function participantsCsv(participants: readonly ParticipantRow[], timeZone: string): string {
  return toCsv([
    HEADERS,
    ...participants.map((p) => [
      p.member.displayName,
      p.member.email ?? '',
      STATUS[p.status],
      p.waitlistPosition,
      p.attended === null ? '' : p.attended ? 'Oui' : 'Non',
      csvDateTime(p.registeredAt, timeZone),
      csvDateTime(p.confirmedAt, timeZone),
    ]),
  ]);
}

/** "participants-atelier-prospection-2026-12-03.csv", with the workshop's day where it happens. */
export function csvFileName(slug: string, startsAt: string, timeZone: string): string {
  return `participants-${slug}-${isoToZoned(startsAt, timeZone)[0]}.csv`;
}

/** Hands the file to the browser as a download. */
export function downloadCsv(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
