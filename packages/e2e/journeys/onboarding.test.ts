// Journey: a newcomer, just admitted, finds the "Bien démarrer" checklist on their home (their
// skills, chosen when applying, are already ticked), does each item — profile, cooperation card,
// public page, a first workshop — sees them ticked from what is stored, and puts the list away
// once everything is done; it stays away after a reload.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

describe.runIf(RUN_JOURNEYS)('first sign-in checklist', () => {
  const journey = useJourney({ browser: { width: 390 } });

  it('new member sees it → completes each item → dismisses it → it stays gone', async () => {
    const { page } = journey.browser;
    const base = journey.gateway.url;
    const email = `lea.bonnet.${Date.now()}@example.fr`;

    await page.goto(`${base}/candidature`);
    await page.getByLabel('Votre nom ou celui de votre structure').fill('Léa Bonnet');
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByLabel('Votre région').fill('Bretagne');
    await page.getByRole('checkbox').first().check();
    await page
      .getByLabel('Pourquoi nous rejoindre ?')
      .fill('Photographe indépendante, je veux monter des offres avec des graphistes et des rédacteurs.');
    await page.waitForTimeout(3_200); // the form refuses what is sent faster than a person types
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await page.getByText('Merci ! Votre candidature est enregistrée').waitFor();
    const admin = await adminClient(base);
    await admin.admit(email);
    await signInThroughEmailedLink(page, base, admin, email);

    // The home: the checklist near the top, above the suggestions and the agenda.
    await page.goto(base);
    const checklist = page.getByRole('region', { name: 'Bien démarrer' });
    await checklist.waitFor();
    await checklist.getByText('1 sur 5 fait').waitFor();
    expect(await checklist.getByRole('link').allTextContents()).toEqual([
      'Présentez-vous : accroche et présentation',
      'Remplissez votre carte de coopération',
      'Publiez votre page publique',
      'Inscrivez-vous à un premier atelier',
    ]);
    await page.getByRole('heading', { level: 2, name: 'Suggestions pour vous' }).waitFor();
    const order = await page.locator('h2').allTextContents();
    expect(order.indexOf('Bien démarrer')).toBeLessThan(order.indexOf('Suggestions pour vous'));
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('onboarding-1-checklist');

    // Profile and cooperation card, saved together from the link.
    await checklist.getByRole('link', { name: 'Présentez-vous : accroche et présentation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByLabel('Accroche (facultatif)').fill('Photographe — portraits et reportages d’entreprise');
    await page
      .getByLabel('Présentation (facultatif)')
      .fill('Je photographie les gens au travail, en lumière naturelle.');
    await page.getByLabel('Ce que je peux faire (facultatif)').fill('Portraits, reportages, banques d’images.');
    await page
      .getByLabel('Ce que je souhaite (facultatif)')
      .fill('Travailler avec une graphiste sur des identités complètes.');
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    await page.getByRole('link', { name: 'Accueil' }).first().click();
    await checklist.getByText('3 sur 5 fait').waitFor();

    // The public page.
    await checklist.getByRole('link', { name: 'Publiez votre page publique' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ma page publique' }).waitFor();
    await page.getByLabel('Titre de la page').fill('Léa Bonnet, photographe');
    // A new page starts with one text section: a page goes online with something in it.
    await page.getByLabel('Titre de la section').first().fill('Ma démarche');
    await page
      .getByLabel('Texte (markdown)')
      .first()
      .fill('Des portraits en **lumière naturelle**, pour les équipes et leurs clients.');
    await page.getByText(/Brouillon enregistré à/).waitFor();
    await page.getByRole('button', { name: 'Publier ma page' }).click();
    await page.getByText('Votre page est en ligne.').waitFor();

    // A first workshop, one with seats left.
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ workshops(upcoming: true, first: 50) { edges { node { slug seatsLeft } } } }' }),
    });
    const workshops = (
      (await answer.json()) as {
        data: { workshops: { edges: { node: { slug: string; seatsLeft: number | null } }[] } };
      }
    ).data.workshops.edges;
    const open = workshops.map((edge) => edge.node).find((node) => (node.seatsLeft ?? 0) > 1);
    if (!open) throw new Error('The seed has no upcoming workshop with seats left');
    await page.goto(`${base}/agenda/${open.slug}`);
    await page.getByRole('button', { name: 'M’inscrire', exact: true }).click();
    await page.getByText('Vous êtes inscrit·e : votre place est réservée.', { exact: true }).waitFor();

    // Everything done: the list says so, and goes away when asked.
    await page.goto(base);
    await checklist.getByText('Bravo, tout est fait : votre place dans le réseau est prête.').waitFor();
    expect(await checklist.getByRole('link').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('onboarding-2-complete');
    await checklist.getByRole('button', { name: 'Masquer cette liste' }).click();
    await checklist.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Suggestions pour vous' }).waitFor();
    expect(await page.getByRole('region', { name: 'Bien démarrer' }).count()).toBe(0);
  });
});
