// @ekoacteurs/client: the typed GraphQL client shared by the portal, the console and integrators.
export { createEkoClient, loadNormalisedCache, type EkoClientOptions } from './create-client.ts';
export * from './generated/graphql.ts';
