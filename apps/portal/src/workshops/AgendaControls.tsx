// The agenda's controls (/agenda): upcoming or past, and filters by kind, format and skill. Loaded
// with the agenda screen only: the home's list of upcoming workshops does without them.
import { SkillsTaxonomyDocument, type WorkshopFormat, type WorkshopKind } from '@ekoacteurs/client';
import { SelectFilter } from '@ekoacteurs/ui';
import { useId } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import type { Filters } from './UpcomingWorkshops.tsx';

const KINDS: WorkshopKind[] = ['ATELIER', 'RENCONTRE', 'CO_CREATION'];
const FORMATS: WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

export function AgendaControls({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Partial<Filters>) => void;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const [{ data: skills }] = useQuery({ query: SkillsTaxonomyDocument });
  const english = language.startsWith('en');
  return (
    <div className="wk-controls">
      <div role="group" aria-label={t('workshops.filters.period')} className="wk-toggle">
        <button
          type="button"
          className={filters.past ? 'secondary' : undefined}
          aria-pressed={!filters.past}
          onClick={() => onChange({ past: false })}
        >
          {t('workshops.filters.upcoming')}
        </button>
        <button
          type="button"
          className={filters.past ? undefined : 'secondary'}
          aria-pressed={filters.past}
          onClick={() => onChange({ past: true })}
        >
          {t('workshops.filters.past')}
        </button>
      </div>
      <fieldset className="wk-filters">
        <legend>{t('workshops.filters.legend')}</legend>
        <SelectFilter
          className="wk-field"
          id={`${id}-kind`}
          label={t('workshops.filters.kind')}
          value={filters.kind}
          anyLabel={t('workshops.filters.allKinds')}
          values={KINDS}
          labelOf={(kind) => t(`workshops.kind.${kind}`)}
          onChange={(kind) => onChange({ kind })}
        />
        <SelectFilter
          className="wk-field"
          id={`${id}-format`}
          label={t('workshops.filters.format')}
          value={filters.format}
          anyLabel={t('workshops.filters.allFormats')}
          values={FORMATS}
          labelOf={(format) => t(`workshops.format.${format}`)}
          onChange={(format) => onChange({ format })}
        />
        <div className="wk-field">
          <label htmlFor={`${id}-skill`}>{t('workshops.filters.skill')}</label>
          <select
            id={`${id}-skill`}
            value={filters.skill}
            onChange={(event) => onChange({ skill: event.target.value })}
          >
            <option value="">{t('workshops.filters.allSkills')}</option>
            {[...(skills?.skills ?? [])]
              .sort((a, b) => (english ? a.nameEn : a.name).localeCompare(english ? b.nameEn : b.name, language))
              .map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {english ? skill.nameEn : skill.name}
                </option>
              ))}
          </select>
        </div>
      </fieldset>
    </div>
  );
}
