// The API's input rules, the one source both sides read: the gateway builds its zod validation from
// them (apps/gateway/src/schema/: profile-input.ts, validate.ts's ruledText, each domain's inputs)
// and the portal checks forms as you type with the same numbers (apps/portal/src/shared/
// network-rules.ts, collectives/rules.ts, opportunities/rules.ts).
// Lengths count characters after trimming. Plain data and two predicates: no zod, no React.

export interface InputRule {
  /** Must not be empty. */
  required?: boolean;
  min?: number;
  max: number;
  /** One line: no line breaks nor control characters. */
  oneLine?: boolean;
  /** A web address (http or https), optionally on one host (LinkedIn). */
  web?: boolean | { host: RegExp };
}

/** Whether the text holds a control character other than tab, line feed and carriage return. */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** An http(s) address with a dotted host and no credentials ("https://bank.fr@evil.example" is a classic disguise). */
export function isWebAddress(value: string, host?: RegExp): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    !url.username &&
    !url.password &&
    (!host || host.test(url.hostname))
  );
}

export const LINKEDIN = /(^|\.)linkedin\.com$/i;

/** A profile's fields (updateMyProfile, setMyPace's note). */
export const PROFILE_RULES = {
  displayName: { required: true, min: 2, max: 80, oneLine: true },
  headline: { max: 140, oneLine: true },
  bio: { max: 3000 },
  city: { max: 80, oneLine: true },
  region: { required: true, min: 2, max: 60, oneLine: true },
  websiteUrl: { max: 500, web: true },
  linkedinUrl: { max: 500, web: { host: LINKEDIN } },
  avatarUrl: { max: 500, web: true },
  canDo: { max: 2000 },
  cannotDo: { max: 2000 },
  wishes: { max: 2000 },
  concerns: { max: 2000 },
  paceNote: { max: 280, oneLine: true },
} as const satisfies Record<string, InputRule>;

/** Skills a member may list (setMySkills). */
export const MAX_SKILLS = 15;

/** A visibility page's sections: how many, and their texts' lengths. */
export const PAGE_LIMITS = {
  sections: 20,
  items: 20,
  title: 120,
  markdown: 20_000,
  description: 1_000,
  label: 60,
  url: 2_000,
} as const;

/** A visibility page's fields (saveMyPage and its sections). */
export const PAGE_RULES = {
  title: { required: true, min: 2, max: 120 },
  seoDescription: { max: 300 },
  sectionTitle: { required: true, max: PAGE_LIMITS.title },
  markdown: { required: true, max: PAGE_LIMITS.markdown },
  itemTitle: { required: true, max: PAGE_LIMITS.title },
  itemDescription: { max: PAGE_LIMITS.description },
  label: { required: true, max: PAGE_LIMITS.label },
  url: { required: true, max: PAGE_LIMITS.url, web: true },
} as const satisfies Record<string, InputRule>;

/** Introductions, recommendations and the directory's search. */
export const NETWORK_RULES = {
  introductionMessage: { required: true, min: 20, max: 2000 },
  answerMessage: { max: 1000 },
  clientName: { required: true, min: 2, max: 120 },
  recommendationNote: { required: true, min: 10, max: 2000 },
  outcomeNote: { max: 2000 },
  search: { max: 200 },
} as const satisfies Record<string, InputRule>;

/** Collectives: the collective itself, its charter, memberships, commitments and journal. */
export const COLLECTIVE_RULES = {
  name: { required: true, min: 2, max: 80 },
  purpose: { required: true, min: 10, max: 500 },
  description: { max: 5000 },
  region: { max: 60 },
  agreement: { required: true, min: 3, max: 1000 },
  message: { max: 1000 },
  reason: { max: 1000 },
  responsibilities: { max: 2000 },
  commitment: { required: true, min: 3, max: 500 },
  note: { max: 1000 },
  journalTitle: { required: true, min: 3, max: 140 },
  journalBody: { max: 5000 },
  search: { max: 100 },
} as const satisfies Record<string, InputRule>;

/** Agreements a charter holds at most. */
export const CHARTER_MAX = 40;

/** Opportunities and the interest members express in them. */
export const OPPORTUNITY_RULES = {
  title: { required: true, min: 5, max: 140 },
  description: { required: true, min: 20, max: 5000 },
  region: { max: 60 },
  note: { required: true, min: 10, max: 1000 },
} as const satisfies Record<string, InputRule>;

/** Skills an opportunity asks for at most. */
export const OPPORTUNITY_SKILLS_MAX = 10;
