// Copies a text (a secret, an address) and says so in a live region.
import { useState } from 'react';
import { useTranslation } from './i18n.ts';
import { LiveStatus } from './Feedback.tsx';

export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setSaid(t('kit.copied'));
    } catch {
      setSaid(t('kit.copyFailed'));
    }
  }
  return (
    <>
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>
      <LiveStatus message={said} />
    </>
  );
}
