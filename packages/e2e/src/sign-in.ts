// How people sign in during a journey. A member in their browser the way people do: ask for a
// link, open it from the email (read through the admin's outbox), and land signed in; or, where
// the sign-in itself is not what is looked at (another language, screenshots), the link asked
// for through the API. An admin on the console with email and password.
import type { Page } from 'playwright-core';
import type { AdminClient } from './admin.ts';
import { ADMIN } from './gateway.ts';

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

/** The link asked for through the API, then opened: in any language, without reading the form. */
export async function signInThroughLinkFromApi(
  page: Page,
  baseUrl: string,
  admin: AdminClient,
  email: string,
): Promise<void> {
  const asked = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!) { requestSignInLink(email: $email) { __typename } }',
      variables: { email },
    }),
  });
  if (asked.status !== 200) throw new Error(`Asking a sign-in link for ${email} answered ${asked.status}`);
  await page.goto(await admin.linkSentTo(email));
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/**
 * The seeded admin signs in on the console (whoever was signed in in this browser is forgotten)
 * and lands on `path` (a console address such as `/candidatures`; the dashboard without it).
 * Reads no label: any language.
 */
export async function signInToConsole(page: Page, baseUrl: string, path?: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/console/connexion${path ? `?retour=${encodeURIComponent(path)}` : ''}`);
  await page.locator('input[type="email"]').fill(ADMIN.email);
  await page.locator('input[type="password"]').fill(ADMIN.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/connexion'));
}
