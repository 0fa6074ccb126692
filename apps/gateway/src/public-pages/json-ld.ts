// schema.org structured data for search engines: Person (members), Organization (collectives and
// the federation), Event (workshops). Built from the same public data as the page, nothing more.
import { cleanText } from '../markdown/index.ts';
import type { CollectivePageData } from './data/collective.ts';
import type { MemberPageData } from './data/member.ts';
import { seatsLeft } from './data/public-workshop.ts';
import type { WorkshopPageData } from './data/workshops.ts';
import { skillName, type Lang, messages } from './i18n.ts';
import { isUploadedPhoto } from '../photos/store.ts';
import { absolute, paths } from './urls.ts';

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** What a page's own node opens with: its type, its id (the page's address and an anchor), name, address, description. */
function pageNode(type: string, url: string, anchor: string, name: string, description: string): JsonLd {
  return { '@context': CONTEXT, '@type': type, '@id': `${url}#${anchor}`, name, url, description };
}

/** The federation named by another node (a member's memberOf, a collective's parent, an event's organiser). */
function federationReference(publicUrl: string, lang: Lang): JsonLd {
  return { '@type': 'Organization', name: messages(lang)('site.federation'), url: absolute(publicUrl, paths.home) };
}

/** A collective named by another node (the federation's subOrganization, a member's memberOf). */
function collectiveReference(publicUrl: string, collective: { slug: string; name: string }): JsonLd {
  return {
    '@type': 'Organization',
    name: collective.name,
    url: absolute(publicUrl, paths.collective(collective.slug)),
  };
}

/** A member named by another node (a collective's members, a workshop's facilitators); their page only if they have one. */
function personReference(publicUrl: string, member: { displayName: string; handle: string; hasPage: boolean }): JsonLd {
  return {
    '@type': 'Person',
    name: member.displayName,
    ...(member.hasPage ? { url: absolute(publicUrl, paths.member(member.handle)) } : {}),
  };
}

export function federationOrganization(publicUrl: string, lang: Lang, description: string): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${absolute(publicUrl, paths.home)}#federation`,
    name: messages(lang)('site.federation'),
    url: absolute(publicUrl, paths.home),
    description,
  };
}

/** The federation's own page: the organisation and its collectives. */
export function federationJsonLd(
  publicUrl: string,
  lang: Lang,
  description: string,
  collectives: { slug: string; name: string }[],
): JsonLd {
  return {
    '@context': CONTEXT,
    ...federationOrganization(publicUrl, lang, description),
    subOrganization: collectives.map((collective) => collectiveReference(publicUrl, collective)),
  };
}

export function personJsonLd(publicUrl: string, lang: Lang, data: MemberPageData, description: string): JsonLd {
  const { member } = data;
  const place = [member.city, member.region].filter(Boolean);
  return {
    ...pageNode('Person', absolute(publicUrl, paths.member(member.handle)), 'person', member.displayName, description),
    ...(member.headline ? { jobTitle: member.headline } : {}),
    ...(member.avatarUrl
      ? { image: isUploadedPhoto(member.avatarUrl) ? absolute(publicUrl, member.avatarUrl) : member.avatarUrl }
      : {}),
    ...(place.length
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(member.city ? { addressLocality: member.city } : {}),
            ...(member.region ? { addressRegion: member.region } : {}),
            addressCountry: 'FR',
          },
        }
      : {}),
    ...(data.skills.length ? { knowsAbout: data.skills.map((skill) => skillName(lang, skill)) } : {}),
    memberOf: [
      federationReference(publicUrl, lang),
      ...data.collectives.map((collective) => collectiveReference(publicUrl, collective)),
    ],
  };
}

export function collectiveJsonLd(publicUrl: string, lang: Lang, data: CollectivePageData, description: string): JsonLd {
  const { collective } = data;
  return {
    ...pageNode(
      'Organization',
      absolute(publicUrl, paths.collective(collective.slug)),
      'organization',
      collective.name,
      description,
    ),
    foundingDate: collective.createdAt.toISOString().slice(0, 10),
    ...(collective.region ? { areaServed: { '@type': 'AdministrativeArea', name: collective.region } } : {}),
    parentOrganization: federationReference(publicUrl, lang),
    member: data.members.map((member) => personReference(publicUrl, member)),
  };
}

const ATTENDANCE = {
  IN_PERSON: 'https://schema.org/OfflineEventAttendanceMode',
  ONLINE: 'https://schema.org/OnlineEventAttendanceMode',
  HYBRID: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export function eventJsonLd(publicUrl: string, lang: Lang, data: WorkshopPageData, description: string): JsonLd {
  const { workshop } = data;
  const url = absolute(publicUrl, paths.workshop(workshop.slug));
  const place = cleanText(workshop.place);
  // The visio link is for registered participants: online, the event's address is its page.
  const physical = { '@type': 'Place', name: place || messages(lang)('site.federation'), address: place || undefined };
  const virtual = { '@type': 'VirtualLocation', url };
  const location =
    workshop.format === 'IN_PERSON' ? physical : workshop.format === 'ONLINE' ? virtual : [physical, virtual];
  const left = seatsLeft(workshop);
  return {
    ...pageNode('Event', url, 'event', workshop.title, description),
    startDate: workshop.startsAt.toISOString(),
    endDate: workshop.endsAt.toISOString(),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[workshop.format],
    location,
    isAccessibleForFree: true,
    maximumAttendeeCapacity: workshop.capacity,
    remainingAttendeeCapacity: left,
    inLanguage: 'fr',
    offers: {
      '@type': 'Offer',
      url,
      price: 0,
      priceCurrency: 'EUR',
      availability: left > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
      ...(workshop.publishedAt ? { validFrom: workshop.publishedAt.toISOString() } : {}),
    },
    organizer: federationReference(publicUrl, lang),
    ...(data.facilitators.length
      ? { performer: data.facilitators.map((member) => personReference(publicUrl, member)) }
      : {}),
    ...(data.skills.length ? { about: data.skills.map((skill) => skillName(lang, skill)) } : {}),
  };
}

/** JSON for a <script> element: "<" escaped so member text can never close the element. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
