// The public directory: a search form that works as a plain GET (no JavaScript needed), the
// matching members, and numbered pages.
import type { SkillDomain } from '@ekoacteurs/db';
import { domainParam, isFiltered, type DirectoryPageData, type DirectoryQuery } from '../data/directory.ts';
import { skillName } from '../i18n.ts';
import { paths } from '../urls.ts';
import { directoryPath } from '../directory-path.ts';
import { MemberCards } from './cards.tsx';
import { useEnv } from './env.tsx';

/** Whether a filter other than the keywords is in use. */
function hasFilter(query: DirectoryQuery): boolean {
  return Boolean(query.region || query.domain || query.skill);
}

export function DirectoryPage({ data, query }: { data: DirectoryPageData; query: DirectoryQuery }) {
  const { t, lang, href } = useEnv();
  const domains = [...new Set(data.skills.map((skill) => skill.domain))] as SkillDomain[];
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.description')}</p>
      <form className="filters" method="get" action={paths.directory} role="search" aria-label={t('directory.filters')}>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <div>
          <label htmlFor="filtre-q">{t('directory.q')}</label>
          <input
            id="filtre-q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder={t('directory.qHint')}
            maxLength={200}
          />
        </div>
        {/* On a phone the filters fold under their summary (no JavaScript); open when one is in use. */}
        <details className="filters-more" open={hasFilter(query) || undefined}>
          <summary>{t('directory.moreFilters')}</summary>
          <div className="filters-fields">
            <div>
              <label htmlFor="filtre-region">{t('directory.region')}</label>
              <select id="filtre-region" name="region" defaultValue={query.region}>
                <option value="">{t('directory.any')}</option>
                {data.regions.map((region) => (
                  <option key={region} value={region}>
                    {region}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filtre-domaine">{t('directory.domain')}</label>
              <select id="filtre-domaine" name="domaine" defaultValue={query.domain ? domainParam(query.domain) : ''}>
                <option value="">{t('directory.any')}</option>
                {domains.map((domain) => (
                  <option key={domain} value={domainParam(domain)}>
                    {t(`domains.${domain}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filtre-competence">{t('directory.skill')}</label>
              <select id="filtre-competence" name="competence" defaultValue={query.skill}>
                <option value="">{t('directory.any')}</option>
                {domains.map((domain) => (
                  <optgroup key={domain} label={t(`domains.${domain}`)}>
                    {data.skills
                      .filter((skill) => skill.domain === domain)
                      .map((skill) => (
                        <option key={skill.slug} value={skill.slug}>
                          {skillName(lang, skill)}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
          </div>
        </details>
        <div>
          <button className="button" type="submit">
            {t('directory.submit')}
          </button>
        </div>
      </form>
      {isFiltered(query) ? (
        <p>
          <a href={href(paths.directory)}>{t('directory.reset')}</a>
        </p>
      ) : null}

      <section aria-labelledby="resultats">
        <h2 id="resultats">
          {isFiltered(query)
            ? t('directory.results', { count: data.total })
            : t('directory.listed', { count: data.total })}
        </h2>
        <p className="hint">{t('directory.whoIsListed')}</p>
        {data.entries.length ? (
          <MemberCards
            members={data.entries.map((entry) => ({
              ...entry,
              hasPage: true,
              note: entry.pace ? t(`pace.${entry.pace}`) : undefined,
              tags: entry.skills.map((skill) => skillName(lang, skill)),
            }))}
          />
        ) : (
          <p>{t('directory.none')}</p>
        )}
      </section>

      {data.pages > 1 ? (
        <nav className="pagination" aria-label={t('directory.pagination')}>
          {query.page > 1 ? (
            <a href={href(directoryPath({ ...query, page: query.page - 1 }))} rel="prev">
              {t('directory.previous')}
            </a>
          ) : null}
          <span>{t('directory.pageOf', { page: Math.min(query.page, data.pages), pages: data.pages })}</span>
          {query.page < data.pages ? (
            <a href={href(directoryPath({ ...query, page: query.page + 1 }))} rel="next">
              {t('directory.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
