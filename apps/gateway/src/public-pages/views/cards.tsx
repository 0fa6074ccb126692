// Cards the pages share: a workshop, a member, a collective. Their heading level is given by the
// page, so the outline stays h1 → h2 → h3.
import type { WorkshopSummary } from '../data/workshops.ts';
import { seatsLeft } from '../data/public-workshop.ts';
import { formatRange } from '../i18n.ts';
import { paths } from '../urls.ts';
import { useEnv } from './env.tsx';

export function SeatsBadge({ workshop }: { workshop: { capacity: number; _count: { registrations: number } } }) {
  const { t } = useEnv();
  const left = seatsLeft(workshop);
  return left > 0 ? (
    <span className="badge">{t('workshop.seatsLeft', { count: left })}</span>
  ) : (
    <span className="badge badge-full">{t('workshop.full')}</span>
  );
}

export function WorkshopCards({ workshops }: { workshops: WorkshopSummary[] }) {
  const { t, lang, href } = useEnv();
  return (
    <ul className="cards">
      {workshops.map((workshop) => (
        <li className="card" key={workshop.slug}>
          <p className="eyebrow">{t(`workshopKind.${workshop.kind}`)}</p>
          <h3>
            <a href={href(paths.workshop(workshop.slug))}>{workshop.title}</a>
          </h3>
          <p>
            <time dateTime={workshop.startsAt.toISOString()}>
              {formatRange(lang, workshop.startsAt, workshop.endsAt, workshop.timeZone)}
            </time>
          </p>
          <p className="muted">
            {t(`workshopFormat.${workshop.format}`)}
            {workshop.format !== 'ONLINE' && workshop.place ? ` — ${workshop.place}` : ''}
          </p>
          <p>
            <SeatsBadge workshop={workshop} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export interface MemberCardData {
  handle: string;
  displayName: string;
  headline: string;
  city?: string;
  region?: string;
  /** A line under the name (e.g. the role in a collective). */
  note?: string;
  /** Short labels (e.g. skills), shown as tags. */
  tags?: string[];
  /** Link to the page only when it is public. */
  hasPage: boolean;
}

export function MemberCards({ members }: { members: MemberCardData[] }) {
  const { href } = useEnv();
  return (
    <ul className="cards">
      {members.map((member) => (
        <li className="card" key={member.handle}>
          <h3>
            {member.hasPage ? <a href={href(paths.member(member.handle))}>{member.displayName}</a> : member.displayName}
          </h3>
          {member.note ? <p className="eyebrow">{member.note}</p> : null}
          {member.headline ? <p>{member.headline}</p> : null}
          {member.city || member.region ? (
            <p className="muted">{[member.city, member.region].filter(Boolean).join(', ')}</p>
          ) : null}
          {member.tags?.length ? (
            <ul className="tags">
              {member.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function CollectiveCards({
  collectives,
}: {
  collectives: { slug: string; name: string; purpose: string; region?: string }[];
}) {
  const { href } = useEnv();
  return (
    <ul className="cards">
      {collectives.map((collective) => (
        <li className="card" key={collective.slug}>
          <h3>
            <a href={href(paths.collective(collective.slug))}>{collective.name}</a>
          </h3>
          {collective.purpose ? <p>{collective.purpose}</p> : null}
          {collective.region ? <p className="muted">{collective.region}</p> : null}
        </li>
      ))}
    </ul>
  );
}
