// Shared by the public-pages tests: a seeded gateway, HTTP helpers, and small readers of the
// server-rendered HTML (the markup is React's, regular enough for patterns).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from '@ekoacteurs/db/seed';
import type { Config } from '../../src/config.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';

export const PUBLIC_URL = 'https://ekoacteurs.example';

/** A gateway on a seeded database; PUBLIC_URL is a real-looking origin so canonical links can be checked. */
export async function seededGateway(overrides: Partial<Config> = {}): Promise<TestGateway> {
  const portalDist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
  writeFileSync(join(portalDist, 'index.html'), '<!doctype html><title>Portail</title>');
  const t = await startTestGateway({ PUBLIC_URL, PORTAL_DIST: portalDist, ...overrides });
  await seed(t.db.prisma);
  return t;
}

export interface Page {
  status: number;
  headers: Headers;
  html: string;
}

export async function get(t: TestGateway, path: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const decode = (value: string) =>
  value
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function title(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return match ? decode(match[1]!) : undefined;
}

/** The content of <meta name=… or property=…>. */
export function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
  return match ? decode(match[1]!) : undefined;
}

export function canonical(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
}

export function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1]!),
  );
}

export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
}

export function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(new RegExp(pattern.source, 'g'))].length;
}

/** Visible text, roughly: tags out, entities decoded. */
export function text(html: string): string {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return decode(body.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** The handles of the member cards linked from a page. */
export function memberLinks(html: string): string[] {
  return [...html.matchAll(/href="\/membres\/([^"?#/]+)"/g)].map((match) => decodeURIComponent(match[1]!));
}

/** A page with a handle of its own, for tests that need exact rows. */
export async function memberWithPage(
  t: TestGateway,
  handle: string,
  options: {
    status?: 'ACTIVE' | 'SUSPENDED' | 'LEFT' | 'APPLICANT';
    published?: boolean;
    publishedAt?: Date | null;
    sections?: unknown[];
    email?: string;
    /** Who the member is listed to; default VISITORS with every part public (a member who chose to be seen). */
    listing?: 'VISITORS' | 'MEMBERS';
    publicFields?: ('PLACE' | 'PHOTO' | 'SKILLS' | 'CARD' | 'PACE')[];
  } = {},
) {
  const published = options.published ?? true;
  return t.db.prisma.member.create({
    data: {
      handle,
      displayName: handle.replace(/-/g, ' '),
      email: options.email ?? `${handle}@example.fr`,
      status: options.status ?? 'ACTIVE',
      headline: `Headline of ${handle}`,
      region: 'Bretagne',
      city: 'Rennes',
      concerns: `SECRET-CONCERN-${handle}`,
      listing: options.listing ?? 'VISITORS',
      publicFields: options.publicFields ?? ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'],
      page: {
        create: {
          slug: handle,
          ownerKind: 'MEMBER',
          title: handle.replace(/-/g, ' '),
          sections: (options.sections ?? [
            { kind: 'TEXT', title: 'Parcours', markdown: `Le parcours de ${handle}.` },
          ]) as never,
          published,
          publishedAt: options.publishedAt === undefined ? (published ? new Date() : null) : options.publishedAt,
        },
      },
    },
  });
}
