// A secret the API shows only once (a token, a webhook's signing secret): displayed with a copy
// button and the warning that it cannot be shown again. It takes focus so it is read first.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function SecretOnce({
  title,
  secret,
  usage,
  onDone,
}: {
  title: string;
  secret: string;
  usage: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => box.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div ref={box} className="notice secret" tabIndex={-1} role="region" aria-label={title}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{t('integrations.secretOnce')}</p>
      <p>
        <code className="secret-value" data-testid="secret">
          {secret}
        </code>
      </p>
      <p className="muted small">{usage}</p>
      <div className="actions">
        <button type="button" onClick={copy}>
          {t('integrations.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('integrations.secretSaved')}
        </button>
      </div>
      <p aria-live="polite" className="small">
        {copied ? t('integrations.copied') : ''}
      </p>
    </div>
  );
}
