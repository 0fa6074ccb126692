// The API's validation rules, mirrored so forms check as you type (apps/gateway/src/schema/
// profile-input.ts, profile.ts, page-sections.ts, visibility-page.ts, introductions.ts,
// recommendation.ts). Lengths count characters after trimming, as zod's .trim() does.
import { lengthProblem, type LengthRule, type Problem } from './form.ts';

export interface Rule extends LengthRule {
  /** One line: no line breaks nor control characters (the API's `line()`). */
  oneLine?: boolean;
  /** A web address (http or https), optionally on one host (LinkedIn). */
  web?: boolean | { host: RegExp };
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

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

export function problemOf(value: string, rule: Rule | undefined): Problem | null {
  if (!rule) return null;
  const text = value.trim();
  const length = lengthProblem(text, rule, 'network');
  if (length || text.length === 0) return length;
  if (rule.oneLine && (/[\r\n]/.test(text) || hasControl(text))) return { key: 'network.form.oneLine' };
  if (!rule.oneLine && hasControl(text)) return { key: 'network.form.control' };
  if (rule.web) {
    const host = typeof rule.web === 'object' ? rule.web.host : undefined;
    if (!isWebAddress(text, host)) return { key: host ? 'network.form.linkedin' : 'network.form.web' };
  }
  return null;
}

export const LINKEDIN = /(^|\.)linkedin\.com$/i;

/** apps/gateway/src/schema/network/profile.ts */
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
} satisfies Record<string, Rule>;

export const MAX_SKILLS = 15;

/** apps/gateway/src/schema/pages/page-sections.ts and visibility-page.ts */
export const PAGE_LIMITS = {
  sections: 20,
  items: 20,
  title: 120,
  markdown: 20_000,
  description: 1_000,
  label: 60,
  url: 2_000,
} as const;
export const PAGE_RULES = {
  title: { required: true, min: 2, max: 120 },
  seoDescription: { max: 300 },
  sectionTitle: { required: true, max: PAGE_LIMITS.title },
  markdown: { required: true, max: PAGE_LIMITS.markdown },
  itemTitle: { required: true, max: PAGE_LIMITS.title },
  itemDescription: { max: PAGE_LIMITS.description },
  label: { required: true, max: PAGE_LIMITS.label },
  url: { required: true, max: PAGE_LIMITS.url, web: true },
} satisfies Record<string, Rule>;

/** introductions.ts and recommendation.ts */
export const NETWORK_RULES = {
  introductionMessage: { required: true, min: 20, max: 2000 },
  answerMessage: { max: 1000 },
  clientName: { required: true, min: 2, max: 120 },
  recommendationNote: { required: true, min: 10, max: 2000 },
  outcomeNote: { max: 2000 },
  search: { max: 200 },
} satisfies Record<string, Rule>;
