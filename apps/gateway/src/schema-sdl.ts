// The schema as SDL, exactly as committed in packages/contract/schema.graphql (the API's contract).
import { printSchema } from 'graphql';
import { schema } from './schema/index.ts';

export function printSchemaSDL(): string {
  return `${printSchema(schema)}\n`;
}
