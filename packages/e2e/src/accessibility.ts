// axe-core in the page: the violations a keyboard or screen-reader user would hit, on the whole page
// or on the screen alone (its main landmark and dialogs). Every page runs under a Content-Security-
// Policy that refuses inline scripts, so axe is evaluated through the DevTools protocol, not a tag.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations on the current page (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return seriousOf(results);
}

/** The serious and critical ones among axe's results, as the journeys report them. */
function seriousOf(results: axe.AxeResults): Violation[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => String(node.target)),
    }));
}

/**
 * Serious and critical violations on this screen (the main landmark and its dialogs). Those of the
 * shared frame (header, navigation) are another screen's concern: printed, not failed on here.
 */
export async function screenViolations(page: Page): Promise<Violation[]> {
  const found: Violation[] = [];
  for (const violation of await seriousViolations(page)) {
    const inScreen = await page.evaluate(
      (selectors) => selectors.filter((selector) => document.querySelector(selector)?.closest('main, dialog') !== null),
      violation.targets,
    );
    if (inScreen.length) found.push({ ...violation, targets: inScreen });
    if (inScreen.length < violation.targets.length)
      console.warn(
        `Outside this screen (not failed on): ${violation.id} ${violation.targets.filter((t) => !inScreen.includes(t)).join(', ')}`,
      );
  }
  return found;
}
