// Input validation in resolvers, after authorization: the same zod rules the apps use, and
// failures become a ValidationError listing each offending field's path.
// A rule's message is a key of i18n/messages.ts (`{ error: 'text.min' }`); a rule without one gets a
// generic key from its kind (too short, too long, not an email…), so every message can be translated.
import type { InputRule } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { ValidationError, fieldError, type FieldError } from '../errors.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/messages.ts';

export function parseInput<T extends z.ZodType>(schema: T, value: unknown, path: string[] = ['input']): z.infer<T> {
  // The per-parse map only applies to rules that name no message of their own.
  const result = schema.safeParse(value, { error: (issue) => genericKey(issue as unknown as Issue) });
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => toFieldError([...path, ...issue.path.map(String)], issue as unknown as Issue)),
  );
}

interface Issue {
  code: string;
  message?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function genericKey(issue: Issue): MessageKey {
  const list = issue.origin === 'array' || issue.origin === 'set';
  const number = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';
  switch (issue.code) {
    case 'too_small':
      return list ? 'list.min' : number ? 'number.min' : 'text.min';
    case 'too_big':
      return list ? 'list.max' : number ? 'number.max' : 'text.max';
    case 'invalid_format':
      return issue.format === 'email' ? 'email.invalid' : issue.format === 'url' ? 'web.invalid' : 'value.invalid';
    case 'invalid_value':
      return 'choice.invalid';
    default:
      return 'value.invalid';
  }
}

function toFieldError(path: string[], issue: Issue): FieldError {
  const params: MessageParams = {};
  if (issue.minimum !== undefined) params.min = Number(issue.minimum);
  if (issue.maximum !== undefined) params.max = Number(issue.maximum);
  const message = issue.message ?? '';
  // A rule still written as an English sentence stays as it is (untranslated).
  return isMessageKey(message) ? fieldError(path, message, params) : { path, message };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Database ids are UUIDs; anything else can only be "not found", never a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Text, trimmed, held to an input rule of @ekoacteurs/contract/input-rules (the numbers the portal
 * checks as you type): `tooShort` says what a text under the rule's `min` lacks, given that `min`.
 */
export function ruledText(rule: InputRule, tooShort?: (min: number) => string) {
  const text = z.string().trim();
  const tooLong = { error: `Use at most ${rule.max} characters.` };
  if (rule.min === undefined) return text.max(rule.max, tooLong);
  return text
    .min(rule.min, { error: tooShort?.(rule.min) ?? `Give at least ${rule.min} characters.` })
    .max(rule.max, tooLong);
}
