// A vitest globalSetup for packages whose tests call createTestDatabase: builds the migrated
// template (PostgreSQL) or dump (PGlite) once, before the test files start, instead of letting the
// first files race to build it.
import { prepareTestDatabases } from './testing.ts';

export default async function setup(): Promise<void> {
  await prepareTestDatabases();
}
