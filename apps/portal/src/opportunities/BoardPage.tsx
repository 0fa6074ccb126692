// The opportunity board (appels d'offres, projets, demandes et offres d'aide): filters by kind,
// status, skill, region and words (kept in the address, so a filtered board can be shared and
// comes back with the back button), posting an opportunity, and "my opportunities".
import './catalogue.ts';
import {
  MyOpportunitiesDocument,
  OpportunityBoardDocument,
  SkillsTaxonomyDocument,
  type OpportunityBoardQuery,
  type OpportunityKind,
  type OpportunityStatus,
} from '@ekoacteurs/client';
import { LoadFailed, ScreenTitle, FiltersBar, SelectFilter, Skeleton, SearchFilter } from '@ekoacteurs/ui';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useTypedSearch } from '../shared/useTypedSearch.ts';
import { useQuery } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { formatDate, formatDateTime } from '../shared/dates.ts';
import { CardsPage, usePages, type PageEnd, useListPage, ShowMore } from '../shared/pages.tsx';
import { RegionFilter } from '../shared/RegionFilter.tsx';
import { opportunityPath } from './paths.ts';
import { PostOpportunityForm } from './PostOpportunityForm.tsx';
import { KINDS, STATUSES } from './rules.ts';
import { KindAndStatus } from './KindAndStatus.tsx';
import './opportunities.css';

const PAGE_SIZE = 20;
const SEARCH_MAX = 200;
const DOMAINS = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'] as const;

type Card = NonNullable<OpportunityBoardQuery['opportunities']>['edges'][number]['node'];

interface Filters {
  kind: OpportunityKind | '';
  status: OpportunityStatus | '';
  skill: string;
  region: string;
  search: string;
}

// Names in the address (French, like the routes).
const PARAMS = { kind: 'type', status: 'statut', skill: 'competence', region: 'region', search: 'q' } as const;

function filtersFrom(params: URLSearchParams): Filters {
  const kind = params.get(PARAMS.kind) ?? '';
  const status = params.get(PARAMS.status) ?? '';
  return {
    kind: (KINDS as string[]).includes(kind) ? (kind as OpportunityKind) : '',
    status: (STATUSES as string[]).includes(status) ? (status as OpportunityStatus) : '',
    skill: params.get(PARAMS.skill) ?? '',
    region: params.get(PARAMS.region) ?? '',
    search: (params.get(PARAMS.search) ?? '').slice(0, SEARCH_MAX),
  };
}

