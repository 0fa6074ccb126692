// Must NOT type-check: proves the installed declarations carry the schema's types.
import { createEkoClient, UpcomingWorkshopsDocument } from '@ekoacteurs/client';

const client = createEkoClient({ url: 'http://localhost:4000/graphql' });
const result = await client.query(UpcomingWorkshopsDocument, { first: 'five' }).toPromise();
console.log(result.data?.workshops?.edges[0]?.node.titel);
