// /reseau: the directory seen from inside. A search box (accents and case ignored by the API),
// filters by domain, skill, region and pace that combine, all kept in the address so a search can
// be shared; results a page at a time ("Voir plus"); and suggestions for you, each with its reason.
import './catalogue.ts';
import { DirectoryMembersDocument, SkillsTaxonomyDocument, type SkillDomain } from '@ekoacteurs/client';
import { CheckboxGroup, LiveStatus, LoadFailed, REGIONS, ScreenTitle, Skeleton, useFocusSoon } from '@ekoacteurs/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { NETWORK_PATHS } from '../shared/paths.ts';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { MemberCard } from './MemberCard.tsx';
import { filtersFromSearch, hasFilters, searchOf, toggle, type DirectoryFilters } from './filters.ts';
import { Suggestions } from './Suggestions.tsx';
import './network.css';

export const PAGE_SIZE = 20;
const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
const PACES = ['AVAILABLE', 'STEADY', 'LIMITED', 'PAUSED'] as const;

export function DirectoryPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const apply = (next: DirectoryFilters) => navigate(`${NETWORK_PATHS.directory}${searchOf(next)}`);

  return (
    <div className="net-screen">
      <ScreenTitle id="directory-title">{t('network.directory.title')}</ScreenTitle>
      <p className="lead-small">{t('network.directory.intro')}</p>
      <FiltersForm filters={filters} onApply={apply} />
      <Results
        key={searchOf(filters)}
        filters={filters}
        onReset={() => apply({ q: '', domains: [], regions: [], skills: [], paces: [] })}
      />
      <Suggestions />
    </div>
  );
}

function FiltersForm({ filters, onApply }: { filters: DirectoryFilters; onApply: (next: DirectoryFilters) => void }) {
  const { t, language } = useTranslation();
  // What is typed in the box, until the address changes (back button, a shared link, "clear").
  const [typed, setTyped] = useState({ base: filters.q, value: filters.q });
  const q = typed.base === filters.q ? typed.value : filters.q;
  const setQ = (value: string) => setTyped({ base: filters.q, value });
  const [{ data: taxonomy }] = useQuery({ query: SkillsTaxonomyDocument });
  const tooLong = q.trim().length > (NETWORK_RULES.search.max ?? 200);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tooLong) onApply({ ...filters, q });
  };
  const count = filters.domains.length + filters.regions.length + filters.skills.length + filters.paces.length;

  return (
    <form
      role="search"
      aria-label={t('network.directory.searchLabel')}
      onSubmit={submit}
      className="directory-search"
      noValidate
    >
      <div className="search-row">
        <label htmlFor="directory-q">{t('network.directory.searchField')}</label>
        <p id="directory-q-hint" className="hint muted">
          {t('network.directory.searchHint')}
        </p>
        <div className="search-inline">
          <input
            id="directory-q"
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            aria-describedby={`directory-q-hint${tooLong ? ' directory-q-error' : ''}`}
            aria-invalid={tooLong}
          />
          <button type="submit">{t('network.directory.search')}</button>
        </div>
        {tooLong && (
          <p id="directory-q-error" className="field-error">
            {t('network.form.tooLong', { max: 200, count: q.trim().length })}
          </p>
        )}
      </div>
      <details className="filters-panel" open={count > 0 || undefined}>
        <summary>
          {count > 0 ? t('network.directory.filtersActive', { count }) : t('network.directory.filters')}
        </summary>
        <div className="filters-grid">
          <CheckboxGroup
            id="directory-domains"
            legend={t('network.directory.domains')}
            values={DOMAINS}
            selected={filters.domains}
            labelOf={(domain) => t(`domains.${domain}`)}
            onChange={(domains) => onApply({ ...filters, q, domains })}
          />
          <CheckboxGroup
            id="directory-paces"
            legend={t('network.directory.pace')}
            values={PACES}
            selected={filters.paces}
            labelOf={(pace) => t(`network.pace.${pace}`)}
            onChange={(paces) => onApply({ ...filters, q, paces })}
          />
          <CheckboxGroup
            id="directory-regions"
            className="scroll-list"
            legend={t('network.directory.regions')}
            values={REGIONS}
            selected={filters.regions}
            labelOf={(region) => region}
            onChange={(regions) => onApply({ ...filters, q, regions })}
          />
          <fieldset className="scroll-list">
            <legend>{t('network.directory.skills')}</legend>
            {!taxonomy && <Skeleton />}
            {DOMAINS.map((domain) => {
              const skills = taxonomy?.skills.filter((skill) => skill.domain === domain) ?? [];
              if (skills.length === 0) return null;
              return (
                <div key={domain} role="group" aria-label={t(`domains.${domain}`)}>
                  <p className="eyebrow">{t(`domains.${domain}`)}</p>
                  {skills.map((skill) => (
                    <label key={skill.id} className="checkbox block">
                      <input
                        type="checkbox"
                        checked={filters.skills.includes(skill.slug)}
                        onChange={(event) =>
                          onApply({ ...filters, q, skills: toggle(filters.skills, skill.slug, event.target.checked) })
                        }
                      />{' '}
                      {language === 'en' ? skill.nameEn : skill.name}
                    </label>
                  ))}
                </div>
              );
            })}
          </fieldset>
        </div>
      </details>
    </form>
  );
}

