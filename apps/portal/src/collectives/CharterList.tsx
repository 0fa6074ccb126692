// A collective's charter as a member reads it before joining: its agreements, in order.
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function CharterList({
  charter,
  id,
}: {
  charter: readonly { id: string; text: string }[] | null | undefined;
  id?: string;
}) {
  const { t } = useTranslation();
  if (!charter || charter.length === 0) return <p className="muted">{t('collectives.charter.none')}</p>;
  return (
    <ol className="charter" id={id}>
      {charter.map((agreement) => (
        <li key={agreement.id}>{agreement.text}</li>
      ))}
    </ol>
  );
}
