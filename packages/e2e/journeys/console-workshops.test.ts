// Journey: an admin creates a workshop in the console (a draft), publishes it, someone registers,
// and the admin exports the participants as a CSV file Excel reads in France. Then a copy of the
// workshop is made and cancelled, after confirmation.
import { readFileSync } from 'node:fs';
import { AdminWorkshopDocument, CreateIntegrationTokenDocument } from '@ekoacteurs/client';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInToConsole } from '../src/sign-in.ts';
import { adminSession } from '../src/session-client.ts';

/** "YYYY-MM-DD" in Paris, some days from now. */
function parisDay(daysAhead: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );
}

/** The admin registers through an integration token, as a partner tool would for its owner. */
async function registerAdmin(baseUrl: string, slug: string) {
  const client = await adminSession(baseUrl);
  const created = await client
    .mutation(CreateIntegrationTokenDocument, { input: { name: 'Inscriptions de test', scopes: ['WRITE_WORKSHOPS'] } })
    .toPromise();
  const payload = created.data?.createIntegrationToken;
  if (payload?.__typename !== 'CreateApiTokenSuccess') throw new Error(`No token: ${JSON.stringify(created)}`);
  const workshop = (await client.query(AdminWorkshopDocument, { slug }).toPromise()).data?.workshop;
  if (!workshop) throw new Error(`No workshop ${slug}`);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${payload.secret}` },
    body: JSON.stringify({
      query: 'mutation($id: ID!) { registerForWorkshop(workshopId: $id) { __typename } }',
      variables: { id: workshop.id },
    }),
  });
  const body = await response.json();
  if (body.data?.registerForWorkshop?.__typename === undefined || body.errors)
    throw new Error(`Registration failed: ${JSON.stringify(body)}`);
}

describe.runIf(RUN_JOURNEYS)('the console: workshops', () => {
  const journey = useJourney({ browser: {} });

  it('creates and publishes a workshop, then exports its participants as CSV', async () => {
    const { page } = journey.browser;
    await signInToConsole(page, journey.gateway.url, '/ateliers');
    await page.getByRole('heading', { level: 1, name: 'Ateliers' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Créer un atelier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel atelier' }).waitFor();
    // Nothing filled: every problem is said, next to its field.
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.getByRole('alert').getByText('3 champs sont à corriger.').waitFor();
    await page.getByText('Choisissez au moins un animateur.').waitFor();

    await page.getByLabel('Type').selectOption('CO_CREATION');
    await page.getByLabel('Titre').fill('Répondre à plusieurs à un appel d’offres');
    await page
      .getByLabel('Description')
      .fill('## Au programme\n\n- lire le cahier des charges\n- se répartir les lots');
    const day = parisDay(10);
    await page.getByLabel('Date de début').fill(day);
    await page.getByLabel('Heure de début').fill('09:30');
    await page.getByLabel('Heure de fin').fill('12:30');
    await page.getByLabel('Lieu').fill('Maison des associations, Rennes');
    await page.getByLabel('Nombre de places').fill('8');
    await page.getByLabel('Chercher un membre actif').fill('Camille Martin');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    await page.getByRole('button', { name: 'Ajouter Camille Martin' }).click();
    await page.getByRole('button', { name: 'Retirer Camille Martin' }).waitFor();
    await page.getByLabel("Réponse aux appels d'offres").check();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-5-new-workshop');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();

    await page.getByRole('heading', { level: 1, name: 'Répondre à plusieurs à un appel d’offres' }).waitFor();
    await page.getByRole('status').getByText('Brouillon « Répondre à plusieurs à un appel d’offres » créé.').waitFor();
    await page.getByText('Brouillon', { exact: true }).waitFor();
    const slug = new URL(page.url()).pathname.split('/').at(-1)!;

    await page.getByRole('button', { name: 'Publier' }).click();
    await page
      .getByRole('status')
      .getByText(/est publié : les inscriptions sont ouvertes/)
      .waitFor();
    await page.getByText('Publié', { exact: true }).waitFor();

    await registerAdmin(journey.gateway.url, slug);
    await page.reload();
    const participants = page.getByRole('table', { name: /1 inscription/ });
    await participants
      .getByRole('row', { name: /Équipe de la Fédération/ })
      .getByText('Confirmé')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.browser.screenshot('console-6-workshop-published');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`participants-${slug}-${day}.csv`);
    const bytes = readFileSync((await download.path())!);
    // UTF-8 with a byte-order mark, so Excel keeps the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe("Nom;E-mail;Statut;Position en liste d'attente;Présent;Inscrit le;Confirmé le");
    expect(lines[1]).toMatch(
      /^Équipe de la Fédération;admin@ekoacteurs\.fr;Confirmé;;;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    expect(lines.slice(2)).toEqual(['']);
    await page.getByRole('status').getByText('Fichier CSV prêt : 1 participant.').waitFor();
  });

  it('duplicates the workshop as a draft, then cancels the copy after confirmation', async () => {
    const { page } = journey.browser;
    await page.getByRole('button', { name: 'Dupliquer' }).click();
    const dialog = page.getByRole('dialog', { name: /^Dupliquer/ });
    await dialog.getByLabel('Date de la copie (facultatif)').fill(parisDay(17));
    await dialog.getByRole('button', { name: 'Créer la copie' }).click();
    await page
      .getByRole('status')
      .getByText(/créée en brouillon/)
      .waitFor();
    await page.getByText('Brouillon', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/ateliers\/[\w-]+$/);

    await page.getByRole('button', { name: 'Annuler l’atelier' }).click();
    const cancel = page.getByRole('dialog', { name: /^Annuler « Répondre/ });
    await cancel.getByLabel('Motif, pour les participants').fill('Salle indisponible ce jour-là.');
    expect(await seriousViolations(page)).toEqual([]);
    await cancel.getByRole('button', { name: 'Annuler l’atelier' }).click();
    await page
      .getByRole('status')
      .getByText(/est annulé : les participants sont prévenus/)
      .waitFor();
    await page.getByText('Annulé', { exact: true }).waitFor();
    await journey.browser.screenshot('console-7-workshop-cancelled');
  });
});
