// Journey: pictures of the main screens at 1280 and 390 px for the README's tour, written to
// docs/screenshots/ (committed): the public home and directory, the portal's sign-in, home, directory,
// agenda and profile for a member, the console's dashboard and members. Each screen is waited for
// until its data is drawn, then photographed (the visible part: what a person sees first).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS, type Browser } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughLinkFromApi, signInToConsole } from '../src/sign-in.ts';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const MEMBER = 'camille.martin@example.fr';

const SHOTS = {
  visitor: [
    ['public-home', '/'],
    ['public-directory', '/annuaire'],
    ['portal-sign-in', '/connexion'],
  ],
  member: [
    ['portal-home', '/'],
    ['portal-directory', '/reseau'],
    ['portal-agenda', '/agenda'],
    ['portal-profile', '/profil'],
  ],
  admin: [
    ['console-dashboard', '/console/'],
    ['console-members', '/console/membres'],
  ],
} as const;

describe.runIf(RUN_JOURNEYS)('screenshots for the README', () => {
  const journey = useJourney({ wide: { width: 1280 }, phone: { width: 390 } });

  async function shoot(browser: Browser, width: number, name: string, path: string) {
    const { page } = browser;
    await page.goto(`${journey.gateway.url}${path}`);
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !document.querySelector('.skeleton'), null, { timeout: 20_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    // No caret or focus ring left on the title the screen focused.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const file = join(OUT, `${name}-${width}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  for (const [size, width] of [
    ['wide', 1280],
    ['phone', 390],
  ] as const) {
    it(`photographs the main screens at ${width} px`, async () => {
      mkdirSync(OUT, { recursive: true });
      const browser = journey[size];
      const files: string[] = [];
      for (const [name, path] of SHOTS.visitor) files.push(await shoot(browser, width, name, path));
      await signInThroughLinkFromApi(browser.page, journey.gateway.url, await adminClient(journey.gateway.url), MEMBER);
      for (const [name, path] of SHOTS.member) files.push(await shoot(browser, width, name, path));
      await signInToConsole(browser.page, journey.gateway.url);
      for (const [name, path] of SHOTS.admin) files.push(await shoot(browser, width, name, path));
      expect(files).toHaveLength(9);
    });
  }
});
