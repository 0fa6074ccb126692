// What closes and opens a form, the same everywhere: the submit button (disabled, and saying
// "Envoi…", while the form is being sent), the actions row under a form (submit, then an optional
// secondary button such as Cancel), and the button that opens a form kept folded until wanted.
import type { ReactNode } from 'react';
import { useTranslation } from './i18n.ts';

export interface SubmitButtonProps {
  /** The form is being sent: the button is disabled and says so. */
  sending: boolean;
  children: ReactNode;
  className?: string;
  /** Disabled for another reason than sending. */
  disabled?: boolean;
}

export function SubmitButton({ sending, children, className, disabled }: SubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={className} disabled={sending || disabled}>
      {sending ? t('kit.sending') : children}
    </button>
  );
}

export interface FormActionsProps {
  sending: boolean;
  /** The submit button's words. */
  submit: ReactNode;
  /** A secondary action after the submit button (e.g. Cancel); its words default to "Annuler". */
  onCancel?: () => void;
  cancel?: ReactNode;
}

export function FormActions({ sending, submit, onCancel, cancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <p className="actions">
      <SubmitButton sending={sending}>{submit}</SubmitButton>
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {cancel ?? t('kit.cancel')}
        </button>
      )}
    </p>
  );
}

export interface FormOpenerProps {
  /** The id the folded form's trigger keeps (focus returns to it when the form closes). */
  id: string;
  onOpen: () => void;
  children: ReactNode;
}

/** The button standing where a folded form opens. */
export function FormOpener({ id, onOpen, children }: FormOpenerProps) {
  return (
    <p>
      <button id={id} type="button" aria-expanded="false" onClick={onOpen}>
        {children}
      </button>
    </p>
  );
}
