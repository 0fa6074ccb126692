// Checks for the server-rendered public pages: accessibility under their strict content security
// policy (no inline script may run, so axe is evaluated through the DevTools protocol), the
// structured data a search engine reads, and HTML sanity.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { seriousOf, type Violation } from './accessibility.ts';

/** Serious and critical axe violations (WCAG 2.1 A and AA), on a page that allows no script of its own. */
export async function seriousViolationsUnderCsp(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return seriousOf(results);
}

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
