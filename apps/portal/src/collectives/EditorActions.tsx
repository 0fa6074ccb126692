// The end of a collective's inline editor (its details, an agreement, a member, a commitment): what
// went wrong, then "Enregistrer" and "Annuler".
import { FormActions, TroubleAlert } from '@ekoacteurs/ui';
import { useTranslation } from 'react-i18next';
import type { Trouble } from '../shared/outcome.ts';

export function EditorActions({
  trouble,
  sending,
  onCancel,
}: {
  trouble: Trouble | null;
  sending: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TroubleAlert trouble={trouble} />
      <FormActions
        sending={sending}
        submit={t('collectives.save')}
        onCancel={onCancel}
        cancel={t('collectives.cancel')}
      />
    </>
  );
}
