// A member's public page: who they are (from their profile), their published sections, skills by
// domain, the public part of their cooperation card, their collectives and upcoming workshops,
// and how to reach them (the form for visitors, the portal's introduction request for members).
import type { SkillDomain } from '@ekoacteurs/db';
import { httpUrl } from '../../markdown/index.ts';
import { isUploadedPhoto } from '../../photos/store.ts';
import type { MemberPageData } from '../data/member.ts';
import { skillName } from '../i18n.ts';
import { paths } from '../urls.ts';
import { CollectiveCards, WorkshopCards } from './cards.tsx';
import { ContactForm, type ContactFormState } from './ContactForm.tsx';
import { useEnv } from './env.tsx';
import { Sections } from './Sections.tsx';

/** `contact`: the visitors' form state, or null for a signed-in member (who gets the portal link). */
export function MemberPage({ data, contact }: { data: MemberPageData; contact: ContactFormState | null }) {
  const { t, lang } = useEnv();
  const { member, page } = data;
  // An uploaded photo's address is on this site (/photos/…); any other must be a plain http(s) URL.
  const avatar = isUploadedPhoto(member.avatarUrl)
    ? member.avatarUrl
    : member.avatarUrl
      ? httpUrl(member.avatarUrl)
      : null;
  const place = [member.city, member.region].filter(Boolean).join(', ');
  const domains = [...new Set(data.skills.map((skill) => skill.domain))] as SkillDomain[];
  const card = [
    [t('member.canDo'), member.canDo],
    [t('member.cannotDo'), member.cannotDo],
    [t('member.wishes'), member.wishes],
  ].filter(([, text]) => text);
  return (
    <article>
      <div className="profile">
        {avatar ? <img className="avatar" src={avatar} alt="" width={96} height={96} /> : null}
        <div>
          <h1>{page.title || member.displayName}</h1>
          {page.title && page.title !== member.displayName ? <p className="eyebrow">{member.displayName}</p> : null}
          {member.headline ? <p className="lead">{member.headline}</p> : null}
        </div>
      </div>
      <dl className="facts">
        {place ? (
          <>
            <dt>{t('member.location')}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {member.pace ? (
          <>
            <dt>{t('member.pace')}</dt>
            <dd>
              {t(`pace.${member.pace}`)}
              {member.paceNote ? ` — ${member.paceNote}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="actions">
        <a className="button" href="#contact">
          {t('contact.title')}
        </a>
      </p>

      <Sections sections={page.sections} contactHref="#contact" />

      {domains.length ? (
        <section aria-labelledby="competences">
          <h2 id="competences">{t('member.skills')}</h2>
          {domains.map((domain) => (
            <div key={domain}>
              <h3>{t(`domains.${domain}`)}</h3>
              <ul className="tags">
                {data.skills
                  .filter((skill) => skill.domain === domain)
                  .map((skill) => (
                    <li key={skill.slug}>
                      {skillName(lang, skill)} <span className="muted">· {t(`levels.${skill.level}`)}</span>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {card.length ? (
        <section aria-labelledby="carte">
          <h2 id="carte">{t('member.card')}</h2>
          <dl>
            {card.map(([label, text]) => (
              <div key={label}>
                <dt>
                  <strong>{label}</strong>
                </dt>
                <dd className="pre-line">{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {data.collectives.length ? (
        <section aria-labelledby="collectifs">
          <h2 id="collectifs">{t('member.collectives')}</h2>
          <CollectiveCards collectives={data.collectives} />
        </section>
      ) : null}

      {data.workshops.length ? (
        <section aria-labelledby="ateliers">
          <h2 id="ateliers">{t('member.workshops')}</h2>
          <WorkshopCards workshops={data.workshops} />
        </section>
      ) : null}

      <section id="contact" aria-labelledby="contact-title" className="contact">
        <h2 id="contact-title">
          {t('contact.title')} {member.displayName}
        </h2>
        {contact ? (
          <ContactForm handle={member.handle} displayName={member.displayName} state={contact} />
        ) : (
          <>
            <p>{t('contact.memberIntro')}</p>
            <p className="actions">
              <a className="button" href={paths.introduction(member.handle)}>
                {t('contact.memberLink')}
              </a>
            </p>
          </>
        )}
      </section>
    </article>
  );
}
