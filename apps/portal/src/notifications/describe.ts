// What a notification says and where it leads, from its kind and its data (a JSON object).
import './catalogue.ts';
import type { Translate } from '@ekoacteurs/ui/i18n.ts';

export interface Described {
  text: string;
  href: string | null;
}

type Data = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The API sends `data` as a JSON object (the `JSON` scalar); anything else reads as empty. */
export function dataOf(data: unknown): Data {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
}

/** The names a notification's text may use, whatever the event wrote. */
function valuesOf(data: Data) {
  const member = (data.member ?? {}) as Data;
  return {
    workshop: str(data.workshopTitle),
    collective: str(data.collectiveName) || str(data.name),
    opportunity: str(data.opportunityTitle) || str(data.title),
    name:
      str(data.fromName) ||
      str(data.requesterName) ||
      str(data.recipientName) ||
      str(data.memberName) ||
      str(data.senderName) ||
      str(data.invitedBy) ||
      str(member.displayName),
    position: typeof data.waitlistRank === 'number' ? data.waitlistRank : '',
    reason: str(data.reason),
  };
}

function hrefOf(kind: string, data: Data): string | null {
  if (kind.startsWith('workshop.') && str(data.workshopSlug))
    return `/agenda/${encodeURIComponent(str(data.workshopSlug))}`;
  const collectiveSlug = str(data.collectiveSlug) || (kind.startsWith('collective.') ? str(data.slug) : '');
  if (kind.startsWith('collective.') && collectiveSlug) return `/mes-collectifs/${encodeURIComponent(collectiveSlug)}`;
  if (kind.startsWith('opportunity.') && str(data.opportunityId))
    return `/opportunites/${encodeURIComponent(str(data.opportunityId))}`;
  if (kind.startsWith('contribution.')) return '/contributions';
  return null;
}

export function describe(t: Translate, kind: string, rawData: unknown): Described {
  const data = dataOf(rawData);
  const key = `notifications.kinds.${kind.replace(/\./g, '_')}`;
  const values = valuesOf(data);
  const text = t.has(key) ? t(key, values) : t('notifications.kinds.other');
  return { text, href: hrefOf(kind, data) };
}
