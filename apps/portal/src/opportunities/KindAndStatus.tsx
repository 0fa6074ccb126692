// An opportunity's kind and where it stands, the line above its title on the board's cards and on
// its own page ("Appel d'offres · Ouverte").
import type { OpportunityKind, OpportunityStatus } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function KindAndStatus({ kind, status }: { kind: OpportunityKind; status: OpportunityStatus }) {
  const { t } = useTranslation();
  return (
    <p className="eyebrow">
      {t(`opportunities.kind.${kind}`)} ·{' '}
      <span className={`status status-${status.toLowerCase()}`}>{t(`opportunities.status.${status}`)}</span>
    </p>
  );
}
