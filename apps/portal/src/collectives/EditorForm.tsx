// A collective's inline editor as a form (its details, an agreement, a member, a commitment): its
// fields, what went wrong, then "Enregistrer" and "Annuler".
import { FormActions, TroubleAlert } from '@ekoacteurs/ui';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import type { Trouble } from '../shared/outcome.ts';

export function EditorForm({
  label,
  onSubmit,
  trouble,
  sending,
  onCancel,
  children,
}: {
  /** The form's name for assistive technologies, when the fields' labels do not say what is edited. */
  label?: string;
  onSubmit: (event: FormEvent) => void;
  trouble: Trouble | null;
  sending: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate className="panel" aria-label={label}>
      {children}
      <TroubleAlert trouble={trouble} />
      <FormActions
        sending={sending}
        submit={t('collectives.save')}
        onCancel={onCancel}
        cancel={t('collectives.cancel')}
      />
    </form>
  );
}
