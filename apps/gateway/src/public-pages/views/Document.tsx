// The page frame every public page shares: head (title, description, canonical, OpenGraph,
// Twitter card, JSON-LD, the stylesheet) and body landmarks (header with the main navigation,
// main, footer). One h1 per page: the views write it, never the frame.
import type { ReactNode } from 'react';
import { serializeJsonLd } from '../json-ld.ts';
import { STYLESHEET_PATH } from '../styles.ts';
import { absolute, paths, withLang } from '../urls.ts';
import { useEnv } from './env.tsx';

export interface Head {
  title: string;
  description: string;
  /** The page's own path (and meaningful query), without lang. */
  canonicalPath: string;
  ogType?: 'website' | 'profile' | 'article';
  image?: string | null;
  jsonLd?: Record<string, unknown>[];
  /** Pages search engines should not keep (errors, search results). */
  noindex?: boolean;
}

type Section = 'home' | 'directory' | 'calendar' | null;

export function Document({ head, section, children }: { head: Head; section: Section; children: ReactNode }) {
  const { lang, t, publicUrl, href } = useEnv();
  const canonical = absolute(publicUrl, withLang(head.canonicalPath, lang));
  const description = head.description.length > 300 ? `${head.description.slice(0, 297)}…` : head.description;
  const current = (which: Section) => (section === which ? ('page' as const) : undefined);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <link rel="alternate" hrefLang="fr" href={absolute(publicUrl, head.canonicalPath)} />
        <link rel="alternate" hrefLang="en" href={absolute(publicUrl, withLang(head.canonicalPath, 'en'))} />
        <link rel="alternate" hrefLang="x-default" href={absolute(publicUrl, head.canonicalPath)} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:site_name" content={t('site.name')} />
        <meta property="og:locale" content={t('ogLocale')} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        {head.image ? <meta property="og:image" content={head.image} /> : null}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={head.title} />
        <meta name="twitter:description" content={description} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        {(head.jsonLd ?? []).map((data, index) => (
          <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#contenu">
          {t('site.skip')}
        </a>
        <header className="site-header">
          <a className="brand" href={href(paths.home)}>
            {/* The logo of the design system (packages/ui/src/logo.svg), served with the portal's files. */}
            <img className="brand-mark" src="/favicon.svg" alt="" width={28} height={28} />
            {t('site.name')}
            <small>{t('site.tagline')}</small>
          </a>
          <nav aria-label={t('site.mainNav')}>
            <ul className="nav-list">
              <li>
                <a href={href(paths.home)} aria-current={current('home')}>
                  {t('site.home')}
                </a>
              </li>
              <li>
                <a href={href(paths.directory)} aria-current={current('directory')}>
                  {t('site.directory')}
                </a>
              </li>
              <li>
                <a href={href(paths.calendar)} aria-current={current('calendar')}>
                  {t('site.calendar')}
                </a>
              </li>
              <li>
                <a href={paths.signIn}>{t('site.signIn')}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('site.footer')}</p>
          <nav aria-label={t('site.footerNav')}>
            <ul>
              <li>
                <a href={paths.apply}>{t('site.join')}</a>
              </li>
              <li>
                <a
                  href={withLang(head.canonicalPath, lang === 'fr' ? 'en' : 'fr')}
                  hrefLang={lang === 'fr' ? 'en' : 'fr'}
                  lang={lang === 'fr' ? 'en' : 'fr'}
                  aria-label={t('site.otherLanguageLabel')}
                >
                  {t('site.otherLanguage')}
                </a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}
