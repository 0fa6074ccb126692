// The visitors' contact form on a member page. Works without JavaScript: it posts to
// /membres/:handle/contact, which answers with a redirect back here (?message=envoye) or with this
// page again, the visitor's text kept and each problem linked to its field.
import { LIMITS, type ContactField, type ContactProblem } from '../contact-input.ts';
import { paths } from '../urls.ts';
import { useEnv } from './env.tsx';
import { FormEnd } from './FormEnd.tsx';

export interface ContactFormState {
  token: string;
  values?: { name: string; email: string; message: string };
  problems?: ContactProblem[];
  sent?: boolean;
}

const FIELD_IDS = { name: 'contact-name', email: 'contact-email', message: 'contact-message' } as const;

export function ContactForm({
  handle,
  displayName,
  state,
}: {
  handle: string;
  displayName: string;
  state: ContactFormState;
}) {
  const { t, href } = useEnv();
  const problems = state.problems ?? [];
  const problemOf = (field: Exclude<ContactField, 'form'>) => problems.find((problem) => problem.field === field);
  const field = (name: 'name' | 'email' | 'message') => {
    const problem = problemOf(name);
    return {
      id: FIELD_IDS[name],
      name,
      defaultValue: state.values?.[name] ?? '',
      required: true,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${FIELD_IDS[name]}-error` : undefined,
    };
  };
  const errorOf = (name: 'name' | 'email' | 'message') => {
    const problem = problemOf(name);
    return problem ? (
      <p className="field-error" id={`${FIELD_IDS[name]}-error`}>
        {t(`contact.errors.${problem.message}`)}
      </p>
    ) : null;
  };
  return (
    <>
      <p>{t('contact.visitorIntro')}</p>
      {state.sent ? (
        <p className="notice" role="status" id="contact-sent">
          {t('contact.sent', { name: displayName })}
        </p>
      ) : null}
      {problems.length ? (
        <div className="notice notice-error" role="alert">
          <p>{t('contact.summary')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                {problem.field === 'form' ? (
                  t(`contact.errors.${problem.message}`)
                ) : (
                  <a href={`#${FIELD_IDS[problem.field]}`}>{t(`contact.errors.${problem.message}`)}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={href(paths.memberContact(handle))}>
        <input type="hidden" name="token" value={state.token} />
        <label htmlFor={FIELD_IDS.name}>{t('contact.name')}</label>
        <input {...field('name')} type="text" autoComplete="name" maxLength={100} />
        {errorOf('name')}
        <label htmlFor={FIELD_IDS.email}>{t('contact.email')}</label>
        <input {...field('email')} type="email" autoComplete="email" maxLength={254} />
        {errorOf('email')}
        <label htmlFor={FIELD_IDS.message}>{t('contact.message')}</label>
        {/* No maxlength: the browser would cut a pasted text silently; the limit is said, and checked. */}
        <textarea
          {...field('message')}
          aria-describedby={[problemOf('message') ? `${FIELD_IDS.message}-error` : '', `${FIELD_IDS.message}-limit`]
            .filter(Boolean)
            .join(' ')}
          rows={6}
          minLength={LIMITS.messageMin}
        />
        <p className="hint" id={`${FIELD_IDS.message}-limit`}>
          {t('contact.messageLimit')}
        </p>
        {errorOf('message')}
        <FormEnd trapId="contact-website" trapLabel={t('contact.honeypot')} submit={t('contact.submit')} />
      </form>
    </>
  );
}
