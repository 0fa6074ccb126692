// Each public page as a response: its data turned into HTML with its head (title, description,
// canonical address, structured data) and its caching policy.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { cleanText, markdownToHtml } from '../markdown/index.ts';
import type { CollectivePageData } from './data/collective.ts';
import type { DirectoryPageData, DirectoryQuery } from './data/directory.ts';
import type { FederationPageData } from './data/federation.ts';
import type { MemberPageData } from './data/member.ts';
import type { WorkshopPageData, WorkshopSummary } from './data/workshops.ts';
import { directoryPath } from './directory-path.ts';
import type { Reply } from './http.ts';
import { formatDay } from './i18n.ts';
import { collectiveJsonLd, eventJsonLd, federationJsonLd, personJsonLd } from './json-ld.ts';
import { isUploadedPhoto } from '../photos/store.ts';
import { absolute, paths } from './urls.ts';
import { CalendarPage } from './views/CalendarPage.tsx';
import { CollectivePage } from './views/CollectivePage.tsx';
import type { ContactFormState } from './views/ContactForm.tsx';
import { DirectoryPage } from './views/DirectoryPage.tsx';
import { Document, type Head } from './views/Document.tsx';
import { EnvProvider, type PageEnv } from './views/env.tsx';
import { ErrorPage } from './views/ErrorPage.tsx';
import { FederationPage } from './views/FederationPage.tsx';
import { MemberPage } from './views/MemberPage.tsx';
import { WorkshopPage } from './views/WorkshopPage.tsx';
import { ApplyPage, type ApplyFormState, type ApplySkill } from './views/ApplyPage.tsx';

/** Stands for the contact form's token while the ETag is computed (the token changes on every render). */
export const TOKEN_PLACEHOLDER = '__contact_form_token__';

type Section = 'home' | 'directory' | 'calendar' | null;

