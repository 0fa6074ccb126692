// Input validation in resolvers, after authorization: the same zod rules the apps use, and
// failures become a ValidationError listing each offending field's path.
import type { z } from 'zod';
import { ValidationError } from '../errors.ts';

export function parseInput<T extends z.ZodType>(schema: T, value: unknown, path: string[] = ['input']): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((issue) => ({ path: [...path, ...issue.path.map(String)], message: issue.message })));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Database ids are UUIDs; anything else can only be "not found", never a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
