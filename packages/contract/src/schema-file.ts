// Where the committed SDL is (schema.graphql, beside this package's package.json) and its text: for
// the gateway's print-schema and schema-file test, and the client's and the bench's schema checks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The committed SDL as text. */
export function readSchemaSdl(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}
