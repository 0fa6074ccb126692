// A member signs in in their browser the way people do: ask for a link, open it from the email
// (read through the admin's outbox), and land signed in.
import type { Page } from 'playwright-core';
import type { AdminClient } from './admin.ts';

export async function signInThroughEmailedLink(
  page: Page,
  baseUrl: string,
  admin: AdminClient,
  email: string,
): Promise<void> {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByRole('heading', { name: 'Regardez votre boîte mail' }).waitFor();
  await page.goto(await admin.linkSentTo(email));
  // Signed in: the header shows the member's menu ("Mon espace").
  await page.getByRole('button', { name: /^Mon espace/ }).waitFor();
}
