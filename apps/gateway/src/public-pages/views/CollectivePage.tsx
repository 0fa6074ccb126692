// A collective's public page: its public face and, when published, its page's sections.
import type { CollectivePageData } from '../data/collective.ts';
import { paths } from '../urls.ts';
import { MemberCards } from './cards.tsx';
import { useEnv } from './env.tsx';
import { Sections } from './Sections.tsx';

export function CollectivePage({ data }: { data: CollectivePageData }) {
  const { t, href } = useEnv();
  const { collective, page } = data;
  // A "contact" button leads to a coordinator who has a public page (and so a contact form).
  const coordinator = data.members.find((member) => member.coordinator && member.hasPage);
  const contactHref = coordinator ? `${href(paths.member(coordinator.handle))}#contact` : null;
  return (
    <article>
      <p className="eyebrow">{t('collective.kind')}</p>
      <h1>{page?.title || collective.name}</h1>
      {collective.purpose ? <p className="lead">{collective.purpose}</p> : null}
      {collective.region ? (
        <dl className="facts">
          <dt>{t('collective.region')}</dt>
          <dd>{collective.region}</dd>
        </dl>
      ) : null}
      {page ? <Sections sections={page.sections} contactHref={contactHref} /> : null}
      {data.members.length ? (
        <section aria-labelledby="membres">
          <h2 id="membres">{t('collective.members')}</h2>
          <MemberCards
            members={data.members.map((member) => ({
              ...member,
              note: member.coordinator ? t('collective.coordinator') : t('collective.memberRole'),
            }))}
          />
        </section>
      ) : null}
    </article>
  );
}
