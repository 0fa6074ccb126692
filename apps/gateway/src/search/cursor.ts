// Keyset cursors: the sort key and the id of a row, opaque to clients (base64url of JSON).
import type { DirectoryRow, SortKey } from './directory.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_KEY_LENGTH = 500;

export function encodeCursor(row: DirectoryRow): string {
  return Buffer.from(JSON.stringify([row.key, row.id])).toString('base64url');
}

/** The row a cursor points at, or null when it is not a cursor of a list sorted by this kind of key. */
export function decodeCursor(cursor: string, keyKind: 'number' | 'string'): DirectoryRow | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [key, id] = parsed as [unknown, unknown];
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  if (keyKind === 'number' && !(typeof key === 'number' && Number.isInteger(key) && Math.abs(key) < 2 ** 31))
    return null;
  if (keyKind === 'string' && !(typeof key === 'string' && key.length <= MAX_KEY_LENGTH && !key.includes('\u0000')))
    return null;
  return { key: key as SortKey, id };
}
