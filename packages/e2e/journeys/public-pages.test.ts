// Journey: a visitor (or a search engine) discovers the federation through its public pages —
// a member, a collective, a workshop, the directory — with JavaScript on and off, and writes to
// a member through the contact form and applies to join the federation without any script.
import { beforeAll, describe, expect, it } from 'vitest';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { seriousViolations } from '../src/accessibility.ts';
import { htmlProblems, missingProperties, structuredData } from '../src/public-pages.ts';

describe.runIf(RUN_JOURNEYS)('public visibility pages', () => {
  const journey = useJourney({ browser: {}, noScript: { javaScript: false } });
  let sitemapPaths: string[];
  let pages: {
    kind: 'federation' | 'member' | 'collective' | 'workshop' | 'directory';
    path: string;
    type: string | null;
  }[];

  beforeAll(async () => {
    const { gateway } = journey;
    // Addresses as a crawler finds them: from the sitemap.
    const sitemap = await (await fetch(`${gateway.url}/sitemap.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const calendar = await (await fetch(`${gateway.url}/ateliers`)).text();
    const upcoming = /href="(\/ateliers\/[^"]+)"/.exec(calendar)![1]!;
    pages = [
      { kind: 'federation', path: '/', type: 'Organization' },
      { kind: 'member', path: '/membres/camille-martin', type: 'Person' },
      { kind: 'collective', path: paths.find((path) => path.startsWith('/collectifs/'))!, type: 'Organization' },
      { kind: 'workshop', path: upcoming, type: 'Event' },
      { kind: 'directory', path: '/annuaire?domaine=communication', type: null },
    ];
    sitemapPaths = paths;
  });

  it('passes accessibility, structured-data and HTML checks on the federation, a member, a collective, a workshop and the directory', async () => {
    const { page } = journey.browser;
    // Every page checked is one the sitemap announces.
    for (const { path } of pages.slice(0, 4)) expect(sitemapPaths).toContain(path);
    for (const { kind, path, type } of pages) {
      const response = await page.goto(`${journey.gateway.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await htmlProblems(page), path).toEqual([]);
      const data = await structuredData(page);
      expect(
        data.map((item) => item['@type']),
        path,
      ).toEqual(type ? [type] : []);
      expect(data.flatMap(missingProperties), path).toEqual([]);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(
        `${journey.gateway.url}${path}`,
      );
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(await page.title());
      await journey.browser.screenshot(`public-${kind}`);
    }
  });

  it('reads the same without JavaScript, and the directory filters by a plain form', async () => {
    const { page } = journey.noScript;
    for (const { kind, path } of pages) {
      const response = await page.goto(`${journey.gateway.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect((await page.locator('h1').textContent())?.trim().length, path).toBeGreaterThan(0);
      expect(await page.locator('main').innerText(), path).not.toHaveLength(0);
      await journey.noScript.screenshot(`public-noscript-${kind}`);
    }
    await page.goto(`${journey.gateway.url}/annuaire`);
    const region = (await page.locator('#filtre-region option').nth(1).getAttribute('value'))!;
    await page.getByLabel('Région').selectOption(region);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === region);
    const places = await page.locator('section[aria-labelledby="resultats"] .card .muted').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain(region);
  });

  it('lets a visitor write to a member without JavaScript, and thanks them on the page', async () => {
    const { page } = journey.noScript;
    await page.goto(`${journey.gateway.url}/membres/camille-martin`);
    await page.getByRole('link', { name: 'Contacter', exact: true }).click();
    await page.getByLabel('Votre nom').fill('Hugo Visiteur');
    await page.getByLabel('Votre adresse e-mail').fill('hugo.visiteur@example.com');
    await page
      .getByLabel('Votre message')
      .fill('Bonjour, nous cherchons une identité visuelle pour notre ressourcerie.');
    // A person takes a few seconds; the form refuses what robots send at once.
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    await page.waitForURL((url) => url.searchParams.get('message') === 'envoye');
    expect(await page.locator('#contact-sent').textContent()).toContain('Votre message a été envoyé.');
    await journey.noScript.screenshot('public-noscript-contact-sent');

    // Sent again at once: refused, the text kept and the problem stated.
    await page.getByLabel('Votre nom').fill('Hugo Visiteur');
    await page.getByLabel('Votre adresse e-mail').fill('hugo.visiteur@example.com');
    await page.getByLabel('Votre message').fill('Un second message, envoyé trop vite.');
    await page.getByRole('button', { name: 'Envoyer le message' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Prenez le temps de relire votre message');
    expect(await page.getByLabel('Votre message').inputValue()).toBe('Un second message, envoyé trop vite.');
  });

  it('lets a visitor apply to join without JavaScript: problems in French next to each field, nothing lost, then thanks', async () => {
    const { page } = journey.noScript;
    await page.goto(`${journey.gateway.url}/`);
    await page.getByRole('link', { name: 'Rejoindre la fédération' }).first().click();
    await page.waitForURL((url) => url.pathname === '/candidature');
    await page.getByLabel('Votre nom ou celui de votre structure').fill('Léonie Fabre');
    await page.getByLabel('Votre adresse e-mail').fill('leonie.fabre@exemple.fr');
    await page.getByLabel('Votre région').fill('Occitanie');
    await page.getByLabel('Pourquoi nous rejoindre ?').fill('Trop court.');
    await page.waitForTimeout(3_200);
    // The browser's own check (minlength) is skipped as a hurried or old browser would: the server answers.
    await page.evaluate(() => document.querySelector('form.apply-form')?.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Choisissez au moins une compétence.');
    expect(alert).toContain('Dites-nous en un peu plus (au moins 30 caractères).');
    expect(alert).not.toMatch(/Choose at least|Tell us a little more/);
    expect(await page.getByLabel('Votre nom ou celui de votre structure').inputValue()).toBe('Léonie Fabre');
    expect(await page.getByLabel('Pourquoi nous rejoindre ?').inputValue()).toBe('Trop court.');

    await page
      .getByLabel('Pourquoi nous rejoindre ?')
      .fill('Je fabrique des meubles en bois local et je cherche à coopérer.');
    await page.getByRole('checkbox').first().check();
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.waitForURL((url) => url.searchParams.get('envoyee') === '1');
    expect(await page.locator('#candidature-envoyee').textContent()).toContain(
      'Merci ! Votre candidature est enregistrée',
    );
    await journey.noScript.screenshot('public-noscript-application-sent');
  });
});
