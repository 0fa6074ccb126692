// Integrations: tokens for partner systems and webhooks that tell them what happens.
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { PageTitle } from '../ui/States.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { WebhooksPanel } from './WebhooksPanel.tsx';

export function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle title={t('integrations.title')}>{t('integrations.title')}</PageTitle>
      <p className="muted">{t('integrations.intro')}</p>
      <TokensPanel />
      <WebhooksPanel />
    </section>
  );
}
