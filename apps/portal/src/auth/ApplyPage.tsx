// Apply to join the federation: who you are, where, what you bring, why.
import { ApplyForMembershipDocument, SkillsTaxonomyDocument, type SkillDomain } from '@ekoacteurs/client';
import { Field, fieldErrorParts, fieldErrorsByName, REGIONS, SkillChecklist } from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';

const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
const MOTIVATION_MIN = 30;
const MOTIVATION_MAX = 3000;
/** As the server's rule: a domain with a dot (leonie.fabre@exemple is refused before sending). */
const EMAIL_PATTERN = String.raw`[^@\s]+@[^@\s]+\.[^@\s]+`;

export function ApplyPage() {
  const { t, language } = useTranslation();
  const [{ data: taxonomy, fetching: loadingSkills, error: skillsError }] = useQuery({ query: SkillsTaxonomyDocument });
  const [{ fetching: sending }, apply] = useMutation(ApplyForMembershipDocument);
  const [form, setForm] = useState({ displayName: '', email: '', region: '', city: '', motivation: '' });
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);

  const set = (name: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [name]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(false);
    const result = await apply({
      input: { ...form, city: form.city || null, skillIds, locale: language === 'en' ? 'EN' : 'FR' },
    });
    const payload = result.data?.applyForMembership;
    if (payload?.__typename === 'ApplyForMembershipSuccess') return setDone(true);
    if (payload?.__typename === 'ValidationError') return setErrors(fieldErrorsByName(payload.fieldErrors));
    setFailed(true);
  }

  if (done) {
    return (
      <section aria-labelledby="apply-done" className="narrow">
        <h1 id="apply-done">{t('apply.thanksTitle')}</h1>
        <p role="status">{t('apply.thanks')}</p>
      </section>
    );
  }

  const { error, describedBy } = fieldErrorParts('apply', errors);

  return (
    <section aria-labelledby="apply-title" className="narrow">
      <h1 id="apply-title">{t('apply.title')}</h1>
      <p>{t('apply.intro')}</p>
      <form onSubmit={submit}>
        <Field id="apply-displayName" label={t('apply.displayName')} required error={errors.displayName}>
          {(control) => (
            <input
              {...control}
              required
              minLength={2}
              maxLength={80}
              value={form.displayName}
              onChange={set('displayName')}
            />
          )}
        </Field>

        <Field id="apply-email" label={t('auth.email')} required error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              required
              pattern={EMAIL_PATTERN}
              value={form.email}
              onChange={set('email')}
            />
          )}
        </Field>

        <Field id="apply-region" label={t('apply.region')} required error={errors.region}>
          {(control) => (
            <select {...control} required value={form.region} onChange={set('region')}>
              <option value="">{t('apply.chooseRegion')}</option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {region}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id="apply-city" label={t('apply.city')}>
          {(control) => (
            <input {...control} maxLength={80} autoComplete="address-level2" value={form.city} onChange={set('city')} />
          )}
        </Field>

        <fieldset aria-describedby={describedBy('skillIds')}>
          <legend>{t('apply.skills')}</legend>
          {loadingSkills && <p role="status">{t('common.loading')}</p>}
          {skillsError && <p role="alert">{t('common.failed')}</p>}
          <SkillChecklist
            skills={taxonomy?.skills ?? []}
            domains={DOMAINS}
            domainLabel={(domain) => t(`domains.${domain}`)}
            selected={skillIds}
            onChange={setSkillIds}
          />
        </fieldset>
        {error('skillIds')}

        <label htmlFor="apply-motivation">{t('apply.motivation')}</label>
        <textarea
          id="apply-motivation"
          required
          rows={6}
          minLength={MOTIVATION_MIN}
          maxLength={MOTIVATION_MAX}
          value={form.motivation}
          onChange={set('motivation')}
          aria-invalid={!!errors.motivation}
          aria-describedby={`apply-motivation-count ${describedBy('motivation') ?? ''}`.trim()}
        />
        <p id="apply-motivation-count" className="muted">
          {t('apply.characters', { count: form.motivation.trim().length, min: MOTIVATION_MIN })}
        </p>
        {error('motivation')}

        {failed && (
          <p role="alert" className="field-error">
            {t('common.failed')}
          </p>
        )}
        <button type="submit" disabled={sending}>
          {sending ? t('common.sending') : t('apply.submit')}
        </button>
      </form>
    </section>
  );
}
