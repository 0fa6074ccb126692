// What search engines read besides the pages: sitemap.xml (every public page) and robots.txt
// (which points to it and keeps crawlers out of the apps and the API).
import type { SitemapData } from './data/sitemap.ts';
import { absolute, paths } from './urls.ts';

const xml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function sitemapXml(publicUrl: string, data: SitemapData): string {
  const entry = (path: string, lastModified?: Date) =>
    `<url><loc>${xml(absolute(publicUrl, path))}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</url>`;
  const urls = [
    entry(paths.home),
    entry(paths.directory),
    entry(paths.calendar),
    ...data.members.map((member) => entry(paths.member(member.handle), member.lastModified)),
    ...data.collectives.map((collective) => entry(paths.collective(collective.slug), collective.lastModified)),
    ...data.workshops.map((workshop) => entry(paths.workshop(workshop.slug), workshop.lastModified)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /console',
    'Disallow: /graphql',
    'Disallow: /connexion',
    // Contact forms are for people; their posts are never pages.
    'Disallow: /membres/*/contact',
    'Allow: /',
    '',
    `Sitemap: ${absolute(publicUrl, paths.sitemap)}`,
    '',
  ].join('\n');
}
