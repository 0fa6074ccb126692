// The API through the apps' generated client with its own cookie jar: one signed-in person per
// client, as a browser tab would be (persisted documents, session cookie, CSRF header).
import { createEkoClient, SignInWithPasswordDocument } from '@ekoacteurs/client';
import { ADMIN } from './gateway.ts';

export type SessionClient = ReturnType<typeof createEkoClient>;

export function sessionClient(baseUrl: string, clientName = 'console'): SessionClient {
  let cookie = '';
  return createEkoClient({
    persisted: true,
    url: `${baseUrl}/graphql`,
    clientName,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(input, { ...init, headers });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!;
      return response;
    },
  });
}

/** A client signed in as the seeded admin (email and password, as in the console). */
export async function adminSession(baseUrl: string): Promise<SessionClient> {
  const client = sessionClient(baseUrl);
  const signedIn = await client.mutation(SignInWithPasswordDocument, ADMIN).toPromise();
  if (signedIn.data?.signInWithPassword.__typename !== 'SignInSuccess') {
    throw new Error(`The admin could not sign in: ${JSON.stringify(signedIn.data ?? signedIn.error)}`);
  }
  return client;
}
