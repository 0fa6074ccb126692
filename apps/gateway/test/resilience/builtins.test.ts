// Fedify's JSON-LD library replaces JSON.stringify and Array.prototype.push for the whole process on
// Node 20 (a 10× and a 5× slowdown of every answer: src/fediverse/fedify.ts). A freshly loaded
// gateway, after serving the federation's actor as JSON-LD and a GraphQL query, still has the
// engine's own. Its own file in the isolated project: the globals are those of a fresh process.
import { expect, it } from 'vitest';

const stringify = JSON.stringify;
const push = Array.prototype.push;

it('keeps the engine’s own JSON.stringify and Array.prototype.push once Fedify is loaded and used', async () => {
  const { startTestGateway } = await import('../harness.ts');
  const t = await startTestGateway({ PUBLIC_URL: 'http://127.0.0.1' }, { fediverse: { enabled: true } });
  try {
    const actor = await fetch(`${t.url}/ap/actors/federation`, { headers: { accept: 'application/activity+json' } });
    expect(actor.status).toBe(200);
    expect(await actor.json()).toMatchObject({ type: 'Organization', preferredUsername: 'federation' });
    const { body } = await t.graphql('{ __typename }');
    expect(body.data).toEqual({ __typename: 'Query' });
  } finally {
    await t.stop();
  }
  expect(JSON.stringify === stringify, 'JSON.stringify was replaced').toBe(true);
  expect(Array.prototype.push === push, 'Array.prototype.push was replaced').toBe(true);
});