export function BoardPage() {
  const { t } = useTranslation();
  const [address, setParams] = useSearchParams();
  const filters = filtersFrom(address);
  // Typing searches once it pauses; the address follows.
  const [typed, setTyped] = useTypedSearch(filters.search, (search) => setFilter('search', search), SEARCH_MAX, 350);
  const { pages, report, more, total, loadMore, reset } = usePages();
  const key = JSON.stringify(filters);
  const [{ data: taxonomy }] = useQuery({ query: SkillsTaxonomyDocument });

  // A new set of filters starts again from the first page; a search in the address (back button,
  // shared link) shows in the search field.
  const [seen, setSeen] = useState({ key, search: filters.search });
  if (seen.key !== key) {
    setSeen({ key, search: filters.search });
    reset();
    if (seen.search !== filters.search && typed.trim() !== filters.search) setTyped(filters.search);
  }

  function setFilter(name: keyof Filters, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(PARAMS[name], value);
        else next.delete(PARAMS[name]);
        return next;
      },
      { replace: true },
    );
  }

  const filtered = Object.values(filters).some(Boolean);

  return (
    <section aria-labelledby="board-title" className="co-screen opportunities">
      <ScreenTitle id="board-title">{t('opportunities.board.title')}</ScreenTitle>
      <p className="lead-small">{t('opportunities.board.intro')}</p>

      <PostOpportunityForm />

      <FiltersBar label={t('opportunities.board.filters')}>
        <SearchFilter
          className="field"
          id="board-search"
          label={t('opportunities.board.search')}
          value={typed}
          maxLength={SEARCH_MAX}
          onChange={setTyped}
        />
        <SelectFilter
          className="field"
          id="board-kind"
          label={t('opportunities.fields.kind')}
          value={filters.kind}
          anyLabel={t('opportunities.board.allKinds')}
          values={KINDS}
          labelOf={(kind) => t(`opportunities.kind.${kind}`)}
          onChange={(kind) => setFilter('kind', kind)}
        />
        <SelectFilter
          className="field"
          id="board-status"
          label={t('opportunities.fields.status')}
          value={filters.status}
          anyLabel={t('opportunities.board.live')}
          values={STATUSES}
          labelOf={(status) => t(`opportunities.status.${status}`)}
          onChange={(status) => setFilter('status', status)}
        />
        <div className="field">
          <label htmlFor="board-skill">{t('opportunities.fields.skill')}</label>
          <select id="board-skill" value={filters.skill} onChange={(event) => setFilter('skill', event.target.value)}>
            <option value="">{t('opportunities.board.allSkills')}</option>
            {DOMAINS.map((domain) => (
              <optgroup key={domain} label={t(`domains.${domain}`)}>
                {(taxonomy?.skills ?? [])
                  .filter((skill) => skill.domain === domain)
                  .map((skill) => (
                    <option key={skill.id} value={skill.id}>
                      {skill.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <RegionFilter id="board-region" value={filters.region} onChange={(region) => setFilter('region', region)} />
        {filtered && (
          <p className="actions filters-reset">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setTyped('');
                setParams(new URLSearchParams(), { replace: true });
                document.getElementById('board-search')?.focus();
              }}
            >
              {t('opportunities.board.reset')}
            </button>
          </p>
        )}
      </FiltersBar>

      <p role="status" className="muted">
        {total === null ? '' : t('opportunities.board.count', { count: total })}
      </p>
      <ul className="cards">
        {pages.map((after, index) => (
          <BoardPageOf
            key={`${key}|${after ?? 'first'}`}
            filters={filters}
            filtered={filtered}
            after={after}
            index={index}
            onPage={report}
          />
        ))}
      </ul>
      <ShowMore more={more} onMore={loadMore} label={t('opportunities.board.more')} />

      <MyOpportunities />
    </section>
  );
}

function BoardPageOf({
  filters,
  filtered,
  after,
  index,
  onPage,
}: {
  filters: Filters;
  filtered: boolean;
  after: string | null;
  index: number;
  onPage: (end: PageEnd) => void;
}) {
  const query = useQuery({
    query: OpportunityBoardDocument,
    variables: {
      first: PAGE_SIZE,
      after,
      kinds: filters.kind ? [filters.kind] : null,
      statuses: filters.status ? [filters.status] : null,
      skillIds: filters.skill ? [filters.skill] : null,
      regions: filters.region ? [filters.region] : null,
      search: filters.search || null,
    },
  });
  const list = query[0].data?.opportunities ?? undefined;
  useListPage(list, index, onPage, 'opportunity-');
  return (
    <CardsPage query={query} list={list} first={index === 0} filtered={filtered} words="opportunities.board">
      {list?.edges.map(({ node }) => (
        <OpportunityCard key={node.id} opportunity={node} />
      ))}
    </CardsPage>
  );
}

function OpportunityCard({ opportunity }: { opportunity: Card }) {
  const { t, language } = useTranslation();
  const base = `opportunity-${opportunity.id}`;
  return (
    <li className="card">
      <article aria-labelledby={`${base}-title`}>
        <KindAndStatus kind={opportunity.kind} status={opportunity.status} />
        <h2 id={`${base}-title`}>
          <Link id={`${base}-link`} href={opportunityPath(opportunity.id)}>
            {opportunity.title}
          </Link>
        </h2>
        <p className="muted">
          {opportunity.collective
            ? t('opportunities.postedForCollective', {
                name: opportunity.postedBy.displayName,
                collective: opportunity.collective.name,
              })
            : t('opportunities.postedBy', { name: opportunity.postedBy.displayName })}{' '}
          · {formatDate(opportunity.createdAt, language)}
        </p>
        <p>
          {opportunity.region || t('opportunities.anywhere')}
          {opportunity.deadline && (
            <>
              {' · '}
              <time dateTime={opportunity.deadline}>
                {t('opportunities.deadline', { date: formatDateTime(opportunity.deadline, language) })}
              </time>
            </>
          )}
        </p>
        {opportunity.skills.length > 0 && (
          <ul className="chips" aria-label={t('opportunities.fields.skills')}>
            {opportunity.skills.map((skill) => (
              <li key={skill.id}>{language === 'en' ? skill.nameEn : skill.name}</li>
            ))}
          </ul>
        )}
        {opportunity.viewerInterest && opportunity.viewerInterest.status !== 'WITHDRAWN' && (
          <p className="badge">{t(`opportunities.yourInterest.${opportunity.viewerInterest.status}`)}</p>
        )}
      </article>
    </li>
  );
}

function MyOpportunities() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyOpportunitiesDocument });
  const viewer = data?.viewer;
  const posted = viewer?.opportunitiesPosted;
  const interests = viewer?.opportunityInterests;

  return (
    <section aria-labelledby="mine-title" className="panel mine">
      <h2 id="mine-title">{t('opportunities.mine.title')}</h2>
      {fetching && !data && <Skeleton label={t('opportunities.mine.loading')} />}
      {error && !data && (
        <LoadFailed
          message={t('opportunities.mine.error')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {viewer && (
        <div className="two-columns">
          <div>
            <h3>{t('opportunities.mine.posted', { count: posted?.totalCount ?? 0 })}</h3>
            {posted && posted.edges.length > 0 ? (
              <ul>
                {posted.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link href={opportunityPath(node.id)}>{node.title}</Link>{' '}
                    <span className="muted">— {t(`opportunities.status.${node.status}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('opportunities.mine.nonePosted')}</p>
            )}
          </div>
          <div>
            <h3>{t('opportunities.mine.interests', { count: interests?.totalCount ?? 0 })}</h3>
            {interests && interests.edges.length > 0 ? (
              <ul>
                {interests.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link href={opportunityPath(node.opportunity.id)}>{node.opportunity.title}</Link>{' '}
                    <span className="muted">— {t(`opportunities.interestStatus.${node.status}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('opportunities.mine.noInterests')}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
