// A visibility page's sections, in order. Markdown becomes HTML through the shared renderer and
// sanitiser (markdown/), the only HTML these pages insert; everything else is text React escapes.
import { markdownToHtml } from '../../markdown/index.ts';
import type { StoredSection } from '../../schema/pages/page-sections.ts';
import { useEnv } from './env.tsx';

/** `contactHref`: where a CONTACT call to action leads (null: leave such buttons out). */
export function Sections({ sections, contactHref }: { sections: StoredSection[]; contactHref: string | null }) {
  const { t } = useEnv();
  return (
    <>
      {sections.map((section, index) => {
        switch (section.kind) {
          case 'TEXT':
            return (
              <section key={index}>
                {section.title ? <h2>{section.title}</h2> : null}
                <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(section.markdown) }} />
              </section>
            );
          case 'SERVICES':
            return section.items.length ? (
              <section key={index}>
                <h2>{t('member.services')}</h2>
                <ul className="cards">
                  {section.items.map((item, n) => (
                    <li className="card" key={n}>
                      <h3>{item.title}</h3>
                      {item.description ? <p className="pre-line">{item.description}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null;
          case 'REFERENCES':
            return section.items.length ? (
              <section key={index}>
                <h2>{t('member.references')}</h2>
                <ul className="cards">
                  {section.items.map((item, n) => (
                    <li className="card" key={n}>
                      <h3>{item.client}</h3>
                      {item.description ? <p className="pre-line">{item.description}</p> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null;
          case 'CALL_TO_ACTION': {
            if (!section.label) return null;
            if (section.action === 'URL' && section.url) {
              return (
                <p className="actions" key={index}>
                  <a className="button" href={section.url} rel="nofollow ugc noopener noreferrer">
                    {section.label}
                  </a>
                </p>
              );
            }
            return contactHref ? (
              <p className="actions" key={index}>
                <a className="button" href={contactHref}>
                  {section.label}
                </a>
              </p>
            ) : null;
          }
          default:
            return null;
        }
      })}
    </>
  );
}
