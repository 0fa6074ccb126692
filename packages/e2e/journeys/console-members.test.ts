// Journey: a member is signed in on the portal in another browser; they cannot use the console.
// An admin suspends them from the console (after confirming, with a reason): their open session
// stops working at once.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/accessibility.ts';
import { adminClient } from '../src/admin.ts';
import { RUN_JOURNEYS } from '../src/browser.ts';
import { useJourney } from '../src/journey.ts';
import { signInThroughEmailedLink, signInToConsole } from '../src/sign-in.ts';

describe.runIf(RUN_JOURNEYS)('the console: members', () => {
  const journey = useJourney({ admin: {}, member: {} });
  const email = 'anne-sophie.simon@example.fr';

  it('keeps members out of the console', async () => {
    const { page } = journey.member;
    await signInThroughEmailedLink(page, journey.gateway.url, await adminClient(journey.gateway.url), email);
    await page.getByText('Bonjour Anne-Sophie Simon !').waitFor();

    await page.goto(`${journey.gateway.url}/console`);
    await page.getByRole('heading', { name: 'Espace réservé aux administrateurs' }).waitFor();
    await page.getByText(/cette console est réservée aux administrateurs de la fédération/).waitFor();
    // No admin screen, and no admin data asked for.
    expect(await page.getByRole('navigation', { name: 'Navigation de la console' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await journey.member.screenshot('console-10-members-only');
  });

  it('suspends the member: their open session stops working at once', async () => {
    const { page } = journey.admin;
    await signInToConsole(page, journey.gateway.url, '/membres');
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    await page.getByLabel('Nom, compétence, ville…').fill('Anne-Sophie Simon');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const found = page.getByRole('row', { name: /anne-sophie\.simon@example\.fr/ });
    await found.getByText('Actif').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await found.getByRole('link', { name: 'Anne-Sophie Simon' }).click();

    await page.getByRole('heading', { level: 1, name: 'Anne-Sophie Simon' }).waitFor();
    await page.getByText('1 session', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Suspendre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspendre Anne-Sophie Simon ?' });
    // The reason is required: the dialog says so instead of acting.
    await dialog.getByRole('button', { name: 'Suspendre' }).click();
    await dialog.getByRole('alert').getByText('Ce champ est obligatoire.').waitFor();
    await dialog.getByLabel('Motif').fill('Démarchage répété malgré les rappels à la charte.');
    await journey.admin.screenshot('console-11-suspend-dialog');
    await dialog.getByRole('button', { name: 'Suspendre' }).click();
    await page.getByRole('status').getByText('Anne-Sophie Simon est suspendu·e : ses sessions sont fermées.').waitFor();
    await page.getByText('Suspendu', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Lever la suspension' }).waitFor();
    await page.getByText('Aucune', { exact: true }).waitFor();
    await journey.admin.screenshot('console-12-suspended');

    // In the member's browser, the same session cookie no longer signs anyone in: the console
    // page they had open sends them to sign in, and the portal greets a visitor.
    await journey.member.page.reload();
    await journey.member.page.getByRole('heading', { name: 'Connexion à la console' }).waitFor();
    await journey.member.page.goto(`${journey.gateway.url}/`);
    await journey.member.page.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    expect(await journey.member.page.getByText('Bonjour Anne-Sophie Simon !').count()).toBe(0);
    await journey.member.screenshot('console-13-session-ended');
  });
});
