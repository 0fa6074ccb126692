// The box a member ticks to accept a collective's charter before joining it (from its page or from
// an invitation), with the error said next to it when they try to go on without ticking it, and
// its state (useCharterAgreement).
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

/** Ticked or not, and whether they tried to go on without ticking it (ticking it clears that). */
export function useCharterAgreement() {
  const [agreed, setAgreed] = useState(false);
  const [mustAgree, setMustAgree] = useState(false);
  return {
    agreed,
    mustAgree,
    /** They tried to go on without ticking it (or the API says the charter was not accepted). */
    demand: () => setMustAgree(true),
    onChange: (checked: boolean) => {
      setAgreed(checked);
      if (checked) setMustAgree(false);
    },
  };
}

export function CharterAgreement({
  base,
  name,
  agreement,
}: {
  /** Prefix of the box's id and of its error's. */
  base: string;
  name: string;
  /** Ticked or not, and whether they tried to go on without ticking it (useCharterAgreement). */
  agreement: Pick<ReturnType<typeof useCharterAgreement>, 'agreed' | 'mustAgree' | 'onChange'>;
}) {
  const { t } = useTranslation();
  const { agreed, mustAgree, onChange } = agreement;
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
