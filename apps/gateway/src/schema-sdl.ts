// The schema as SDL, exactly as committed in apps/gateway/schema.graphql.
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './schema/index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function printSchemaSDL(): string {
  return `${printSchema(schema)}\n`;
}
