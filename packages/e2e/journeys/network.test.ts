// Journey: Camille edits her profile (headline, a skill, her cooperation card) and finds it saved
// after a reload; she searches the network without accents and finds an accented trade, recommends
// that member to a client — who sees it on their side — and asks to be put in touch; once they
// accept, she sees their contact details.
import { AdminMembersDocument } from '@ekoacteurs/client';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { adminSession } from '../src/session-client.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

/** A member's sign-in address, as the console shows it to admins. */
async function emailOf(baseUrl: string, handle: string, displayName: string): Promise<string> {
  const client = await adminSession(baseUrl);
  const result = await client.query(AdminMembersDocument, { first: 20, search: displayName }).toPromise();
  const email = result.data?.members?.edges.map((edge) => edge.node).find((node) => node.handle === handle)?.email;
  if (!email) throw new Error(`No address for ${handle}: ${JSON.stringify(result.data ?? result.error)}`);
  return email;
}

describe.runIf(RUN_JOURNEYS)('the network: profile, directory, recommendation, introduction', () => {
  const journey = useJourney({ camille: {}, other: { width: 390 } });

  it('edit the profile → search without accents → recommend → introduction accepted → contact details', async () => {
    const admin = await adminClient(journey.gateway.url);
    const page = journey.camille.page;
    await signInThroughEmailedLink(page, journey.gateway.url, admin, CAMILLE);

    // Her profile: headline, a skill with its level, her cooperation card.
    await page.getByRole('button', { name: /^Mon espace/ }).click(); // the member's menu in the header
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const headline = 'Graphiste — identités sobres et supports éco-conçus';
    await page.getByLabel('Accroche (facultatif)').fill(headline);
    // A skill from the searchable picker (unless she has it already), with its level.
    if ((await page.getByLabel('Niveau en Rédaction web').count()) === 0) {
      await page.getByRole('combobox', { name: 'Ajouter une compétence' }).fill('rédaction web');
      await page.keyboard.press('Enter');
    }
    await page.getByLabel('Niveau en Rédaction web').selectOption('INTERMEDIATE');
    const wish = 'Monter une offre commune avec une rédactrice pour les rapports RSE.';
    await page.getByLabel('Ce que je souhaite (facultatif)').fill(wish);
    // One save for the whole profile.
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    await page.getByText('Profil enregistré.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.getByLabel('Accroche (facultatif)').inputValue()).toBe(headline);
    expect(await page.getByLabel('Niveau en Rédaction web').inputValue()).toBe('INTERMEDIATE');
    expect(await page.getByLabel('Ce que je souhaite (facultatif)').inputValue()).toBe(wish);
    await journey.camille.screenshot('network-1-profile');

    // The network: "developp" (no accent) finds "développeur·se web".
    await page.getByRole('link', { name: 'Réseau' }).click();
    await page.getByRole('heading', { level: 1, name: 'Le réseau' }).waitFor();
    await page.getByLabel('Nom, métier, compétence, ville…').fill('developp');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/reseau\?q=developp$/);
    const results = page.getByRole('region', { name: 'Résultats' });
    await results.getByRole('listitem').first().waitFor();
    expect(await results.textContent()).toMatch(/[Dd]éveloppe/);
    expect(await seriousViolations(page)).toEqual([]);
    // The search is in the address: it can be shared.
    await page.reload();
    await results.getByRole('listitem').first().waitFor();
    await page.getByRole('region', { name: 'Suggestions pour vous' }).waitFor();

    // A member found: recommend them to a client.
    const first = results.getByRole('listitem').first().getByRole('link').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const handle = new URL(page.url()).pathname.split('/').pop()!;
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Recommander ${name}` }).click();
    const client = 'Ressourcerie du Pays de Rennes';
    await page.getByLabel('Nom du client').fill(client);
    await page
      .getByLabel('Pourquoi ce membre ?')
      .fill('Leur site a besoin d’une refonte légère et accessible ; je leur ai parlé de vous.');
    await page.getByRole('button', { name: 'Envoyer la recommandation' }).click();
    await page.getByText(`Recommandation envoyée : ${name} est prévenu·e.`).waitFor();

    // And ask to be put in touch: no contact details until then.
    await page.getByText(/Ses coordonnées apparaîtront ici/).waitFor();
    await page.getByRole('button', { name: 'Demander une mise en relation' }).click();
    await page
      .getByLabel('Votre message')
      .fill('Bonjour, je suis graphiste à Lyon ; j’aimerais vous proposer un projet de site pour une ressourcerie.');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByText(`Demande envoyée : ${name} est prévenu·e et vous répondra.`).waitFor();

    // The member, on their side: the recommendation, and the request to accept.
    const email = await emailOf(journey.gateway.url, handle, name);
    await signInThroughEmailedLink(journey.other.page, journey.gateway.url, admin, email);
    await journey.other.page.goto(`${journey.gateway.url}/mises-en-relation`);
    await journey.other.page.getByRole('heading', { level: 1, name: 'Mises en relation et recommandations' }).waitFor();
    const received = journey.other.page.getByRole('region', { name: 'Recommandations reçues' });
    await received.getByText(`Pour le client ${client}`).waitFor();
    expect(await received.textContent()).toContain('Camille Martin');
    const request = journey.other.page
      .getByRole('region', { name: 'Demandes reçues' })
      .getByRole('article', { name: /Camille Martin/ });
    await request.getByLabel(/Un mot pour Camille Martin/).fill('Avec plaisir, écrivez-moi !');
    expect(await seriousViolations(journey.other.page)).toEqual([]);
    await request.getByRole('button', { name: 'Accepter' }).click();
    await journey.other.page
      .getByText('Demande de Camille Martin acceptée : vous voyez désormais vos coordonnées respectives.')
      .waitFor();
    await journey.other.page.getByRole('link', { name: CAMILLE }).waitFor();
    await journey.other.screenshot('network-2-accepted');

    // Camille now sees their contact details.
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('link', { name: email }).waitFor();
    await page.goto(`${journey.gateway.url}/mises-en-relation`);
    await page
      .getByRole('region', { name: 'Demandes envoyées' })
      .getByRole('article')
      .filter({ hasText: name })
      .getByText('Acceptée')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await journey.camille.screenshot('network-3-in-touch');
  });
});
