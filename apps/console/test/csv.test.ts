import { describe, expect, it } from 'vitest';
import { csvFileName, csvValue, participantsCsv, toCsv, type ParticipantRow } from '../src/workshops/csv.ts';

const row = (overrides: Partial<ParticipantRow> & { name?: string; email?: string | null } = {}): ParticipantRow => ({
  status: 'CONFIRMED',
  waitlistPosition: null,
  attended: null,
  registeredAt: '2026-11-20T08:05:00.000Z',
  confirmedAt: '2026-11-20T08:05:00.000Z',
  member: {
    displayName: overrides.name ?? 'Camille Martin',
    email: overrides.email === undefined ? 'camille@exemple.fr' : overrides.email,
  },
  ...overrides,
});

describe('the participants CSV', () => {
  it('opens in Excel: byte-order mark, French headers, semicolons, CRLF', () => {
    const csv = participantsCsv([row()], 'Europe/Paris');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe("Nom;E-mail;Statut;Position en liste d'attente;Présent;Inscrit le;Confirmé le");
    // 08:05 UTC is 09:05 in Paris in November.
    expect(lines[1]).toBe('Camille Martin;camille@exemple.fr;Confirmé;;;20/11/2026 09:05;20/11/2026 09:05');
    expect(lines.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('says waitlist positions, attendance and cancellations in French', () => {
    const csv = participantsCsv(
      [
        row({ attended: true }),
        row({ name: 'Yanis', attended: false }),
        row({ name: 'Léa', status: 'WAITLISTED', waitlistPosition: 2, confirmedAt: null }),
        row({ name: 'Noé', status: 'CANCELLED', confirmedAt: null }),
      ],
      'Europe/Paris',
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toContain(';Confirmé;;Oui;');
    expect(lines[2]).toContain(';Confirmé;;Non;');
    expect(lines[3]).toBe("Léa;camille@exemple.fr;En liste d'attente;2;;20/11/2026 09:05;");
    expect(lines[4]).toContain(';Annulé;;;');
  });

  it('escapes separators, quotes and line breaks, and keeps accents', () => {
    expect(csvValue('Dupont; Fils & Cie')).toBe('"Dupont; Fils & Cie"');
    expect(csvValue('Le "Collectif"')).toBe('"Le ""Collectif"""');
    expect(csvValue('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvValue(' espace ')).toBe('" espace "');
    expect(csvValue('Élodie Ñúñez')).toBe('Élodie Ñúñez');
    expect(csvValue(null)).toBe('');
    expect(csvValue(3)).toBe('3');
  });

  it('never lets a name run as a spreadsheet formula', () => {
    expect(csvValue('=HYPERLINK("http://evil.example","clic")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""clic"")"`,
    );
    expect(csvValue('+33 6 12 34 56 78')).toBe("'+33 6 12 34 56 78");
    expect(csvValue('-2+3')).toBe("'-2+3");
    expect(csvValue('@SUM(A1)')).toBe("'@SUM(A1)");
    const csv = participantsCsv([row({ name: '=1+1' })], 'Europe/Paris');
    expect(csv.split('\r\n')[1]!.startsWith("'=1+1;")).toBe(true);
  });

  it('writes the rows it is given, one per line, whatever their count', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd;e'],
    ]);
    expect(csv).toBe('\uFEFFa;b\r\nc;"d;e"\r\n');
    expect(participantsCsv([], 'Europe/Paris').slice(1).split('\r\n')).toHaveLength(2);
  });

  it('names the file after the workshop and its day where it happens', () => {
    expect(csvFileName('atelier-prospection', '2026-12-03T08:30:00.000Z', 'Europe/Paris')).toBe(
      'participants-atelier-prospection-2026-12-03.csv',
    );
    // 23:30 UTC on the 3rd is already the 4th in Paris.
    expect(csvFileName('soiree', '2026-12-03T23:30:00.000Z', 'Europe/Paris')).toBe(
      'participants-soiree-2026-12-04.csv',
    );
  });
});
