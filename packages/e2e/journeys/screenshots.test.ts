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
import { ADMIN } from '../src/gateway.ts';
import { useJourney } from '../src/journey.ts';

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

  async function signInMember(browser: Browser) {
    const admin = await adminClient(journey.gateway.url);
    const asked = await fetch(`${journey.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { requestSignInLink(email: "${MEMBER}") { __typename } }` }),
    });
    expect(asked.status).toBe(200);
    await browser.page.goto(await admin.linkSentTo(MEMBER));
    await browser.page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  }

  async function signInAdmin(browser: Browser) {
    await browser.context.clearCookies();
    const { page } = browser;
    await page.goto(`${journey.gateway.url}/console/connexion`);
    await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/connexion'));
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
      await signInMember(browser);
      for (const [name, path] of SHOTS.member) files.push(await shoot(browser, width, name, path));
      await signInAdmin(browser);
      for (const [name, path] of SHOTS.admin) files.push(await shoot(browser, width, name, path));
      expect(files).toHaveLength(9);
    });
  }
});
