// The public visibility pages, rendered on the server for visitors and search engines:
//   /                          the federation (visitors; a request with a session cookie gets the portal)
//   /membres/:handle           a member's published page (+ POST …/contact, the visitors' form)
//   /collectifs/:slug          a collective's page
//   /ateliers, /ateliers/:slug the calendar of workshops to come, a workshop
//   /annuaire                  the directory (q, region, domaine, competence, page)
//   /candidature               the application form for visitors, without JavaScript (+ POST)
//   /sitemap.xml, /robots.txt, and the stylesheet
// The router answers and returns true, or returns false for paths that are not its own.
// What a visitor without a session GETs is rendered once and kept in the shared public cache
// (src/cache/) until a write changes what it shows (or a minute has passed: pages "to come").
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import type { Config } from '../config.ts';
import type { Mailer } from '../email/mailer.ts';
import type { EventBus } from '../events/bus.ts';
import type { SharedCache } from '../cache/store.ts';
import { ALL_TAGS, type Tag } from '../cache/tags.ts';
import { FirstSeen } from './caching.ts';
import { throughCache, type Outcome } from './cached-reply.ts';
import { receiveApplication, type ApplyFormDeps } from './apply.ts';
import { receiveContact, type ContactDeps } from './contact.ts';
import { robotsTxt, sitemapXml } from './crawlers.ts';
import { findCollectivePage } from './data/collective.ts';
import { findDirectoryPage, parseDirectoryQuery } from './data/directory.ts';
import { findFederationPage } from './data/federation.ts';
import { findMemberPage } from './data/member.ts';
import { findSitemap } from './data/sitemap.ts';
import { viewerOf } from './data/viewer.ts';
import { findWorkshopPage, upcomingWorkshops } from './data/workshops.ts';
import { createFormTokens, formTokenKey, type FormTokens } from './form-token.ts';
import type { RateLimiter } from '../security/limiter.ts';
import { methodNotAllowed, plain, redirect, send, type Reply } from './http.ts';
import { langOf } from './i18n.ts';
import {
  TOKEN_PLACEHOLDER,
  applyReply,
  calendarReply,
  collectiveReply,
  directoryReply,
  errorReply,
  federationReply,
  memberReply,
  workshopReply,
} from './pages.tsx';
import { STYLESHEET, STYLESHEET_PATH } from './styles.ts';
import { paths, withLang } from './urls.ts';
import type { ContactFormState } from './views/ContactForm.tsx';
import { pageEnv, type PageEnv } from './views/env.tsx';

export interface PublicPagesDeps {
  config: Pick<Config, 'PUBLIC_URL' | 'DATABASE_URL' | 'SMTP_URL'>;
  prisma: PrismaClient;
  mailer: Mailer;
  events: EventBus;
  /** The gateway's limiter for rare events (security/limiter.ts): the contact form's limit and tokens. */
  limiter: RateLimiter;
  /** The shared cache of public answers (src/cache/store.ts); null renders every request. */
  cache: SharedCache | null;
}

