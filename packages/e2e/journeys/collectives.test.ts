// Journey: Camille creates a collective and writes its charter, invites another member, who
// accepts (and the charter with it) in their own browser; Camille sets their role and
// responsibilities and records a commitment; the new member writes in the journal.
import { describe, expect, it } from 'vitest';
import { screenViolations } from '../src/accessibility.ts';
import { adminClient, anotherMember } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

/** A calendar day some weeks ahead, as date inputs take it. */
function dayIn(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

describe.runIf(RUN_JOURNEYS)('running a collective', () => {
  const journey = useJourney({ camille: {}, other: { width: 390 } });

  it('create → charter → invite → accept with the charter → role, commitment, journal', async () => {
    const admin = await adminClient(journey.gateway.url);
    const invitee = await anotherMember(journey.gateway.url, CAMILLE);
    const name = 'Coopérative des images';
    const page = journey.camille.page;

    // Camille creates the collective with a first agreement.
    await signInThroughEmailedLink(page, journey.gateway.url, admin, CAMILLE);
    await page.getByRole('link', { name: 'Mes collectifs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes collectifs' }).waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer un collectif' }).click();
    await page.getByLabel('Nom du collectif').fill(name);
    // Checked as you type: too short a purpose is refused before anything is sent.
    await page.getByLabel('Sa raison d’être').fill('Trop bref');
    await page.getByLabel('Sa raison d’être').blur();
    await page.getByText('Écrivez au moins 10 caractères').waitFor();
    await page
      .getByLabel('Sa raison d’être')
      .fill('Répondre ensemble aux commandes d’images des collectivités bretonnes.');
    await page.getByLabel('Région').selectOption('Bretagne');
    await page.getByLabel('Accord 1').fill('Nous partageons les commandes à parts égales.');
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer le collectif' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Votre collectif est créé').waitFor();

    // The second agreement, added on the collective's page, then moved first (instantly).
    await page.getByLabel('Nouvel accord').fill('Nous nous prévenons une semaine avant toute absence.');
    await page.getByRole('button', { name: 'Ajouter à la charte' }).click();
    await page.getByRole('status').filter({ hasText: 'Accord ajouté à la charte, en position 2.' }).waitFor();
    await page.getByRole('button', { name: 'Monter l’accord 2' }).click();
    await expect.poll(() => page.locator('#charte ol.charter > li').first().innerText()).toContain('une semaine avant');

    // The invitation, found through the directory search.
    await page.getByLabel('Rechercher un membre').fill(invitee.displayName);
    await page.getByRole('button', { name: `Inviter ${invitee.displayName}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${invitee.displayName} est invité·e` })
      .waitFor();
    await page.getByRole('heading', { name: 'Une invitation en attente de réponse' }).waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await journey.camille.screenshot('collectives-1-invited');

    // The invited member, in their own browser (a phone's width), accepts with the charter.
    const theirs = journey.other.page;
    await signInThroughEmailedLink(theirs, journey.gateway.url, admin, invitee.email);
    await theirs.goto(`${journey.gateway.url}/mes-collectifs`);
    await theirs.getByRole('heading', { name: 'Une invitation à rejoindre un collectif' }).waitFor();
    const invitation = theirs.getByRole('article', { name });
    await invitation.getByText('Nous nous prévenons une semaine avant toute absence.').waitFor();
    expect(await screenViolations(theirs)).toEqual([]);
    await invitation.getByRole('button', { name: 'Accepter l’invitation' }).click();
    // Not without accepting the charter explicitly.
    await invitation.getByText('Cochez la case pour accepter la charte').waitFor();
    await invitation.getByLabel(`J’ai lu la charte de « ${name} » et je l’accepte`).check();
    await invitation.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await theirs
      .getByRole('status')
      .filter({ hasText: `Bienvenue dans « ${name} »` })
      .waitFor();
    // Without a reload, the collective is among theirs, and focus is on it.
    await expect.poll(() => theirs.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await journey.other.screenshot('collectives-2-invitation-accepted');
    // Among the collectives to join, theirs is marked as such.
    await theirs.getByRole('link', { name: 'Découvrir d’autres collectifs à rejoindre' }).click();
    await theirs.getByRole('heading', { level: 1, name: 'Collectifs à rejoindre' }).waitFor();
    await theirs.getByRole('article', { name }).getByText('Vous en êtes membre').waitFor();
    expect(await screenViolations(theirs)).toEqual([]);
    // On a phone, the primary destinations are behind the header's "Menu".
    await theirs.getByRole('button', { name: 'Menu' }).click();
    await theirs.getByRole('link', { name: 'Mes collectifs' }).click();

    // Camille sets their role and responsibilities, and records a commitment for them.
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: `Rôle et responsabilités de ${invitee.displayName}` }).click();
    await page
      .getByRole('textbox', { name: `Responsabilités de ${invitee.displayName}` })
      .fill('Suit les devis et la relation avec les collectivités.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Rôle et responsabilités de ${invitee.displayName} enregistrés.` })
      .waitFor();
    await page.getByText('Suit les devis et la relation avec les collectivités.').waitFor();

    await page.getByRole('button', { name: 'Ajouter un engagement' }).click();
    await page.getByLabel('Qui s’engage').selectOption({ label: invitee.displayName });
    await page.getByLabel('À quoi').fill('Envoyer le devis commun à la mairie de Quimper');
    await page.getByLabel('Pour quand').fill(dayIn(21));
    await page.getByRole('button', { name: 'Enregistrer l’engagement' }).click();
    await page.getByRole('heading', { level: 3, name: 'Envoyer le devis commun à la mairie de Quimper' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Engagement enregistré' }).waitFor();

    // The new member writes in the journal and marks their commitment kept.
    await theirs.getByRole('link', { name }).click();
    await theirs.getByRole('heading', { level: 1, name }).waitFor();
    await theirs.getByRole('button', { name: 'Écrire dans le journal' }).click();
    // The form's own choice (the journal's filter above offers "Succès" too).
    await theirs.locator('#journal-write-kind-SUCCESS').check();
    await theirs.getByLabel('Titre').fill('Premier devis commun accepté');
    await theirs
      .getByLabel('Ce qui s’est passé')
      .fill('La mairie a retenu notre offre groupée.\nMerci à toutes et tous !');
    await theirs.getByRole('button', { name: 'Publier dans le journal' }).click();
    await theirs.getByRole('heading', { level: 3, name: 'Premier devis commun accepté' }).waitFor();
    await expect
      .poll(() => theirs.evaluate(() => document.activeElement?.textContent))
      .toBe('Premier devis commun accepté');
    await theirs
      .getByRole('button', {
        name: 'Changer le statut de l’engagement « Envoyer le devis commun à la mairie de Quimper »',
      })
      .click();
    await theirs.getByLabel('Nouveau statut').selectOption('KEPT');
    await theirs.getByLabel('Un mot pour le collectif').fill('Envoyé mardi.');
    await theirs.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await theirs.getByRole('status').filter({ hasText: 'Statut de l’engagement : Tenu.' }).waitFor();
    expect(await screenViolations(theirs)).toEqual([]);

    // Camille sees all of it on the collective's page.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Premier devis commun accepté' }).waitFor();
    await page.getByText('Tenu', { exact: true }).first().waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await journey.camille.screenshot('collectives-3-collective');
  });
});
