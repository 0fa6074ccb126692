// An integrator's TypeScript script using the installed @ekoacteurs/client (copied into an empty
// folder by packed-client.test.ts): one of the package's typed documents, and one of its own
// (sent in full: createEkoClient's default, no persisted hash).
import { createEkoClient, UpcomingWorkshopsDocument } from '@ekoacteurs/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const WhoAmI: TypedDocumentNode<
  { viewer: { handle: string; displayName: string } | null },
  Record<string, never>
> = parse('query WhoAmI { viewer { handle displayName } }');

const client = createEkoClient({
  url: process.env.EKO_API!,
  token: process.env.EKO_TOKEN,
  clientName: 'packed-example',
});

const me = await client.query(WhoAmI, {}).toPromise();
if (me.error) throw me.error;
console.log(`viewer: @${me.data?.viewer?.handle}`);

const workshops = await client.query(UpcomingWorkshopsDocument, { first: 5 }).toPromise();
if (workshops.error) throw workshops.error;
for (const { node } of workshops.data?.workshops?.edges ?? []) {
  const seats: number | null = node.seatsLeft;
  console.log(`workshop: ${node.title} (${seats} seats left)`);
}
