// "Collectifs à rejoindre": the federation's active collectives, searchable by words and region;
// a member reads a collective's charter and asks to join it, accepting the charter explicitly.
import './catalogue.ts';
import {
  CollectiveCharterToReadDocument,
  CollectivesToJoinDocument,
  type CollectivesToJoinQuery,
} from '@ekoacteurs/client';
import { LoadFailed, ScreenTitle, FiltersBar, Skeleton, Illustration, SearchFilter } from '@ekoacteurs/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useTypedSearch } from '../shared/useTypedSearch.ts';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { JoinPanel } from './JoinPanel.tsx';
import { collectivePath } from '../shared/paths.ts';
import { RegionFilter } from '../shared/RegionFilter.tsx';
import { CardsPage, usePages, type PageEnd, useListPage, ShowMore } from '../shared/pages.tsx';
import { RULES } from './rules.ts';
import './collectives.css';

const PAGE_SIZE = 20;
const SEARCH_MAX = RULES.search.max;

type Card = CollectivesToJoinQuery['collectives']['edges'][number]['node'];

export function BrowseCollectivesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Ask again once typing pauses.
  const [typed, setTyped] = useTypedSearch(search, setSearch, SEARCH_MAX);
  const [region, setRegion] = useState('');
  const { pages, report, more, total, loadMore, reset } = usePages();

  // New criteria start again from the first page.
  const key = `${search}|${region}`;
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    reset();
  }

  return (
    <section aria-labelledby="browse-title" className="co-screen collectives">
      <ScreenTitle id="browse-title">{t('collectives.browse.title')}</ScreenTitle>
      <p className="lead-small">{t('collectives.browse.intro')}</p>
      <FiltersBar label={t('collectives.browse.filters')}>
        <SearchFilter
          className="field"
          id="browse-search"
          label={t('collectives.browse.search')}
          value={typed}
          maxLength={SEARCH_MAX}
          onChange={setTyped}
        />
        <RegionFilter id="browse-region" value={region} onChange={setRegion} />
      </FiltersBar>
      <p role="status" className="muted">
        {total === null ? '' : t('collectives.browse.count', { count: total })}
      </p>
      <ul className="cards">
        {pages.map((after, index) => (
          <BrowsePage
            key={`${search}|${region}|${after ?? 'first'}`}
            search={search}
            region={region}
            after={after}
            index={index}
            onPage={report}
          />
        ))}
      </ul>
      <ShowMore more={more} onMore={loadMore} label={t('collectives.browse.more')} />
    </section>
  );
}

function BrowsePage({
  search,
  region,
  after,
  index,
  onPage,
}: {
  search: string;
  region: string;
  after: string | null;
  index: number;
  onPage: (end: PageEnd) => void;
}) {
  const query = useQuery({
    query: CollectivesToJoinDocument,
    variables: { first: PAGE_SIZE, after, search: search || null, region: region || null },
  });
  const list = query[0].data?.collectives;
  useListPage(list, index, onPage, 'browse-');
  return (
    <CardsPage query={query} list={list} first={index === 0} filtered={!!(search || region)} words="collectives.browse">
      {list?.edges.map(({ node }) => (
        <CollectiveCard key={node.id} collective={node} />
      ))}
    </CardsPage>
  );
}

function CollectiveCard({ collective }: { collective: Card }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  const status = collective.viewerMembership?.status;
  const base = `browse-${collective.id}`;

  return (
    <li className="card">
      <article aria-labelledby={`${base}-name`}>
        <Illustration slug={collective.slug} />
        <p className="eyebrow">
          {[collective.region, t('collectives.browse.members', { count: collective.members.totalCount })]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <h2 id={`${base}-name`}>
          <Link id={`${base}-link`} href={collectivePath(collective.slug)}>
            {collective.name}
          </Link>
        </h2>
        <p>{collective.purpose}</p>
        {status === 'ACTIVE' && <p className="badge">{t('collectives.browse.youAreMember')}</p>}
        {status === 'REQUESTED' && !reading && <p className="badge badge-quiet">{t('collectives.browse.requested')}</p>}
        {status === 'INVITED' && <p className="badge badge-quiet">{t('collectives.browse.invited')}</p>}
        {status !== 'ACTIVE' && status !== 'REQUESTED' && status !== 'INVITED' && !reading && (
          <button type="button" className="secondary" aria-expanded="false" onClick={() => setReading(true)}>
            {t('collectives.browse.readAndJoin')}
          </button>
        )}
        {reading && status !== 'ACTIVE' && (
          <CharterAndJoin slug={collective.slug} viewerMembership={collective.viewerMembership} />
        )}
      </article>
    </li>
  );
}

function CharterAndJoin({ slug, viewerMembership }: { slug: string; viewerMembership: Card['viewerMembership'] }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CollectiveCharterToReadDocument,
    variables: { slug },
  });
  const collective = data?.collective;
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (collective) region.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [collective]);

  if (fetching && !data) return <Skeleton label={t('collectives.browse.loadingCharter')} />;
  if (error && !data)
    return (
      <LoadFailed
        message={t('collectives.browse.charterError')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!collective) return <p className="notice">{t('collectives.page.notFound')}</p>;
  return (
    <div ref={region} className="join-inline">
      <JoinPanel collective={{ ...collective, viewerMembership }} showCharter headingLevel={3} />
    </div>
  );
}
