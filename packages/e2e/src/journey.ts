// What every journey file starts and stops: the built gateway on its own copy of the run's seeded
// embedded database (src/seeded-template.ts) and one or more browsers, opened before its tests and
// closed after them (browsers first). A step that meets a Content-Security-Policy refusal fails.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';
import { startGateway, type RunningGateway } from './gateway.ts';

type BrowserOptions = Parameters<typeof openBrowser>[0];

/** Filled in before the file's tests run: `journey.gateway.url`, `journey.<browser>.page`. */
export type Journey<Names extends string> = { gateway: RunningGateway } & Record<Names, Browser>;

export function useJourney<const Names extends string>(browsers: Record<Names, BrowserOptions>): Journey<Names> {
  const journey = {} as Journey<Names>;
  const opened: Browser[] = [];
  beforeAll(async () => {
    journey.gateway = await startGateway({ seededCopyOf: inject('seededDatabase') });
    for (const [name, options] of Object.entries(browsers) as [Names, BrowserOptions][]) {
      const browser = await openBrowser(options);
      opened.push(browser);
      (journey as Record<Names, Browser>)[name] = browser;
    }
  });
  // No step may meet a Content-Security-Policy refusal (the apps' and the public pages' policies).
  afterEach(() => {
    const refused = opened.flatMap((browser) => browser.refusedByPolicy.splice(0));
    if (refused.length) throw new Error(`The page's Content-Security-Policy refused:\n${refused.join('\n')}`);
  });
  // A failed step says what the gateway logged (warnings and errors) and what the pages still
  // waited for: the clue when a page did not appear in time.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    console.log(`[${task.name}] the gateway's last log lines:\n${journey.gateway?.logs().slice(-4000) || '(none)'}`);
    for (const browser of opened) {
      const waiting = await browser.page
        .evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).responseEnd === 0)
            .map((entry) => entry.name),
        )
        .catch(() => ['(the page did not answer)']);
      console.log(`[${task.name}] ${browser.page.url()} still waiting for: ${waiting.join(', ') || 'nothing'}`);
    }
  });
  afterAll(async () => {
    await Promise.all(opened.map((browser) => browser.close()));
    await journey.gateway?.stop();
  });
  return journey;
}
