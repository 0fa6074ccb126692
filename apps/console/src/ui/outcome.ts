// A mutation's answer, read the same way everywhere: its payload, or what went wrong in words an
// admin can act on. The API's own messages are English; the console leads with French and keeps
// the API's detail after it.
import type { CombinedError } from '@urql/core';
import type { Translate } from '@ekoacteurs/ui/i18n.ts';
import { fieldErrorsByName } from '@ekoacteurs/ui';
import { failureMessage } from './States.tsx';

interface Answer {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: readonly { path: readonly string[]; message: string }[];
}

export type Outcome<T> = { ok: true; payload: T } | { ok: false; message: string; fields: Record<string, string> };

export function outcomeOf<Data extends object, Field extends keyof Data & string, Typename extends string>(
  result: { data?: Data | null; error?: CombinedError },
  field: Field,
  payloadType: Typename,
  t: Translate,
): Outcome<Extract<Data[Field], { __typename: Typename }>> {
  const answer = result.data?.[field] as (Answer & Data[Field]) | undefined;
  if (answer?.__typename === payloadType)
    return { ok: true, payload: answer as Extract<Data[Field], { __typename: Typename }> };
  if (!answer)
    return { ok: false, message: result.error ? failureMessage(result.error, t) : t('errors.unexpected'), fields: {} };
  const fields = fieldErrorsByName(answer.fieldErrors);
  const detail = answer.message ? ` (${answer.message})` : '';
  switch (answer.code ?? answer.__typename) {
    case 'VALIDATION_FAILED':
    case 'ValidationError':
      return { ok: false, message: t('errors.validation'), fields };
    case 'NOT_FOUND':
    case 'NotFoundError':
      return { ok: false, message: t('errors.notFound'), fields };
    case 'CONFLICT':
    case 'ConflictError':
      return { ok: false, message: `${t('errors.conflict')}${detail}`, fields };
    default:
      return { ok: false, message: `${t('errors.unexpected')}${detail}`, fields };
  }
}

/** A validation failure's detail for a dialog: each field's message, joined. */
export function describeFailure(outcome: { message: string; fields: Record<string, string> }): string {
  const details = Object.values(outcome.fields);
  return details.length > 0 ? `${outcome.message} ${details.join(' ')}` : outcome.message;
}
