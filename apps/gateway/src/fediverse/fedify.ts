// The one door to Fedify: every module imports Fedify and its vocabulary from here (oxlint's
// no-restricted-imports refuses '@fedify/*' anywhere else, tests included).
//
// Why a door: Fedify's JSON-LD library (jsonld 9) is bundled with core-js polyfills that, on
// Node 20, replace JSON.stringify and Array.prototype.push for the whole process, although Node's
// own do all jsonld needs. Measured on this machine: serialising a 32 kB GraphQL answer took 10×
// the CPU (73 → 780 µs), 2 million pushes 5× (15 → 78 ms), and graphql-js pushes in every
// resolver. So Fedify loads here, by a dynamic import (a bundler hoists static imports above any
// code), after the engine's own are kept, and they are put back once it is loaded.
// test/resilience/builtins.test.ts checks it on a freshly loaded gateway.
const stringify = JSON.stringify;
const push = Array.prototype.push;
const [fedify, vocab] = await Promise.all([import('@fedify/fedify'), import('@fedify/vocab')]);
if (JSON.stringify !== stringify) JSON.stringify = stringify;
if (Array.prototype.push !== push) {
  // oxlint-disable-next-line no-extend-native -- putting the engine's own back, not extending it.
  Object.defineProperty(Array.prototype, 'push', {
    value: push,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

export const {
  createFederation,
  exportJwk,
  generateCryptoKeyPair,
  getDocumentLoader,
  importJwk,
  MemoryKvStore,
  signRequest,
} = fedify;
export const {
  Accept,
  Activity,
  Create,
  Delete,
  Endpoints,
  Event,
  Follow,
  Group,
  Image,
  Organization,
  Person,
  Place,
  PUBLIC_COLLECTION,
  Tombstone,
  Undo,
  Update,
} = vocab;
export type Activity = import('@fedify/vocab').Activity;
export type Event = import('@fedify/vocab').Event;
export type Follow = import('@fedify/vocab').Follow;
export type Person = import('@fedify/vocab').Person;
export type Undo = import('@fedify/vocab').Undo;
export type { DocumentLoader, Federation, InboxContext, RemoteDocument } from '@fedify/fedify';
