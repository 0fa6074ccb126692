// Journey: every screen in French and in English — the public pages, the portal (a visitor's and a
// member's screens) and the console — with no sentence of the other language on it (src/language-leaks.ts).
// Screens with an id (a member, a workshop, a collective…) are reached through the first link of their list.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS, type Browser } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughLinkFromApi, signInToConsole } from '../src/sign-in.ts';
import { languageLeaks, type Lang } from '../src/language-leaks.ts';

const MEMBER = 'camille.martin@example.fr';
/** Proper nouns of the demo data and the product that hold a word of the other language. */
const ALLOWED = [
  'Fédération des ÉkôActeurs',
  'ÉkôActeurs',
  'Lire cette page en français',
  'Read this page in English',
  'Lire en français',
  'Read in English',
  'Français',
  'English',
];

/** List screen → the link pattern of its first item (a screen with an id). */
type Screen = string | { list: string; item: string };

const PUBLIC: Screen[] = [
  '/',
  '/candidature',
  '/annuaire',
  { list: '/annuaire', item: 'a[href^="/membres/"]' },
  '/ateliers',
  { list: '/ateliers', item: 'a[href^="/ateliers/"]' },
  '/cette-page-n-existe-pas',
];
const VISITOR: Screen[] = ['/connexion'];
const MEMBER_SCREENS: Screen[] = [
  '/',
  '/reseau',
  { list: '/reseau', item: 'main a[href^="/reseau/"]' },
  '/profil',
  '/profil/page',
  '/mises-en-relation',
  '/mes-collectifs',
  { list: '/mes-collectifs', item: 'main a[href^="/mes-collectifs/"]' },
  '/collectifs-a-rejoindre',
  '/contributions',
  '/notifications',
  '/opportunites',
  { list: '/opportunites', item: 'main a[href^="/opportunites/"]' },
  '/mes-donnees',
  '/parametres',
  '/agenda',
  { list: '/agenda', item: 'main a[href^="/agenda/"]' },
  '/mes-ateliers',
];
const CONSOLE: Screen[] = [
  '/console/',
  '/console/candidatures',
  '/console/membres',
  { list: '/console/membres', item: 'main a[href^="/console/membres/"]' },
  '/console/ateliers',
  '/console/ateliers/nouveau',
  { list: '/console/ateliers', item: 'main a[href^="/console/ateliers/"]:not([href$="/nouveau"])' },
  '/console/pages',
  '/console/collectifs',
  '/console/journal',
  '/console/integrations',
  '/console/boite-envoi',
  '/console/fedivers',
];

describe.runIf(RUN_JOURNEYS)('both languages on every screen', () => {
  const journey = useJourney({ fr: { locale: 'fr-FR' }, en: { locale: 'en-GB' } });

  /** Opens a screen and waits until it has drawn its data (no skeleton, no request in flight). */
  async function open(browser: Browser, lang: Lang, screen: Screen, query = ''): Promise<string> {
    const { page } = browser;
    let path = typeof screen === 'string' ? screen : screen.list;
    await page.goto(`${journey.gateway.url}${path}${query}`);
    if (typeof screen !== 'string') {
      // Followed as people do, by clicking (its link carries the language already: ?lang=en on public pages).
      const link = page.locator(screen.item).first();
      path = (await link.getAttribute('href', { timeout: 30_000 }))!;
      await link.click();
    }
    // Signed-in screens keep a live stream open: wait for the drawn data, not for an idle network.
    await page.locator('h1').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('.skeleton'), null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.lang), `${lang} ${path}: <html lang>`).toBe(lang);
    return path;
  }

  async function walk(lang: Lang, screens: Screen[], query = '') {
    const browser = journey[lang];
    const found: Record<string, string[]> = {};
    for (const screen of screens) {
      const path = await open(browser, lang, screen, query).catch(async (error: Error) => {
        await browser.screenshot(`languages-failed-${lang}`);
        throw new Error(`${lang} ${JSON.stringify(screen)}: ${error.message}`);
      });
      const leaks = await languageLeaks(browser.page, lang, ALLOWED);
      if (leaks.length) found[path] = leaks;
    }
    return found;
  }

  // The English browser has chosen English: the apps read the stored choice on every page.
  beforeAll(async () => {
    await journey.en.context.addInitScript(() => localStorage.setItem('ekoacteurs.language', 'en'));
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`public pages in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
      expect(await walk(lang, PUBLIC, lang === 'en' ? '?lang=en' : '')).toEqual({});
    });

    it(`a visitor's portal screen in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
      expect(await walk(lang, VISITOR)).toEqual({});
    });

    it(`a member's portal screens in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
      await signInThroughLinkFromApi(
        journey[lang].page,
        journey.gateway.url,
        await adminClient(journey.gateway.url),
        MEMBER,
      );
      expect(await walk(lang, MEMBER_SCREENS)).toEqual({});
    });

    it(`the console in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
      await signInToConsole(journey[lang].page, journey.gateway.url);
      expect(await walk(lang, CONSOLE)).toEqual({});
    });
  }
});
