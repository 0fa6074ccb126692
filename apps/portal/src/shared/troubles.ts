// What went wrong with a mutation on the workshops, notifications and settings screens, in the
// reader's language, from an API error code or a network failure.
import type { Trouble } from '@ekoacteurs/ui';
import type { Translate } from '@ekoacteurs/ui/i18n.ts';

/** What went wrong with a mutation, in the reader's language, from an API error or a network failure. */
export function troubleOf(
  t: Translate,
  result: { networkError?: boolean; code?: string | null; message?: string | null },
): Trouble {
  if (result.networkError) return { text: t('common.failed') };
  const detail = result.message ?? undefined;
  switch (result.code) {
    case 'CONFLICT':
      return { text: t('workshops.kit.conflict'), detail };
    case 'NOT_FOUND':
      return { text: t('workshops.kit.notFound'), detail };
    case 'FORBIDDEN':
      return { text: t('workshops.kit.notAllowed'), detail };
    default:
      return { text: t('common.failed'), detail };
  }
}

/** The same, read from a mutation's answer: its payload (a typed error carries `code` and `message`) and urql's error. */
export function troubleOfAnswer(t: Translate, payload: object | null | undefined, error: unknown): Trouble {
  const field = (name: 'code' | 'message') =>
    payload && name in payload ? ((payload as Record<string, unknown>)[name] as string | null) : null;
  return troubleOf(t, { networkError: !!error, code: field('code'), message: field('message') });
}
