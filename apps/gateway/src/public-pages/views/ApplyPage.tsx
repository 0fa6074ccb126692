// "Rejoindre la fédération" without JavaScript: the application form, posted to /candidature, which
// answers with a redirect to the thanks (?envoyee=1) or with this page again, everything typed kept and
// each problem, in the page's language, next to its field and listed at the top.
import type { SkillDomain } from '@ekoacteurs/db';
import type { ApplyField, ApplyProblem, ApplyValues } from '../apply.ts';
import { skillName } from '../i18n.ts';
import { paths } from '../urls.ts';
import { useEnv } from './env.tsx';
import { FormEnd } from './FormEnd.tsx';
import { APPLY_LIMITS } from '../../schema/identity/apply.ts';

export interface ApplyFormState {
  token: string;
  values?: ApplyValues;
  problems?: ApplyProblem[];
  sent?: boolean;
}

export interface ApplySkill {
  id: string;
  name: string;
  nameEn: string;
  domain: SkillDomain;
}

const ID: Record<Exclude<ApplyField, 'form'>, string> = {
  displayName: 'candidature-nom',
  email: 'candidature-email',
  region: 'candidature-region',
  city: 'candidature-ville',
  skillIds: 'candidature-competences',
  motivation: 'candidature-motivation',
};

/** An address with a dot in its domain, as the server's rule wants (leonie@exemple is refused). */
const EMAIL_PATTERN = '[^@\\s]+@[^@\\s]+\\.[^@\\s]+';

export function ApplyPage({ skills, state }: { skills: ApplySkill[]; state: ApplyFormState }) {
  const { t, lang, href } = useEnv();
  if (state.sent) {
    return (
      <>
        <h1>{t('apply.title')}</h1>
        <p className="notice" role="status" id="candidature-envoyee">
          {t('apply.sent')}
        </p>
        <p className="actions">
          <a className="button secondary" href={href(paths.home)}>
            {t('errors.backHome')}
          </a>
        </p>
      </>
    );
  }
  const problems = state.problems ?? [];
  const values = state.values;
  const problemOf = (field: ApplyField) => problems.find((problem) => problem.field === field);
  const described = (field: Exclude<ApplyField, 'form'>, hint?: boolean) =>
    [problemOf(field) ? `${ID[field]}-erreur` : '', hint ? `${ID[field]}-aide` : ''].filter(Boolean).join(' ') ||
    undefined;
  const input = (field: 'displayName' | 'email' | 'region' | 'city', hint?: boolean) => ({
    id: ID[field],
    name: field,
    defaultValue: values?.[field] ?? '',
    'aria-invalid': problemOf(field) ? true : undefined,
    'aria-describedby': described(field, hint),
  });
  const errorOf = (field: Exclude<ApplyField, 'form'>) => {
    const problem = problemOf(field);
    return problem ? (
      <p className="field-error" id={`${ID[field]}-erreur`}>
        {problem.message}
      </p>
    ) : null;
  };
  /** A required one-line text field (its label, the input held to its lengths, its error). */
  const requiredText = (
    field: 'displayName' | 'region',
    autoComplete: string,
    minLength: number,
    maxLength: number,
  ) => (
    <>
      <label htmlFor={ID[field]}>{t(`apply.${field}`)}</label>
      <input
        {...input(field)}
        type="text"
        autoComplete={autoComplete}
        required
        minLength={minLength}
        maxLength={maxLength}
      />
      {errorOf(field)}
    </>
  );
  const domains = [...new Set(skills.map((skill) => skill.domain))];
  const checked = new Set(values?.skillIds ?? []);
  return (
    <>
      <h1>{t('apply.title')}</h1>
      <p className="lead">{t('apply.lead')}</p>
      {problems.length ? (
        <div className="notice notice-error" role="alert">
          <p>{t('apply.summary')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                {problem.field === 'form' ? problem.message : <a href={`#${ID[problem.field]}`}>{problem.message}</a>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={href(paths.apply)} className="apply-form">
        <input type="hidden" name="token" value={state.token} />
        {requiredText('displayName', 'name', APPLY_LIMITS.displayNameMin, APPLY_LIMITS.displayNameMax)}
        <label htmlFor={ID.email}>{t('apply.email')}</label>
        <input
          {...input('email', true)}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          pattern={EMAIL_PATTERN}
        />
        <p className="hint" id={`${ID.email}-aide`}>
          {t('apply.emailHint')}
        </p>
        {errorOf('email')}
        {requiredText('region', 'address-level1', APPLY_LIMITS.regionMin, APPLY_LIMITS.regionMax)}
        <label htmlFor={ID.city}>{t('apply.city')}</label>
        <input {...input('city')} type="text" autoComplete="address-level2" maxLength={APPLY_LIMITS.cityMax} />
        {errorOf('city')}
        <fieldset
          id={ID.skillIds}
          aria-describedby={described('skillIds', true)}
          aria-invalid={problemOf('skillIds') ? true : undefined}
        >
          <legend>{t('apply.skills')}</legend>
          <p className="hint" id={`${ID.skillIds}-aide`}>
            {t('apply.skillsHint')}
          </p>
          {errorOf('skillIds')}
          {domains.map((domain) => (
            <fieldset key={domain} className="skill-group">
              <legend>{t(`domains.${domain}`)}</legend>
              {skills
                .filter((skill) => skill.domain === domain)
                .map((skill) => (
                  <label key={skill.id} className="check">
                    <input type="checkbox" name="skillIds" value={skill.id} defaultChecked={checked.has(skill.id)} />{' '}
                    {skillName(lang, skill)}
                  </label>
                ))}
            </fieldset>
          ))}
        </fieldset>
        <label htmlFor={ID.motivation}>{t('apply.motivation')}</label>
        {/* No maxlength: the browser would cut a pasted text silently; the limit is said, and checked. */}
        <textarea
          id={ID.motivation}
          name="motivation"
          defaultValue={values?.motivation ?? ''}
          aria-invalid={problemOf('motivation') ? true : undefined}
          aria-describedby={described('motivation', true)}
          rows={8}
          required
          minLength={APPLY_LIMITS.motivationMin}
        />
        <p className="hint" id={`${ID.motivation}-aide`}>
          {t('apply.motivationHint')}
        </p>
        {errorOf('motivation')}
        <FormEnd trapId="candidature-website" trapLabel={t('contact.honeypot')} submit={t('apply.submit')} />
      </form>
    </>
  );
}
