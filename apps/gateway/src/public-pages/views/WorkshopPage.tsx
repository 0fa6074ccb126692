// A workshop's public page: when, where, seats left, what it is about, who leads it. Registering
// happens in the portal (members only); the .ics file adds it to any calendar.
import { markdownToHtml } from '../../markdown/index.ts';
import { workshopIcsUrl } from '../../calendar/urls.ts';
import type { WorkshopPageData } from '../data/workshops.ts';
import { formatRange, skillName } from '../i18n.ts';
import { MemberCards, SeatsBadge } from './cards.tsx';
import { useEnv } from './env.tsx';

export function WorkshopPage({ data, now }: { data: WorkshopPageData; now: Date }) {
  const { t, lang, publicUrl } = useEnv();
  const { workshop } = data;
  const past = workshop.status === 'COMPLETED' || workshop.endsAt < now;
  const description = markdownToHtml(workshop.description);
  return (
    <article>
      <p className="eyebrow">{t(`workshopKind.${workshop.kind}`)}</p>
      <h1>{workshop.title}</h1>
      {past ? <p className="notice">{t('workshop.past')}</p> : null}
      <dl className="facts">
        <dt>{t('workshop.when')}</dt>
        <dd>
          <time dateTime={workshop.startsAt.toISOString()}>
            {formatRange(lang, workshop.startsAt, workshop.endsAt, workshop.timeZone)}
          </time>
        </dd>
        <dt>{t('workshop.where')}</dt>
        <dd>
          {t(`workshopFormat.${workshop.format}`)}
          {workshop.format !== 'ONLINE' && workshop.place ? ` — ${workshop.place}` : ''}
          {workshop.format !== 'IN_PERSON' ? (
            <>
              <br />
              {t('workshop.online')}
            </>
          ) : null}
        </dd>
        {!past ? (
          <>
            <dt>{t('workshop.seats')}</dt>
            <dd>
              <SeatsBadge workshop={workshop} /> ({t('workshop.free')})
            </dd>
          </>
        ) : null}
      </dl>
      {!past ? (
        <>
          <p className="actions">
            <a className="button" href="/agenda">
              {t('workshop.register')}
            </a>
            <a className="button secondary" href={workshopIcsUrl(publicUrl.replace(/\/$/, ''), workshop.slug)}>
              {t('workshop.ics')}
            </a>
          </p>
          <p className="muted">{t('workshop.registerNote')}</p>
        </>
      ) : null}
      {description ? (
        <section aria-labelledby="presentation">
          <h2 id="presentation">{t('workshop.about')}</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: description }} />
        </section>
      ) : null}
      {data.facilitators.length ? (
        <section aria-labelledby="animation">
          <h2 id="animation">{t('workshop.facilitators')}</h2>
          <MemberCards members={data.facilitators} />
        </section>
      ) : null}
      {data.skills.length ? (
        <section aria-labelledby="competences">
          <h2 id="competences">{t('workshop.skills')}</h2>
          <ul className="tags">
            {data.skills.map((skill) => (
              <li key={skill.slug}>{skillName(lang, skill)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
