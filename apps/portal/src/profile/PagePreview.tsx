// The preview of a saved page, as visitors will see it: text sections from the API's sanitised
// HTML (raw HTML and unsafe links already removed by the server), the other sections as plain text.
import './catalogue.ts';
import type { MyPageFieldsFragment } from '@ekoacteurs/client';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';

export function PagePreview({ page }: { page: MyPageFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <article className="page-preview" aria-labelledby="page-preview-title">
      <h2 id="page-preview-title" className="preview-title">
        {page.title}
      </h2>
      {page.seoDescription && <p className="muted">{page.seoDescription}</p>}
      {page.sections.length === 0 && <p className="muted">{t('profile.page.previewEmpty')}</p>}
      {page.sections.map((section, index) => {
        switch (section.__typename) {
          case 'TextSection':
            return (
              <section key={index} className="preview-section">
                <h3>{section.title}</h3>
                {/* Sanitised by the API (TextSection.html): paragraphs, lists, quotes, code, tables, http(s)/mailto/tel links. */}
                <div className="preview-html" dangerouslySetInnerHTML={{ __html: section.html }} />
              </section>
            );
          case 'ServicesSection':
            return (
              <ItemsPreview
                key={index}
                title={t('profile.page.kind.SERVICES')}
                items={section.items.map((item) => ({ name: item.title, description: item.description }))}
              />
            );
          case 'ReferencesSection':
            return (
              <ItemsPreview
                key={index}
                title={t('profile.page.kind.REFERENCES')}
                items={section.items.map((item) => ({ name: item.client, description: item.description }))}
              />
            );
          case 'CallToActionSection':
            return (
              <p key={index} className="preview-section">
                {section.action === 'URL' && section.url ? (
                  <a className="button" href={section.url} rel="noopener noreferrer nofollow" target="_blank">
                    {section.label}
                  </a>
                ) : (
                  <span className="button" aria-describedby={`cta-note-${index}`}>
                    {section.label}
                  </span>
                )}
                {section.action === 'CONTACT' && (
                  <span id={`cta-note-${index}`} className="hint muted">
                    {' '}
                    {t('profile.page.ctaContactNote')}
                  </span>
                )}
              </p>
            );
          default:
            return null;
        }
      })}
    </article>
  );
}

/** A section of named items (services, references): each name in bold, its description under it. */
function ItemsPreview({
  title,
  items,
}: {
  title: string;
  items: readonly { name: string; description?: string | null }[];
}) {
  return (
    <section className="preview-section">
      <h3>{title}</h3>
      <ul>
        {items.map((item, position) => (
          <li key={position}>
            <strong>{item.name}</strong>
            {item.description && <p className="pre-line">{item.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
