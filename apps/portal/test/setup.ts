import { loadNormalisedCache } from '@ekoacteurs/client';
import '../src/i18n/index.ts';

// The normalised cache arrives in its own chunk (packages/client/src/lazy-exchange.ts); in the
// browser it is prebuilt and loads while React renders, here Vite would compile it during the
// first test's wait. Compile it once before the tests.
await loadNormalisedCache();
