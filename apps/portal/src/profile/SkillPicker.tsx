// The profile's skills: a searchable picker over the whole taxonomy (the kit's Combobox: type,
// ↓/↑, Enter), then the chosen skills, each with its level and a button to remove it. Controlled
// by the profile form, which saves them with the rest.
import './catalogue.ts';
import { SkillsTaxonomyDocument, type SkillDomain, type SkillLevel } from '@ekoacteurs/client';
import { Combobox, LoadFailed, Skeleton, type ComboboxOption } from '@ekoacteurs/ui';
import { useMemo } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { MAX_SKILLS } from '@ekoacteurs/contract/input-rules';

export const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
export const LEVELS: SkillLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];
/** The level a newly picked skill starts at (the member changes it beside the skill). */
const FIRST_LEVEL: SkillLevel = 'INTERMEDIATE';

export type Levels = Record<string, SkillLevel>;

export function SkillPicker({ levels, onChange }: { levels: Levels; onChange: (next: Levels) => void }) {
  const { t, language } = useTranslation();
  const [{ data, fetching, error }, reload] = useQuery({ query: SkillsTaxonomyDocument });
  const english = language.startsWith('en');
  const skills = useMemo(() => data?.skills ?? [], [data]);
  const options = useMemo<ComboboxOption[]>(
    () =>
      DOMAINS.flatMap((domain) =>
        skills
          .filter((skill) => skill.domain === domain)
          .map((skill) => ({
            value: skill.id,
            label: english ? skill.nameEn : skill.name,
            keywords: english ? skill.name : skill.nameEn,
            group: t(`domains.${domain}`),
          }))
          .sort((a, b) => a.label.localeCompare(b.label, language)),
      ),
    [skills, english, t, language],
  );
  const chosen = useMemo(() => new Set(Object.keys(levels)), [levels]);
  const count = chosen.size;
  const tooMany = count > MAX_SKILLS;
  const byId = new Map(skills.map((skill) => [skill.id, skill]));

  const remove = (id: string) => {
    const { [id]: _gone, ...rest } = levels;
    onChange(rest);
    // The button is gone: focus goes back to the picker rather than to the page's start.
    document.getElementById('profile-skill-search')?.focus();
  };

  return (
    <section aria-labelledby="profile-skills" className="panel">
      <h2 id="profile-skills">{t('profile.skills.title')}</h2>
      <p className="hint muted">{t('profile.skills.intro', { max: MAX_SKILLS })}</p>
      {fetching && !data && <Skeleton />}
      {error && !data && (
        <LoadFailed
          message={t('profile.skills.loadFailed')}
          onRetry={() => reload({ requestPolicy: 'network-only' })}
        />
      )}
      {data && (
        <>
          <Combobox
            id="profile-skill-search"
            label={t('profile.skills.add')}
            hint={t('profile.skills.addHint')}
            options={options}
            hidden={chosen}
            disabled={count >= MAX_SKILLS}
            onPick={(id) => onChange({ ...levels, [id]: FIRST_LEVEL })}
          />
          {count === 0 ? (
            <p className="muted">{t('profile.skills.empty')}</p>
          ) : (
            <ul className="chosen-skills" aria-label={t('profile.skills.chosen')}>
              {Object.entries(levels).map(([id, level]) => {
                const skill = byId.get(id);
                const name = skill ? (english ? skill.nameEn : skill.name) : id;
                return (
                  <li key={id}>
                    <span className="chosen-skill-name">
                      {name}
                      {skill && <span className="muted"> · {t(`domains.${skill.domain}`)}</span>}
                    </span>
                    <label className="visually-hidden" htmlFor={`profile-skill-${id}`}>
                      {t('profile.skills.levelOf', { name })}
                    </label>
                    <select
                      id={`profile-skill-${id}`}
                      value={level}
                      onChange={(event) => onChange({ ...levels, [id]: event.target.value as SkillLevel })}
                    >
                      {LEVELS.map((value) => (
                        <option key={value} value={value}>
                          {t(`network.level.${value}`)}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => remove(id)}
                      aria-label={t('profile.skills.removeOne', { name })}
                    >
                      {t('profile.skills.remove')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <p id="profile-skills-count" className={tooMany ? 'field-error' : 'hint muted'} tabIndex={-1}>
            {tooMany
              ? t('profile.skills.tooMany', { count, max: MAX_SKILLS })
              : t('profile.skills.count', { count, max: MAX_SKILLS })}
          </p>
        </>
      )}
    </section>
  );
}
