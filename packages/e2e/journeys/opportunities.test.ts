// Journey: Camille posts a call for tenders on the board; another member finds it with the
// filters and expresses interest with a note; Camille forms the team and moves it along.
import { describe, expect, it } from 'vitest';
import { screenViolations } from '../src/accessibility.ts';
import { adminClient, anotherMember } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink } from '../src/sign-in.ts';

const CAMILLE = 'camille.martin@example.fr';

/** A Paris wall-clock time some weeks ahead, as datetime-local inputs take it. */
function inWeeks(weeks: number): string {
  return `${new Date(Date.now() + weeks * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10)}T12:00`;
}

describe.runIf(RUN_JOURNEYS)('answering a call for tenders together', () => {
  const journey = useJourney({ camille: {}, other: { width: 390 } });

  it('post a call for tenders → another member is interested → the poster forms the team', async () => {
    const admin = await adminClient(journey.gateway.url);
    const member = await anotherMember(journey.gateway.url, CAMILLE);
    const title = 'Identité visuelle du festival de Douarnenez';
    const page = journey.camille.page;

    // Camille posts a call for tenders.
    await signInThroughEmailedLink(page, journey.gateway.url, admin, CAMILLE);
    await page.getByRole('link', { name: 'Opportunités' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opportunités' }).waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publier une opportunité' }).click();
    await page.getByRole('radio', { name: /^Appel d’offres/ }).check();
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page
      .getByLabel('Ce qui est attendu')
      .fill(
        'Le festival cherche une équipe pour son affiche, sa signalétique et ses réseaux sociaux.\nBudget : 12 000 €.',
      );
    await page.getByLabel('Région (facultatif)').selectOption('Bretagne');
    // Checked as you type: a deadline in the past is refused before anything is sent.
    await page.getByLabel('Échéance').fill('2020-01-01T12:00');
    await page.getByLabel('Échéance').blur();
    await page.getByText('Choisissez une échéance à venir.').waitFor();
    await page.getByLabel('Échéance').fill(inWeeks(4));
    await page.getByText('Choisir des compétences').click();
    await page.getByRole('checkbox').first().check();
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Votre opportunité est publiée.').waitFor();
    const address = page.url();

    // Another member finds it on the board with the filters, and expresses interest.
    const theirs = journey.other.page;
    await signInThroughEmailedLink(theirs, journey.gateway.url, admin, member.email);
    await theirs.goto(`${journey.gateway.url}/opportunites`);
    await theirs.getByLabel('Type').selectOption('CALL_FOR_TENDER');
    await theirs.getByLabel('Rechercher dans les titres et descriptions').fill('douarnenez');
    await theirs
      .getByRole('status')
      .filter({ hasText: /^1 opportunité$/ })
      .waitFor();
    expect(theirs.url()).toContain('type=CALL_FOR_TENDER');
    expect(await screenViolations(theirs)).toEqual([]);
    await theirs.getByRole('link', { name: title }).click();
    await theirs.getByRole('heading', { level: 1, name: title }).waitFor();
    await theirs.getByLabel('Ce que vous apportez').fill('Graphiste, je peux prendre l’affiche et la signalétique.');
    await theirs.getByRole('button', { name: 'Je suis intéressé·e' }).click();
    await theirs.getByRole('status').filter({ hasText: 'Votre intérêt est enregistré' }).waitFor();
    await theirs.getByRole('button', { name: 'Retirer mon intérêt' }).waitFor();
    expect(await screenViolations(theirs)).toEqual([]);
    await journey.other.screenshot('opportunities-1-interested');

    // Camille sees the interest with its note and retains the member in the team.
    await page.goto(address);
    await page.getByRole('heading', { name: 'Former l’équipe (1 marque d’intérêt)' }).waitFor();
    await page.getByText('Graphiste, je peux prendre l’affiche et la signalétique.').waitFor();
    await page.getByRole('checkbox', { name: member.displayName }).check();
    await page.getByRole('button', { name: 'Retenir dans l’équipe (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retenir ce membre dans l’équipe ?' });
    await dialog.getByText('C’est définitif').waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Retenir dans l’équipe' }).click();
    await page.getByRole('heading', { name: 'L’équipe (1 membre)' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${member.displayName} rejoint l’équipe.` })
      .waitFor();
    // Retaining the first member moved it to "team forming"; the team answers and submits.
    await page.getByText('Statut : Équipe en constitution.').waitFor();
    await page.getByRole('button', { name: 'La réponse est déposée' }).click();
    await page.getByText('Statut : Réponse déposée.').waitFor();
    expect(await screenViolations(page)).toEqual([]);
    await journey.camille.screenshot('opportunities-2-team-formed');

    // The member sees they are in the team.
    await theirs.reload();
    await theirs.getByText('Vous faites partie de l’équipe.').waitFor();
  });
});
