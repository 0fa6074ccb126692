// CSV for people: what a spreadsheet opens with a double click in France (UTF-8 with a BOM,
// ";" between cells, CRLF line ends). Cells a spreadsheet would run as a formula are defused.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of plain objects as CSV; the columns are every key met, in order of first appearance. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [
    columns.map(cell).join(';'),
    ...rows.map((row) => columns.map((column) => cell(row[column])).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