export interface PublicPages {
  (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** The public site's own 404 page, for an address nothing else answers (not the portal's shell). */
  notFound(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
}

const CALENDAR_SIZE = 200;

type Route =
  | { name: 'home' | 'directory' | 'calendar' | 'sitemap' | 'robots' | 'stylesheet' | 'apply' }
  | { name: 'member' | 'contact' | 'collective' | 'workshop'; param: string };

function route(path: string): Route | null {
  switch (path) {
    case '/':
      return { name: 'home' };
    case paths.directory:
      return { name: 'directory' };
    case paths.calendar:
      return { name: 'calendar' };
    case paths.apply:
      return { name: 'apply' };
    case paths.sitemap:
      return { name: 'sitemap' };
    case '/robots.txt':
      return { name: 'robots' };
    case STYLESHEET_PATH:
      return { name: 'stylesheet' };
  }
  const match = /^\/(membres|collectifs|ateliers)\/([^/]+)(\/contact)?$/.exec(path);
  if (!match) return null;
  const [, base, raw, contact] = match as unknown as [string, string, string, string | undefined];
  // An address that cannot be decoded names nothing: a 404 of ours, not the portal's shell.
  const param = decode(raw) ?? '';
  if (contact) return base === 'membres' ? { name: 'contact', param } : null;
  return { name: base === 'membres' ? 'member' : base === 'collectifs' ? 'collective' : 'workshop', param };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** How long a rendered page is kept at most (pages of things "to come" change with the hour). */
const PAGE_TTL_MS = 60_000;

/** What the visitors' pages are made of: a write to any of these tags' tables renders them again. */
const PAGE_TAGS: Partial<Record<Route['name'], readonly Tag[]>> = {
  home: ALL_TAGS,
  sitemap: ALL_TAGS,
  directory: ['people', 'collectives'],
  calendar: ['workshops', 'people'],
  member: ['people', 'collectives', 'workshops'],
  collective: ['collectives', 'people'],
  workshop: ['workshops', 'people'],
};

/** The day, in the ETag: a cached page's form token is never more than a day old (form-token.ts). */
const today = () => new Date().toISOString().slice(0, 10);

export function createPublicPages(deps: PublicPagesDeps): PublicPages {
  const publicUrl = deps.config.PUBLIC_URL.replace(/\/$/, '');
  const { hasSessionCookie, signedInMember } = viewerOf(deps.config.PUBLIC_URL);
  const firstSeen = new FirstSeen();
  const tokens: FormTokens = createFormTokens(
    formTokenKey({ databaseUrl: deps.config.DATABASE_URL, smtpUrl: deps.config.SMTP_URL }),
  );
  const contactDeps: ContactDeps = {
    prisma: deps.prisma,
    mailer: deps.mailer,
    events: deps.events,
    tokens,
    publicUrl,
    limiter: deps.limiter,
  };
  const applyDeps: ApplyFormDeps = {
    prisma: deps.prisma,
    mailer: deps.mailer,
    tokens,
    publicUrl,
    limiter: deps.limiter,
  };
  const { prisma } = deps;

  /** The application form with a fresh token; never kept by a cache (the token is the visitor's). */
  async function applyPage(env: PageEnv, state: Parameters<typeof applyReply>[2], status: number): Promise<Reply> {
    const skills = await prisma.skill.findMany({
      select: { id: true, name: true, nameEn: true, domain: true },
      orderBy: [{ domain: 'asc' }, { name: 'asc' }],
    });
    const html = applyReply(env, skills, state);
    return { status, body: html.replace(TOKEN_PLACEHOLDER, tokens.issue()), type: 'html', cache: 'private' };
  }

  /** The member page, its form token filled in after the ETag is taken from the rest. */
  function memberPage(...args: Parameters<typeof memberPageWithoutToken>): Reply {
    return withToken(memberPageWithoutToken(...args));
  }

  function memberPageWithoutToken(
    env: PageEnv,
    data: Parameters<typeof memberReply>[1],
    contact: Omit<ContactFormState, 'token'> | null,
    status: number,
    cache: Reply['cache'],
  ): Reply {
    const html = memberReply(env, data, contact, status);
    return { status, body: html, etagSource: `${html}\n${today()}`, type: 'html', cache, vary: ['Cookie'] };
  }

  /** A fresh form token where the page has a form (every visitor gets their own). */
  function withToken(reply: Reply): Reply {
    return reply.body.includes(TOKEN_PLACEHOLDER)
      ? { ...reply, body: reply.body.replace(TOKEN_PLACEHOLDER, tokens.issue()) }
      : reply;
  }

  async function publicPages(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const found = route(path);
    if (!found) return false;
    // Members land in their portal: "/" with a session cookie is the portal's.
    if ((found.name === 'home' || found.name === 'apply') && hasSessionCookie(req)) return false;
    await serve(req, res, path, found);
    return true;
  }

  async function notFound(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://public-pages');
    await send(req, res, errorReply(pageEnv(langOf(url.searchParams), publicUrl, path), 'missing'), firstSeen);
  }

  return Object.assign(publicPages, { notFound });

  async function serve(req: IncomingMessage, res: ServerResponse, path: string, found: Route): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://public-pages');
    const lang = langOf(url.searchParams);
    const env = pageEnv(lang, publicUrl, path);
    const reply = (value: Reply) => send(req, res, value, firstSeen);
    const now = new Date();

    if (found.name === 'contact') {
      if (req.method === 'GET' || req.method === 'HEAD')
        return redirect(res, 301, `${withLang(paths.member(found.param), lang)}#contact`);
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      const outcome = await receiveContact(contactDeps, req, found.param);
      switch (outcome.kind) {
        case 'missing':
        case 'gone':
          return reply(errorReply(env, outcome.kind));
        case 'refused':
          return plain(res, outcome.status, outcome.reason);
        case 'accepted':
          // Post/redirect/get: reloading the confirmation never sends the message twice.
          return redirect(res, 303, `${withLang(`${paths.member(found.param)}?message=envoye`, lang)}#contact-sent`);
        case 'problems': {
          const page = await findMemberPage(prisma, found.param, now);
          if (page.kind !== 'found') return reply(errorReply(env, page.kind === 'gone' ? 'gone' : 'missing'));
          return reply(
            memberPage(
              env,
              page.data,
              { values: outcome.values, problems: outcome.problems },
              outcome.status,
              'private',
            ),
          );
        }
      }
    }

    if (found.name === 'apply') {
      if (req.method === 'POST') {
        const outcome = await receiveApplication(applyDeps, req, lang);
        if (outcome.kind === 'refused') return plain(res, outcome.status, outcome.reason);
        // Post/redirect/get: reloading the thanks never sends the application twice.
        if (outcome.kind === 'accepted') return redirect(res, 303, withLang(`${paths.apply}?envoyee=1`, lang));
        return reply(await applyPage(env, { values: outcome.values, problems: outcome.problems }, outcome.status));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD, POST');
      return reply(await applyPage(env, { sent: url.searchParams.get('envoyee') === '1' }, 200));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    if ('param' in found && found.param !== found.param.toLowerCase()) {
      // Addresses are lowercase; /membres/Camille-Martin is the same page.
      return redirect(res, 301, withLang(path.replace(/[^/]+$/, encodeURIComponent(found.param.toLowerCase())), lang));
    }

    if (found.name === 'robots')
      return reply({ status: 200, body: robotsTxt(publicUrl), type: 'text', cache: 'public' });
    if (found.name === 'stylesheet') return reply({ status: 200, body: STYLESHEET, type: 'css', cache: 'asset' });
    const personal = hasSessionCookie(req) || url.searchParams.get('message') === 'envoye';
    const tags = PAGE_TAGS[found.name];
    const outcome =
      tags && !personal
        ? await throughCache(deps.cache, `page:${path}${url.search}`, tags, PAGE_TTL_MS, () =>
            renderPage(req, found, env, url, lang, now),
          )
        : await renderPage(req, found, env, url, lang, now);
    if (outcome.kind === 'redirect') return redirect(res, 301, outcome.location);
    return reply(withToken(outcome.reply));
  }

  /** A page's answer, without the member page's form token (withToken fills it). */
  async function renderPage(
    req: IncomingMessage,
    found: Route,
    env: PageEnv,
    url: URL,
    lang: ReturnType<typeof langOf>,
    now: Date,
  ): Promise<Outcome> {
    const answer = (reply: Reply): Outcome => ({ kind: 'reply', reply });
    switch (found.name) {
      case 'home':
        return answer(federationReply(env, await findFederationPage(prisma, now)));
      case 'directory': {
        const query = parseDirectoryQuery(url.searchParams);
        return answer(directoryReply(env, await findDirectoryPage(prisma, query), query));
      }
      case 'calendar':
        return answer(calendarReply(env, await upcomingWorkshops(prisma, now, CALENDAR_SIZE)));
      case 'sitemap':
        return answer({
          status: 200,
          body: sitemapXml(publicUrl, await findSitemap(prisma)),
          type: 'xml',
          cache: 'public',
        });
      case 'member': {
        const page = await findMemberPage(prisma, found.param, now);
        if (page.kind === 'moved') return { kind: 'redirect', location: withLang(paths.member(page.to), lang) };
        if (page.kind !== 'found') return answer(errorReply(env, page.kind));
        const cookie = hasSessionCookie(req);
        const member = cookie ? await signedInMember(prisma, req) : null;
        const sent = url.searchParams.get('message') === 'envoye';
        // Anything personal (a member's view, a confirmation) is never kept by a shared cache.
        return answer(
          memberPageWithoutToken(env, page.data, member ? null : { sent }, 200, cookie || sent ? 'private' : 'public'),
        );
      }
      case 'collective': {
        const page = await findCollectivePage(prisma, found.param);
        if (page.kind === 'moved') return { kind: 'redirect', location: withLang(paths.collective(page.to), lang) };
        return answer(page.kind === 'found' ? collectiveReply(env, page.data) : errorReply(env, page.kind));
      }
      case 'workshop': {
        const page = await findWorkshopPage(prisma, found.param);
        if (page.kind === 'found') return answer(workshopReply(env, page.data, now));
        return answer(errorReply(env, page.kind === 'gone' ? 'gone-workshop' : 'missing'));
      }
      default:
        throw new Error(`not a rendered page: ${found.name}`);
    }
  }
}
