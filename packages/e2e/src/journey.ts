// What every journey file starts and stops: the built gateway on a fresh embedded database and
// one or more browsers, opened before its tests and closed after them (browsers first).
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';
import { startGateway, type RunningGateway } from './gateway.ts';

type BrowserOptions = Parameters<typeof openBrowser>[0];

/** Filled in before the file's tests run: `journey.gateway.url`, `journey.<browser>.page`. */
export type Journey<Names extends string> = { gateway: RunningGateway } & Record<Names, Browser>;

export function useJourney<const Names extends string>(browsers: Record<Names, BrowserOptions>): Journey<Names> {
  const journey = {} as Journey<Names>;
  const opened: Browser[] = [];
  beforeAll(async () => {
    journey.gateway = await startGateway();
    for (const [name, options] of Object.entries(browsers) as [Names, BrowserOptions][]) {
      const browser = await openBrowser(options);
      opened.push(browser);
      (journey as Record<Names, Browser>)[name] = browser;
    }
  });
  afterAll(async () => {
    await Promise.all(opened.map((browser) => browser.close()));
    await journey.gateway?.stop();
  });
  return journey;
}
