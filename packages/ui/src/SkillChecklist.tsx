// Skills to tick, under their domain's name (in the order given; a domain without skills is left
// out), each skill in the reader's language; with `max`, the others are disabled once that many
// are ticked. The fieldset and its legend are the form's.
import { useTranslation } from './i18n.ts';

export interface ChecklistSkill {
  id: string;
  name: string;
  nameEn: string;
  domain: string;
}

export function SkillChecklist<Domain extends string>({
  skills,
  domains,
  domainLabel,
  selected,
  onChange,
  max,
}: {
  skills: readonly ChecklistSkill[];
  domains: readonly Domain[];
  domainLabel: (domain: Domain) => string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  max?: number;
}) {
  const { language } = useTranslation();
  return domains.map((domain) => {
    const inDomain = skills.filter((skill) => skill.domain === domain);
    if (inDomain.length === 0) return null;
    return (
      <div key={domain} className="skill-group">
        <p className="eyebrow">{domainLabel(domain)}</p>
        {inDomain.map((skill) => {
          const ticked = selected.includes(skill.id);
          return (
            <label key={skill.id} className="checkbox">
              <input
                type="checkbox"
                checked={ticked}
                disabled={!ticked && max !== undefined && selected.length >= max}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, skill.id] : selected.filter((id) => id !== skill.id))
                }
              />{' '}
              {language === 'en' ? skill.nameEn : skill.name}
            </label>
          );
        })}
      </div>
    );
  });
}
