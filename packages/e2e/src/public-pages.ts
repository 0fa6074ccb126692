// Checks for the server-rendered public pages: the structured data a search engine reads, and HTML
// sanity (their accessibility: src/accessibility.ts, as every page's).
import type { Page } from 'playwright-core';

export type JsonLd = Record<string, unknown>;

export async function structuredData(page: Page): Promise<JsonLd[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as JsonLd);
}

/** What schema.org consumers (search engines' rich results) require of each type we publish. */
export const REQUIRED: Record<string, string[]> = {
  Person: ['name', 'url'],
  Organization: ['name', 'url'],
  Event: [
    'name',
    'startDate',
    'endDate',
    'location',
    'eventStatus',
    'eventAttendanceMode',
    'offers',
    'organizer',
    'description',
  ],
};

/** The missing required properties of a JSON-LD item, as "Type.property". */
export function missingProperties(item: JsonLd): string[] {
  const type = String(item['@type']);
  const missing = (REQUIRED[type] ?? ['@type'])
    .filter((property) => item[property] === undefined || item[property] === '')
    .map((property) => `${type}.${property}`);
  if (item['@context'] !== 'https://schema.org') missing.push(`${type}.@context`);
  if (type === 'Event') {
    const offers = item.offers as Record<string, unknown>;
    for (const property of ['price', 'priceCurrency', 'availability', 'url'])
      if (offers?.[property] === undefined) missing.push(`Event.offers.${property}`);
  }
  return missing;
}

/** HTML problems a validator would report first: duplicate ids, not exactly one h1, missing landmarks or language. */
export async function htmlProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    for (const duplicate of new Set(ids.filter((id, index) => ids.indexOf(id) !== index)))
      problems.push(`duplicate id "${duplicate}"`);
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problems.push(`${h1} h1 elements`);
    for (const landmark of ['header', 'nav', 'main', 'footer'])
      if (!document.querySelector(landmark)) problems.push(`no <${landmark}>`);
    if (!document.documentElement.lang) problems.push('no lang on <html>');
    if (document.doctype?.name !== 'html') problems.push('no <!DOCTYPE html>');
    for (const label of document.querySelectorAll('label[for]')) {
      if (!document.getElementById(label.getAttribute('for')!))
        problems.push(`label for a missing field "${label.getAttribute('for')}"`);
    }
    for (const field of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
      if (!field.id || !document.querySelector(`label[for="${field.id}"]`))
        problems.push(`unlabelled field ${field.getAttribute('name')}`);
    }
    return problems;
  });
}
