// A GraphQL request body over 1 MiB is refused with 413 REQUEST_ENTITY_TOO_LARGE, whether its size
// is declared (Content-Length: refused before a byte of it is read) or not (chunked: refused once
// the limit is passed); a body within the limit is answered either way.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/security/body-size.ts';
import { startSecuredServer, type SecuredServer } from './server.ts';

let server: SecuredServer;
beforeAll(async () => {
  server = await startSecuredServer();
});
afterAll(() => server?.stop());

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** A request body of about `bytes` bytes: a small query and an extension that pads it. */
const bodyOf = (bytes: number) =>
  JSON.stringify({ query: '{ __typename }', extensions: { pad: 'x'.repeat(bytes - 60) } });

/** The same body sent chunked: a stream, so fetch declares no Content-Length. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)));
    },
  });
}

async function post(body: string | ReadableStream<Uint8Array>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: HEADERS,
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

it.each([
  ['with its Content-Length', (text: string) => text],
  ['chunked, without Content-Length', chunked],
])('refuses a body over the limit, %s, and answers one within it', async (_how, send) => {
  const over = await post(send(bodyOf(MAX_BODY_BYTES + 1024)));
  expect(over.status).toBe(413);
  expect(over.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  expect(over.body.data).toBeUndefined();

  const within = await post(send(bodyOf(MAX_BODY_BYTES - 1024)));
  expect(within.status).toBe(200);
  expect(within.body.data).toEqual({ __typename: 'Query' });
});