function render(env: PageEnv, head: Head, section: Section, body: ReactNode): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <EnvProvider value={env}>
      <Document head={head} section={section}>
        {body}
      </Document>
    </EnvProvider>,
  )}`;
}

const titled = (env: PageEnv, title: string) => `${title} | ${env.t('site.name')}`;

/** Plain text of markdown, cut at a word near `max` characters: for meta descriptions. */
function summary(markdown: string, max = 160): string {
  const text = cleanText(markdownToHtml(markdown)).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function errorReply(env: PageEnv, kind: 'missing' | 'gone' | 'gone-workshop'): Reply {
  const { t } = env;
  const title = kind === 'missing' ? t('errors.notFoundTitle') : t('errors.goneTitle');
  const head: Head = {
    title: titled(env, title),
    description: kind === 'missing' ? t('errors.notFound') : t('errors.gone'),
    canonicalPath: env.path,
    noindex: true,
  };
  return {
    status: kind === 'missing' ? 404 : 410,
    body: render(env, head, null, <ErrorPage kind={kind} />),
    type: 'html',
    cache: 'error',
  };
}

/**
 * The member page. `contact` is the visitors' form (null for a signed-in member); its token is
 * left as TOKEN_PLACEHOLDER for the caller to fill once the ETag is computed.
 */
export function memberReply(
  env: PageEnv,
  data: MemberPageData,
  contact: Omit<ContactFormState, 'token'> | null,
  status = 200,
): string {
  const { member, page } = data;
  const name = page.title || member.displayName;
  const description =
    page.seoDescription ||
    (member.headline
      ? env.t('member.description', { name: member.displayName, headline: member.headline })
      : env.t('member.descriptionAlone', { name: member.displayName }));
  const head: Head = {
    title: titled(env, member.headline ? `${name} — ${member.headline}` : name),
    description,
    canonicalPath: paths.member(member.handle),
    ogType: 'profile',
    image: isUploadedPhoto(member.avatarUrl) ? absolute(env.publicUrl, member.avatarUrl) : member.avatarUrl,
    jsonLd: [personJsonLd(env.publicUrl, env.lang, data, description)],
    noindex: status !== 200,
  };
  return render(
    env,
    head,
    null,
    <MemberPage data={data} contact={contact ? { ...contact, token: TOKEN_PLACEHOLDER } : null} />,
  );
}

export function collectiveReply(env: PageEnv, data: CollectivePageData): Reply {
  const { collective, page } = data;
  const description =
    page?.seoDescription ||
    (collective.purpose
      ? env.t('collective.description', { name: collective.name, purpose: collective.purpose })
      : env.t('collective.descriptionAlone', { name: collective.name }));
  const head: Head = {
    title: titled(env, `${page?.title || collective.name} — ${env.t('collective.kind')}`),
    description,
    canonicalPath: paths.collective(collective.slug),
    jsonLd: [collectiveJsonLd(env.publicUrl, env.lang, data, description)],
  };
  return { status: 200, body: render(env, head, null, <CollectivePage data={data} />), type: 'html', cache: 'public' };
}

export function workshopReply(env: PageEnv, data: WorkshopPageData, now: Date): Reply {
  const { workshop } = data;
  const { t, lang } = env;
  const day = formatDay(lang, workshop.startsAt, workshop.timeZone);
  const description =
    summary(workshop.description) ||
    (workshop.place
      ? t('workshop.descriptionAt', { kind: t(`workshopKind.${workshop.kind}`), date: day, place: workshop.place })
      : t('workshop.description', { kind: t(`workshopKind.${workshop.kind}`), date: day }));
  const head: Head = {
    title: titled(env, `${workshop.title} — ${t(`workshopKind.${workshop.kind}`)}, ${day}`),
    description,
    canonicalPath: paths.workshop(workshop.slug),
    ogType: 'article',
    jsonLd: [eventJsonLd(env.publicUrl, lang, data, description)],
  };
  return {
    status: 200,
    body: render(env, head, null, <WorkshopPage data={data} now={now} />),
    type: 'html',
    cache: 'public',
  };
}

export function directoryReply(env: PageEnv, data: DirectoryPageData, query: DirectoryQuery): Reply {
  const { t } = env;
  const base = query.page > 1 ? t('directory.titleWithPage', { page: query.page }) : t('directory.title');
  const head: Head = {
    title: titled(env, query.q ? `${base} — « ${query.q} »` : base),
    description: t('directory.description'),
    canonicalPath: directoryPath(query),
    // Search results are not pages of their own; filtered lists by region or skill are.
    noindex: Boolean(query.q) || data.entries.length === 0,
  };
  return {
    status: 200,
    body: render(env, head, 'directory', <DirectoryPage data={data} query={query} />),
    type: 'html',
    cache: 'public',
  };
}

export function calendarReply(env: PageEnv, workshops: WorkshopSummary[]): Reply {
  const { t } = env;
  const head: Head = {
    title: titled(env, t('calendar.title')),
    description: t('calendar.description'),
    canonicalPath: paths.calendar,
  };
  return {
    status: 200,
    body: render(env, head, 'calendar', <CalendarPage workshops={workshops} />),
    type: 'html',
    cache: 'public',
  };
}

export function federationReply(env: PageEnv, data: FederationPageData): Reply {
  const { t } = env;
  const description = data.page?.seoDescription || t('federation.lead');
  const head: Head = {
    title: `${data.page?.title || t('site.federation')} — ${t('site.tagline')}`,
    description,
    canonicalPath: paths.home,
    jsonLd: [federationJsonLd(env.publicUrl, env.lang, description, data.collectives)],
  };
  // The page depends on the cookie (members get the portal at /): a shared cache must key on it.
  return {
    status: 200,
    body: render(env, head, 'home', <FederationPage data={data} />),
    type: 'html',
    cache: 'public',
    vary: ['Cookie'],
  };
}

/** The application form (its token left as TOKEN_PLACEHOLDER, filled by the caller), or its thanks. */
export function applyReply(env: PageEnv, skills: ApplySkill[], state: Omit<ApplyFormState, 'token'>): string {
  const { t } = env;
  const head: Head = {
    title: titled(env, t('apply.pageTitle')),
    description: t('apply.description'),
    canonicalPath: paths.apply,
    noindex: Boolean(state.sent || state.problems),
  };
  return render(env, head, null, <ApplyPage skills={skills} state={{ ...state, token: TOKEN_PLACEHOLDER }} />);
}
