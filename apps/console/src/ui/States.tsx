// The console's words for the kit's screen states: why a query failed (in words an admin can act
// on), the failure with its retry, and the screen title naming the tab "… — Console ÉkôActeurs".
// Loading (a skeleton) and Empty are the kit's.
import { LoadFailed, ScreenTitle } from '@ekoacteurs/ui';
import { useTranslation, type Translate } from '@ekoacteurs/ui/i18n.ts';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';

export { Skeleton as Loading, EmptyState as Empty } from '@ekoacteurs/ui';

/** Why a query failed, in words an admin can act on. */
export function failureMessage(error: CombinedError, t: Translate): string {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'INSUFFICIENT_SCOPE') return t('errors.forbidden');
  if (code === 'UNAUTHENTICATED') return t('errors.signedOut');
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (error.networkError) return t('errors.network');
  return t('errors.unexpected');
}

export function Failure({ error, what, retry }: { error: CombinedError; what: string; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <LoadFailed
      message={
        <>
          <strong>{what}</strong> {failureMessage(error, t)}
        </>
      }
      onRetry={retry}
    />
  );
}

export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  return (
    <ScreenTitle title={title} site={t('app.documentTitle')}>
      {children}
    </ScreenTitle>
  );
}
