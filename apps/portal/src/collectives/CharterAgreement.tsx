// The box a member ticks to accept a collective's charter before joining it (from its page or from
// an invitation), with the error said next to it when they try to go on without ticking it.
import { useTranslation } from 'react-i18next';

export function CharterAgreement(props: {
  /** Prefix of the box's id and of its error's. */
  base: string;
  name: string;
  agreed: boolean;
  /** They tried to go on without ticking it. */
  mustAgree: boolean;
  onChange(agreed: boolean): void;
}) {
  const { t } = useTranslation();
  const { base, name, agreed, mustAgree, onChange } = props;
  return (
    <>
      <label className="checkbox">
        <input
          id={`${base}-agree`}
          type="checkbox"
          checked={agreed}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={mustAgree}
          aria-describedby={mustAgree ? `${base}-agree-error` : undefined}
        />
        {t('collectives.charter.accept', { name })}
      </label>
      {mustAgree && (
        <p id={`${base}-agree-error`} className="field-error">
          {t('collectives.charter.mustAccept')}
        </p>
      )}
    </>
  );
}
