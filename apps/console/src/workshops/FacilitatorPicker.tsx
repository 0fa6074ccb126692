// Choosing who leads a workshop: search active members by name or skill, add them, remove them.
import { FacilitatorSearchDocument } from '@ekoacteurs/client';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';

export interface Facilitator {
  id: string;
  displayName: string;
}

export const MAX_FACILITATORS = 10;

export function FacilitatorPicker({
  value,
  onChange,
  error,
}: {
  value: Facilitator[];
  onChange: (value: Facilitator[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: FacilitatorSearchDocument,
    variables: { search, first: 8 },
    pause: search.length < 2,
  });
  const results = (data?.members?.edges ?? [])
    .map((edge) => edge.node)
    .filter((member) => !value.some((chosen) => chosen.id === member.id));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches instead of submitting the workshop form.
    if (event.key === 'Enter') {
      event.preventDefault();
      setSearch(draft.trim());
    }
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('editor.facilitators')}</legend>
      {value.length > 0 ? (
        <ul className="chosen">
          {value.map((member) => (
            <li key={member.id}>
              {member.displayName}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(value.filter((m) => m.id !== member.id))}
              >
                {t('editor.removeFacilitator', { name: member.displayName })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('editor.noFacilitator')}</p>
      )}
      <label htmlFor={`${id}-search`}>{t('editor.findMember')}</label>
      <div className="inline-search">
        <input
          id={`${id}-search`}
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={200}
        />
        <button type="button" className="secondary" onClick={() => setSearch(draft.trim())}>
          {t('editor.searchMember')}
        </button>
      </div>
      <div aria-live="polite">
        {fetching && <p className="muted">{t('common.loading')}</p>}
        {search.length >= 2 && !fetching && results.length === 0 && (
          <p className="muted">{t('editor.noMemberFound', { search })}</p>
        )}
        {results.length > 0 && (
          <ul className="results">
            {results.map((member) => (
              <li key={member.id}>
                {member.displayName} <span className="muted">{member.region}</span>{' '}
                <button
                  type="button"
                  className="secondary small-button"
                  disabled={value.length >= MAX_FACILITATORS}
                  onClick={() => onChange([...value, { id: member.id, displayName: member.displayName }])}
                >
                  {t('editor.addFacilitator', { name: member.displayName })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