function Results({ filters, onReset }: { filters: DirectoryFilters; onReset: () => void }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [after, setAfter] = useState<string | null>(null);
  // Skills travel by slug in the address; the API wants their ids.
  const [{ data: taxonomy, error: taxonomyError }] = useQuery({
    query: SkillsTaxonomyDocument,
    pause: filters.skills.length === 0,
  });
  const skillIds = filters.skills.length
    ? taxonomy?.skills.filter((skill) => filters.skills.includes(skill.slug)).map((skill) => skill.id)
    : undefined;
  const waitingForSkills = filters.skills.length > 0 && !taxonomy;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DirectoryMembersDocument,
    variables: {
      search: filters.q.trim() || null,
      domains: filters.domains.length ? filters.domains : null,
      regions: filters.regions.length ? filters.regions : null,
      pace: filters.paces.length ? filters.paces : null,
      // A slug that no longer exists matches nobody, as the API does with an unknown id.
      skills: skillIds
        ? skillIds.length
          ? skillIds
          : ['U2tpbGw6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw']
        : null,
      first: PAGE_SIZE,
      after,
    },
    pause: waitingForSkills,
  });
  const members = data?.members;
  const edges = members?.edges ?? [];

  const summary = members
    ? members.totalCount === 0
      ? null
      : t('network.directory.count', { count: members.totalCount })
    : null;

  return (
    <section aria-labelledby="directory-results" className="directory-results">
      <h2 id="directory-results">
        {hasFilters(filters) ? t('network.directory.results') : t('network.directory.everyone')}
      </h2>
      <LiveStatus message={summary} />
      {(taxonomyError || (error && !data)) && (
        <LoadFailed
          message={t('network.directory.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {(waitingForSkills || (fetching && !data)) && !error && <Skeleton label={t('network.directory.searching')} />}
      {members && members.totalCount === 0 && (
        <div className="notice">
          <p>{hasFilters(filters) ? t('network.directory.none') : t('network.directory.empty')}</p>
          {hasFilters(filters) && (
            <button type="button" className="secondary" onClick={onReset}>
              {t('network.directory.reset')}
            </button>
          )}
        </div>
      )}
      {edges.length > 0 && (
        <ul className="cards">
          {edges.map(({ node }, index) => (
            <li key={node.id} className="card">
              <MemberCard member={node} id={`directory-result-${index}`} />
            </li>
          ))}
        </ul>
      )}
      {members?.pageInfo.hasNextPage && (
        <p className="actions">
          <button
            type="button"
            className="secondary"
            disabled={fetching}
            onClick={() => {
              // Focus goes to the first member of the next page as soon as it shows.
              focusSoon(`directory-result-${edges.length}`);
              setAfter(members.pageInfo.endCursor);
            }}
          >
            {fetching
              ? t('common.loading')
              : t('network.directory.more', { shown: edges.length, total: members.totalCount })}
          </button>
        </p>
      )}
    </section>
  );
}
